import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import { shareLinks } from "@/lib/public/share-links";

/** Links to each network's share page; nothing is loaded from them until a reader follows one. */
export function ShareLinks({ url, title, language }: { url: string; title: string; language: Language }) {
  const t = messagesFor(language);
  return (
    <section aria-labelledby="share-heading" className="mt-8 font-sans text-sm print:hidden">
      <h2 id="share-heading" className="font-bold">
        {t.share}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {shareLinks({ url, title }).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              rel="noopener noreferrer nofollow"
              target={link.network === "email" ? undefined : "_blank"}
              className="share-link"
            >
              {link.network === "email" ? t.shareByEmail : t.shareOn(link.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
