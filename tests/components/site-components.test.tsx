import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCorrections } from "@/components/site/article-corrections";
import { Byline } from "@/components/site/byline";
import { Figure } from "@/components/site/figure";
import { Pagination } from "@/components/site/pagination";
import { SearchForm } from "@/components/site/search-form";
import { ShareLinks } from "@/components/site/share-links";
import { Snippet } from "@/components/site/snippet";
import { StoryCard } from "@/components/site/story-card";
import type { PublicArticleSummary, PublicImage } from "@/lib/public/types";

const image: PublicImage = {
  id: "5f0d4e9a-1111-4000-8000-000000000001",
  src: "/media/a/original.jpg",
  srcSet: "/media/a/w480.webp 480w, /media/a/w960.webp 960w",
  width: 1600,
  height: 900,
  alt: "Boats on the Tonle Sap at dawn",
  caption: "Fishermen return before sunrise.",
  credit: "Sophea Chan",
};

const story: PublicArticleSummary = {
  id: "6f1c2f3e-8a9b-4c1d-9e2f-0a1b2c3d4e5f",
  language: "km",
  slug: "ទន្លេសាប",
  headline: "កសិករ​រាប់​ការ​ខូចខាត",
  standfirst: "ទឹកជំនន់​ស្រក",
  publishedAt: new Date("2026-10-16T09:05:00Z"),
  updatedAt: new Date("2026-10-16T09:05:00Z"),
  section: { slug: "environment", name: "បរិស្ថាន" },
  bylines: [{ name: "Sophea Chan", slug: "sophea-chan" }],
  leadImage: image,
};

describe("site components", () => {
  it("links every name in a byline to the author's page in the reader's language", () => {
    render(
      <Byline
        language="km"
        bylines={[
          { name: "Sophea Chan", slug: "sophea-chan" },
          { name: "Dara Keo", slug: "dara-keo" },
        ]}
      />,
    );
    expect(screen.getByRole("link", { name: "Sophea Chan" }).getAttribute("href")).toBe("/km/authors/sophea-chan");
    expect(screen.getByRole("link", { name: "Dara Keo" }).getAttribute("href")).toBe("/km/authors/dara-keo");
    expect(screen.getByText(/ដោយ/)).toBeTruthy();
  });

  it("prints a photo's caption then its credit in parentheses, with width and height set", () => {
    const { container } = render(<Figure image={image} sizes="100vw" />);
    const img = screen.getByRole("img", { name: image.alt });
    expect(img.getAttribute("width")).toBe("1600");
    expect(img.getAttribute("height")).toBe("900");
    expect(img.getAttribute("srcset")).toContain("480w");
    expect(container.querySelector("figcaption")?.textContent).toBe("Fishermen return before sunrise. (Sophea Chan)");
  });

  it("shows a search excerpt's matches in <mark> and its text as text", () => {
    const { container } = render(
      <Snippet
        parts={[
          { text: "before <script>alert(1)</script> the ", match: false },
          { text: "flood", match: true },
        ]}
      />,
    );
    expect(container.querySelectorAll("mark")).toHaveLength(1);
    expect(container.querySelector("mark")?.textContent).toBe("flood");
    expect(container.querySelector("script")).toBeNull();
    expect(container.textContent).toContain("<script>alert(1)</script>");
  });

  it("offers previous and next pages only where they exist, with the page number in Khmer digits", () => {
    const { rerender } = render(<Pagination language="km" page={1} hasNext={false} hrefFor={(n) => `/km/page/${n}`} />);
    expect(screen.queryByRole("navigation")).toBeNull();
    rerender(<Pagination language="km" page={2} hasNext hrefFor={(n) => `/km/page/${n}`} />);
    const nav = screen.getByRole("navigation", { name: "ទំព័រ" });
    expect(within(nav).getByRole("link", { name: /ទំព័រមុន/ }).getAttribute("href")).toBe("/km/page/1");
    expect(within(nav).getByRole("link", { name: /ទំព័របន្ទាប់/ }).getAttribute("href")).toBe("/km/page/3");
    expect(nav.textContent).toContain("ទំព័រទី ២");
  });

  it("dates corrections in the newsroom's timezone, with Khmer month names and digits on Khmer pages", () => {
    render(
      <ArticleCorrections
        language="km"
        timeZone="Asia/Phnom_Penh"
        corrections={[{ kind: "correction", text: "ខេត្តត្រូវបានកែ។", createdAt: new Date("2026-10-16T20:00:00Z") }]}
      />,
    );
    const time = screen.getByText(/តុលា/);
    // 20:00 UTC is already the 17th in Phnom Penh.
    expect(time.textContent).toBe("(១៧ តុលា ២០២៦)");
    expect(time.getAttribute("datetime")).toBe("2026-10-16T20:00:00.000Z");
    expect(screen.getByRole("heading", { name: "ការកែតម្រូវ" })).toBeTruthy();
  });

  it("shares through plain links to each network, loading nothing from them", () => {
    const { container } = render(<ShareLinks language="en" url="https://news.example.org/articles/a" title="Rice & fish" />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Share on Facebook", "Share on Telegram", "Share on X", "Share by email"]);
    expect(links[0]?.getAttribute("href")).toBe("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Farticles%2Fa");
    expect(container.querySelector("script, iframe")).toBeNull();
  });

  it("links a story card's headline to the story, with a decorative photo and the date in the story's language", () => {
    render(<StoryCard story={story} language="km" timeZone="Asia/Phnom_Penh" />);
    const headline = screen.getByRole("link", { name: story.headline });
    expect(headline.getAttribute("href")).toBe(`/km/articles/${encodeURIComponent(story.slug)}`);
    expect(screen.getByRole("presentation").getAttribute("alt")).toBe("");
    expect(screen.getByText("១៦ តុលា ២០២៦").tagName).toBe("TIME");
    expect(screen.getByRole("link", { name: "បរិស្ថាន" }).getAttribute("href")).toBe("/km/sections/environment");
  });

  it("searches with a plain GET form whose fields have labels", () => {
    render(<SearchForm language="en" values={{ query: "flood", section: "", language: "all" }} sections={[{ slug: "politics", name: "Politics" }]} error="Too long." />);
    const form = screen.getByRole("search");
    expect(form.getAttribute("action")).toBe("/search");
    expect(form.getAttribute("method")).toBe("get");
    expect((screen.getByLabelText("Search stories") as HTMLInputElement).value).toBe("flood");
    expect(screen.getByLabelText("Search stories").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Too long.");
    expect(screen.getByLabelText("Section")).toBeTruthy();
    expect(screen.getByLabelText("Language")).toBeTruthy();
  });
});
