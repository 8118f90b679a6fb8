"use client";

import { useState } from "react";
import { hintClass, inputClass, labelClass, secondaryButtonClass } from "./form-feedback";

/**
 * A secret the admin passes on (an invitation or reset link, or a one-time
 * password), shown once: it is not stored anywhere it could be shown again.
 */
export function HandOverSecret({
  id,
  label,
  value,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  hint?: string;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  return (
    <div className="rounded border border-amber-600 bg-amber-50 p-4 dark:bg-amber-950">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} mt-0 flex-1 font-mono text-sm`}
        />
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied("yes");
            } catch {
              setCopied("failed");
            }
          }}
        >
          Copy
        </button>
      </div>
      <p role="status" className="mt-1 text-sm">
        {copied === "yes" ? "Copied." : copied === "failed" ? "Could not copy: select the text and copy it yourself." : ""}
      </p>
    </div>
  );
}

/** A link path on this site as a full address, for pasting into an email or a message. */
export function absoluteUrl(path: string): string {
  return typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
}
