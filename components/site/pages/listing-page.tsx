import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { cache } from "react";
import type { Language } from "@/db/schema";
import { decodeParam, homePath, otherLanguage, pagedPath } from "@/lib/i18n/languages";
import { messagesFor } from "@/lib/i18n/messages";
import { listingPageTags, tagCurrentPage, type ListingKind } from "@/lib/public/cache-tags";
import { buildPageMetadata, pageTitle } from "@/lib/public/page-metadata";
import { parsePageParam } from "@/lib/public/pagination";
import { getPublicAuthor, getPublicSection, getPublicTag, listArticlePage, type ListingFilters } from "@/lib/public/published-content";
import { loadShell, type PublicShell } from "@/lib/public/shell";
import { authorPath, sectionPath, tagPath } from "@/lib/public/syndication-urls";
import type { PublicArticleSummary, PublicAuthor, PublicPage as ListPage } from "@/lib/public/types";
import { AuthorProfile } from "../author-profile";
import { MissingPage } from "../missing-page";
import { Pagination } from "../pagination";
import { PublicPage } from "../public-page";
import { StoryList } from "../story-list";

// Section, tag, author and "latest stories" listings, page by page. Page 1 is
// the listing's own address and later pages are …/page/n (path segments, not
// a query string, so every page is cached like any other).

export type ListingRouteKind = Exclude<ListingKind, "home" | "most-read">;
export type ListingRequest = { kind: ListingRouteKind; lang: Language; slug?: string; page?: string };

type Loaded = {
  shell: PublicShell;
  language: Language;
  title: string;
  intro: string;
  author: PublicAuthor | null;
  list: ListPage<PublicArticleSummary>;
  basePath: string;
  /** The listing in each language it exists in (page 1). */
  languages: Partial<Record<Language, string>>;
  currentSection?: string;
};

function basePathFor(kind: ListingRouteKind, language: Language, slug: string): string {
  if (kind === "section") return sectionPath(language, slug);
  if (kind === "tag") return tagPath(language, slug);
  if (kind === "author") return authorPath(language, slug);
  return homePath(language);
}

async function describe(kind: ListingRouteKind, language: Language, slug: string, shell: PublicShell, db: Awaited<ReturnType<typeof loadShell>>["db"]) {
  const t = messagesFor(language);
  const other = otherLanguage(language);
  if (kind === "section") {
    const [section, otherSection] = await Promise.all([getPublicSection(db, { language, slug }), getPublicSection(db, { language: other, slug })]);
    if (!section) return null;
    return { title: section.name, intro: language === "en" ? section.description : "", author: null, existsInOther: otherSection !== null, filters: { sectionSlug: slug } };
  }
  if (kind === "tag") {
    const [tag, otherTag] = await Promise.all([getPublicTag(db, { language, slug }), getPublicTag(db, { language: other, slug })]);
    if (!tag) return null;
    return { title: t.taggedTitle(tag.name), intro: "", author: null, existsInOther: otherTag !== null, filters: { tagSlug: slug } };
  }
  if (kind === "author") {
    const [author, otherAuthor] = await Promise.all([getPublicAuthor(db, { language, slug }), getPublicAuthor(db, { language: other, slug })]);
    if (!author) return null;
    return { title: author.name, intro: author.bio, author, existsInOther: otherAuthor !== null, filters: { authorSlug: slug } };
  }
  return { title: t.latestStories, intro: "", author: null, existsInOther: shell.site.languages.includes(other), filters: {} satisfies ListingFilters };
}

const load = cache(async (kind: ListingRouteKind, lang: Language, rawSlug: string, rawPage: string | undefined): Promise<Loaded | "first" | null> => {
  const page = parsePageParam(rawPage);
  if (page.kind === "invalid") return null;
  if (page.kind === "first") return "first";
  if (kind === "latest" && page.page === 1) return "first";
  const slug = decodeParam(rawSlug);
  const { db, shell } = await loadShell(lang);
  const found = await describe(kind, lang, slug, shell, db);
  if (!found) return null;
  const list = await listArticlePage(db, { language: lang, page: page.page, ...found.filters });
  if (list.items.length === 0 && page.page > 1) return null;
  const other = otherLanguage(lang);
  const languages: Partial<Record<Language, string>> = { [lang]: basePathFor(kind, lang, slug) };
  if (found.existsInOther && page.page === 1 && kind !== "latest") languages[other] = basePathFor(kind, other, slug);
  return {
    shell,
    language: lang,
    title: found.title,
    intro: found.intro,
    author: found.author,
    list,
    basePath: basePathFor(kind, lang, slug),
    languages,
    currentSection: kind === "section" ? slug : undefined,
  };
});

function slugTag(kind: ListingRouteKind, request: ListingRequest): string | undefined {
  return kind === "latest" ? undefined : decodeParam(request.slug ?? "");
}

export async function listingMetadata(request: ListingRequest): Promise<Metadata> {
  const loaded = await load(request.kind, request.lang, request.slug ?? "", request.page);
  if (!loaded || loaded === "first") return {};
  const t = messagesFor(loaded.language);
  const title = loaded.list.page > 1 ? `${loaded.title} · ${t.pageNumber(loaded.list.page)}` : loaded.title;
  return buildPageMetadata({
    siteUrl: loaded.shell.siteUrl,
    siteName: loaded.shell.site.name,
    language: loaded.language,
    path: pagedPath(loaded.basePath, loaded.list.page),
    languages: loaded.list.page === 1 ? loaded.languages : undefined,
    title: pageTitle(title, loaded.shell.site.name),
    description: loaded.intro || loaded.shell.site.tagline,
    image: loaded.author?.photo ?? null,
    feedSection: loaded.currentSection ? { slug: loaded.currentSection, name: loaded.title } : undefined,
  });
}

export async function ListingRoute({ request }: { request: ListingRequest }) {
  const language = request.lang;
  // A listing that does not exist yet (a tag before its first live story) is
  // cached as a 404 under the listing's tag, so it appears as soon as it exists.
  await tagCurrentPage(listingPageTags(language, request.kind, slugTag(request.kind, request), []));
  const loaded = await load(request.kind, language, request.slug ?? "", request.page);
  if (loaded === "first") permanentRedirect(basePathFor(request.kind, language, decodeParam(request.slug ?? "")));
  if (!loaded) return <MissingPage language={language} />;
  await tagCurrentPage(listingPageTags(loaded.language, request.kind, slugTag(request.kind, request), loaded.list.items));
  const t = messagesFor(loaded.language);
  const other = otherLanguage(loaded.language);
  const { list, shell } = loaded;
  return (
    <PublicPage shell={shell} alternatePath={loaded.languages[other] ?? homePath(other)} currentSection={loaded.currentSection}>
      <header className="mb-10 border-b border-stone-300 pb-6 dark:border-stone-700">
        {loaded.author ? (
          <AuthorProfile author={loaded.author} language={loaded.language} showBio={list.page === 1} />
        ) : (
          <>
            <h1 className="text-3xl font-bold sm:text-4xl">{loaded.title}</h1>
            {loaded.intro && list.page === 1 && <p className="mt-3 max-w-2xl text-lg text-stone-700 dark:text-stone-300">{loaded.intro}</p>}
          </>
        )}
        {list.page > 1 && <p className="mt-2 font-sans text-sm text-stone-700 dark:text-stone-300">{t.pageNumber(list.page)}</p>}
      </header>
      {loaded.author && <h2 className="mb-6 font-sans text-sm font-bold tracking-wider uppercase">{t.storiesBy(loaded.author.name)}</h2>}
      {list.items.length === 0 ? (
        <p>{t.noStoriesHere}</p>
      ) : (
        <StoryList
          stories={list.items}
          language={loaded.language}
          timeZone={shell.site.timezone}
          showSection={request.kind !== "section"}
          headingLevel={loaded.author ? 3 : 2}
        />
      )}
      <Pagination language={loaded.language} page={list.page} hasNext={list.hasNext} hrefFor={(n) => pagedPath(loaded.basePath, n)} />
    </PublicPage>
  );
}

type ListingParams = { lang: Language; slug?: string; page?: string };

/** A kind of listing as a page module for inLanguage (app/(en)/sections/[slug]/page.tsx and the like). */
export function listingPage(kind: ListingRouteKind) {
  return {
    default: async ({ params }: { params: Promise<ListingParams> }) => <ListingRoute request={{ kind, ...(await params) }} />,
    generateMetadata: async ({ params }: { params: Promise<ListingParams> }) => listingMetadata({ kind, ...(await params) }),
  };
}
