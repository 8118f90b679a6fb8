import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingPage } from "@/components/site/missing-page";
import type { Language } from "@/db/schema";
import { inLanguage } from "@/components/site/pages/in-language";
import { onDemandPage } from "@/components/site/pages/on-demand-page";

// English pages live in app/(en) (no prefix), Khmer ones in app/km; each route
// file adapts one shared page module to its tree's language.

type Seen = { lang: Language; slug?: string };

function recordingPage() {
  const seen: Seen[] = [];
  return {
    seen,
    module: {
      default: async ({ params }: { params: Promise<Seen> }) => {
        seen.push(await params);
        return <p>page</p>;
      },
      generateMetadata: async ({ params }: { params: Promise<Seen> }) => ({ title: `${(await params).lang}:${(await params).slug ?? ""}` }),
    },
  };
}

function routeFiles(tree: string): string[] {
  const root = path.join(process.cwd(), "app", tree);
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.relative(root, path.join(dir, entry.name))]));
  return walk(root).sort();
}

describe("language routes", () => {
  it("hands the page its tree's language along with the route's own params", async () => {
    const { seen, module } = recordingPage();
    const route = inLanguage("km", module);
    await route.Page({ params: Promise.resolve({ slug: "ខ្មែរ" }) });
    expect(seen).toEqual([{ slug: "ខ្មែរ", lang: "km" }]);
    expect(await route.generateMetadata({ params: Promise.resolve({ slug: "a" }) })).toEqual({ title: "km:a" });
  });

  it("gives no metadata for a page module that has none", async () => {
    const route = inLanguage("en", { default: () => <p>page</p> });
    expect(await route.generateMetadata({ params: Promise.resolve({}) })).toEqual({});
  });

  it("serves a parameterless page at its own address and the 404 at any longer one", async () => {
    const { seen, module } = recordingPage();
    const route = onDemandPage("km", module);
    await route.Page({ params: Promise.resolve({}) });
    expect(seen).toEqual([{ lang: "km" }]);
    const missing = await route.Page({ params: Promise.resolve({ rest: ["no-such-page"] }) });
    expect(missing).toMatchObject({ type: MissingPage, props: { language: "km" } });
    expect(seen).toHaveLength(1);
    expect(await route.generateMetadata({ params: Promise.resolve({ rest: ["x"] }) })).toEqual({});
  });

  it("has the same routes in the English and the Khmer site, each in its own language", () => {
    const english = routeFiles("(en)");
    expect(english).toEqual(routeFiles("km"));
    expect(english).toEqual(expect.arrayContaining(["layout.tsx", "not-found.tsx", "[[...rest]]/page.tsx", "articles/[slug]/page.tsx", "feed.xml/route.ts"]));
    for (const [tree, own, other] of [["(en)", "en", "km"], ["km", "km", "en"]] as const) {
      for (const file of english) {
        const source = fs.readFileSync(path.join(process.cwd(), "app", tree, file), "utf8");
        expect(source, `${tree}/${file}`).toContain(`"${own}"`);
        expect(source, `${tree}/${file}`).not.toContain(`"${other}"`);
      }
    }
  });
});
