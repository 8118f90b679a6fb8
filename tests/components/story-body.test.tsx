import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StoryBody } from "@/components/rich-text/story-body";
import { videoEmbedSrc } from "@/lib/rich-text/video";
import type { PublicImage } from "@/lib/public/types";

const image: PublicImage = {
  id: "5f0d4e9a-1111-4000-8000-000000000001",
  src: "/media/a.webp",
  srcSet: "/media/a-480.webp 480w, /media/a-960.webp 960w",
  width: 1600,
  height: 900,
  alt: "Fishing boats on the Tonle Sap at dawn",
  caption: "Fishermen return to the landing before sunrise.",
  credit: "Sophea Chan",
};

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: "text", text: value, marks });

describe("StoryBody", () => {
  it("renders the document's structure from the shared schema", () => {
    render(
      <StoryBody
        language="en"
        images={{}}
        doc={{
          type: "doc",
          content: [
            { type: "heading", attrs: { level: 2 }, content: [text("What happened")] },
            { type: "paragraph", content: [text("Plain, "), text("bold", [{ type: "bold" }]), text(" and "), text("italic", [{ type: "italic" }])] },
            { type: "blockquote", content: [{ type: "paragraph", content: [text("“We [the association] will keep reporting,” she said.")] }] },
            { type: "pullQuote", content: [text("A line worth repeating")] },
            { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("First")] }] }] },
          ],
        }}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "What happened" })).toBeTruthy();
    expect(screen.getByText("bold").tagName).toBe("STRONG");
    expect(screen.getByText("italic").tagName).toBe("EM");
    expect(screen.getByText(/We \[the association\] will keep reporting/).closest("blockquote")).not.toBeNull();
    expect(screen.getByText("A line worth repeating").closest("aside")?.getAttribute("data-type")).toBe("pull-quote");
    expect(screen.getByRole("listitem").textContent).toBe("First");
  });

  it("renders safe links and drops the href of unsafe ones", () => {
    // An unsafe link can only come from a tampered document; the validator
    // refuses it, so the renderer refuses the whole document rather than guess.
    render(
      <StoryBody
        language="en"
        images={{}}
        doc={{ type: "doc", content: [{ type: "paragraph", content: [text("our site", [{ type: "link", attrs: { href: "https://example.org/report" } }])] }] }}
      />,
    );
    const link = screen.getByRole("link", { name: "our site" });
    expect(link.getAttribute("href")).toBe("https://example.org/report");
    expect(link.getAttribute("rel")).toContain("noopener");
    expect(() =>
      render(
        <StoryBody
          language="en"
          images={{}}
          doc={{ type: "doc", content: [{ type: "paragraph", content: [text("bad", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])] }] }}
        />,
      ),
    ).toThrow(/not allowed/);
  });

  it("shows library images with caption and credit, and videos only from the allowlist", () => {
    const { container } = render(
      <StoryBody
        language="en"
        images={{ [image.id]: image }}
        doc={{
          type: "doc",
          content: [
            { type: "imageFigure", attrs: { mediaId: image.id } },
            { type: "imageFigure", attrs: { mediaId: "00000000-0000-4000-8000-000000000000" } },
            { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
            { type: "videoEmbed", attrs: { provider: "youtube", videoId: "\"><script>alert(1)</script>" } },
          ],
        }}
      />,
    );
    const img = screen.getByRole("img", { name: image.alt });
    expect(img.getAttribute("width")).toBe("1600");
    expect(container.querySelectorAll("figure")).toHaveLength(1);
    expect(container.querySelector("figcaption")?.textContent).toBe(`${image.caption} (${image.credit})`);
    expect(container.querySelectorAll(".video-embed")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Play video from YouTube" }));
    const frames = container.querySelectorAll("iframe");
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(frames[0]?.getAttribute("title")).toBe("YouTube video");
    expect(container.querySelector("script")).toBeNull();
  });

  it("loads a Facebook video only when the reader plays it, with a plain link to it meanwhile", () => {
    const { container } = render(<StoryBody language="en" images={{}} doc={{ type: "doc", content: [{ type: "videoEmbed", attrs: { provider: "facebook", videoId: "10153231379946729" } }] }} />);
    // Nothing in the page points at Facebook's player before the click.
    expect(container.querySelector("iframe")).toBeNull();
    expect(container.innerHTML).not.toContain("plugins/video.php");
    const placeholder = screen.getByRole("group", { name: "Facebook video" });
    expect(placeholder.classList.contains("video-embed")).toBe(true);
    const play = screen.getByRole("button", { name: "Play video from Facebook" });
    expect(play.getAttribute("type")).toBe("button");
    const noticeId = play.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(noticeId)?.textContent).toMatch(/loads from facebook\.com/);
    const link = screen.getByRole("link", { name: "Watch on Facebook" });
    expect(link.getAttribute("href")).toBe("https://www.facebook.com/watch/?v=10153231379946729");

    play.focus();
    fireEvent.click(play);
    const frame = container.querySelector("iframe");
    expect(frame?.getAttribute("src")).toBe(videoEmbedSrc({ provider: "facebook", videoId: "10153231379946729" }));
    expect(frame?.getAttribute("src")).toMatch(/^https:\/\/www\.facebook\.com\/plugins\/video\.php\?href=https%3A%2F%2Fwww\.facebook\.com%2Fwatch%2F%3Fv%3D10153231379946729&/);
    expect(frame?.getAttribute("title")).toBe("Facebook video");
    expect(frame?.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-presentation allow-popups");
    expect(screen.queryByRole("button", { name: "Play video from Facebook" })).toBeNull();
    // Keyboard focus follows the reader to the video rather than falling back to the page.
    expect(document.activeElement).toBe(frame);
  });

  it("labels videos in the story's language, and names their frames in it once played", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ" } },
        { type: "videoEmbed", attrs: { provider: "facebook", videoId: "10153231379946729" } },
      ],
    };
    const khmer = render(<StoryBody language="km" images={{}} doc={doc} />);
    expect(screen.getByRole("group", { name: "វីដេអូ Facebook" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "មើលនៅលើ Facebook" }).getAttribute("href")).toBe("https://www.facebook.com/watch/?v=10153231379946729");
    const khmerPlay = screen.getByRole("button", { name: "ចាក់វីដេអូពី Facebook" });
    expect(document.getElementById(khmerPlay.getAttribute("aria-describedby") ?? "")?.textContent).toBe("វីដេអូនេះផ្ទុកពី facebook.com ដែលអាចដឹងថាអ្នកកំពុងមើលវា។");
    for (const button of screen.getAllByRole("button", { name: /^ចាក់វីដេអូពី / })) fireEvent.click(button);
    expect([...khmer.container.querySelectorAll("iframe")].map((frame) => frame.getAttribute("title"))).toEqual(["វីដេអូ YouTube", "វីដេអូ Facebook"]);
    khmer.unmount();

    const { container } = render(<StoryBody language="en" images={{}} doc={doc} />);
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual(["▶ Play video from YouTube", "▶ Play video from Facebook"]);
    for (const button of screen.getAllByRole("button")) fireEvent.click(button);
    expect([...container.querySelectorAll("iframe")].map((frame) => frame.getAttribute("title"))).toEqual(["YouTube video", "Facebook video"]);
  });
});
