import type { SnippetPart } from "@/lib/public/types";

/** A search excerpt: text as text, matches in <mark>; nothing from the story is read as HTML. */
export function Snippet({ parts, className }: { parts: SnippetPart[]; className?: string }) {
  if (parts.length === 0) return null;
  return (
    <p className={className}>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-stone-950 dark:bg-yellow-300">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
