export type VideoProvider = "youtube" | "facebook";
export type VideoRef = { provider: VideoProvider; videoId: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const FACEBOOK_ID = /^[0-9]{5,25}$/;

/** Reads a YouTube or Facebook video address pasted by a reporter; null for anything else. */
export function parseVideoUrl(input: string): VideoRef | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  if (host === "youtu.be") {
    const id = url.pathname.slice(1);
    return YOUTUBE_ID.test(id) ? { provider: "youtube", videoId: id } : null;
  }
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const id = url.searchParams.get("v") ?? url.pathname.match(/^\/(?:embed|shorts|live)\/([^/?#]+)/)?.[1] ?? "";
    return YOUTUBE_ID.test(id) ? { provider: "youtube", videoId: id } : null;
  }
  if (host === "facebook.com" || host === "fb.watch") {
    const id =
      url.searchParams.get("v") ?? url.pathname.match(/\/videos\/(?:[^/]+\/)?([0-9]+)/)?.[1] ?? url.pathname.match(/^\/reel\/([0-9]+)/)?.[1] ?? "";
    return FACEBOOK_ID.test(id) ? { provider: "facebook", videoId: id } : null;
  }
  return null;
}

/**
 * The only frame addresses a story may render: YouTube's no-cookie player and
 * Facebook's video plugin, built from a validated id, never from stored URLs.
 */
export function videoEmbedSrc(ref: VideoRef): string | null {
  if (ref.provider === "youtube" && YOUTUBE_ID.test(ref.videoId)) {
    return `https://www.youtube-nocookie.com/embed/${ref.videoId}`;
  }
  if (ref.provider === "facebook" && FACEBOOK_ID.test(ref.videoId)) {
    return `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(facebookWatchUrl(ref.videoId))}&show_text=false`;
  }
  return null;
}

/** The video's own page at its provider, for readers who would rather watch it there (or have no JavaScript). */
export function videoWatchUrl(ref: VideoRef): string | null {
  if (ref.provider === "youtube" && YOUTUBE_ID.test(ref.videoId)) return `https://www.youtube.com/watch?v=${ref.videoId}`;
  if (ref.provider === "facebook" && FACEBOOK_ID.test(ref.videoId)) return facebookWatchUrl(ref.videoId);
  return null;
}

function facebookWatchUrl(videoId: string): string {
  return `https://www.facebook.com/watch/?v=${videoId}`;
}
