"use client";

import { useEffect, useId, useRef, useState } from "react";

export type ClickToLoadVideoProps = {
  /** The allowlisted frame address (lib/rich-text/video.ts), built on the server. */
  src: string;
  /** The video's name in the page's language, also the frame's title. */
  title: string;
  playLabel: string;
  /** Says which host the video loads from once played. */
  notice: string;
  watchHref: string;
  watchLabel: string;
};

/**
 * A video frame that loads only when the reader asks for it: until then the
 * page makes no request to the provider, so opening a story does not tell
 * Facebook or Google who is reading it. The strings come from the server in
 * the page's language, so no dictionary ships with this component; without
 * JavaScript the plain link still reaches the video.
 */
export function ClickToLoadVideo({ src, title, playLabel, notice, watchHref, watchLabel }: ClickToLoadVideoProps) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const noticeId = useId();

  // The button the reader pressed is gone: keep keyboard focus on the video instead of the page's start.
  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);

  if (playing) {
    return (
      <div className="video-embed">
        <iframe
          ref={frame}
          src={src}
          title={title}
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
          allow="encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
        />
      </div>
    );
  }
  return (
    <div className="video-embed video-placeholder" role="group" aria-label={title}>
      <p className="font-semibold">{title}</p>
      <button
        type="button"
        onClick={() => setPlaying(true)}
        aria-describedby={noticeId}
        className="rounded bg-white px-4 py-2 font-semibold text-stone-950 hover:bg-stone-200"
      >
        <span aria-hidden="true">▶ </span>
        {playLabel}
      </button>
      <p id={noticeId} className="max-w-md text-sm">
        {notice}
      </p>
      <a href={watchHref} rel="noopener noreferrer nofollow" className="text-sm underline underline-offset-4">
        {watchLabel}
      </a>
    </div>
  );
}
