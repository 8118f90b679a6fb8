import type { Language } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import type { PublicAuthor } from "@/lib/public/types";
import { ResponsiveImage } from "./responsive-image";

/** An author page's head: photo, name (the page's h1) and bio. */
export function AuthorProfile({ author, language, showBio = true }: { author: PublicAuthor; language: Language; showBio?: boolean }) {
  const t = messagesFor(language);
  return (
    <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
      {author.photo && (
        <ResponsiveImage
          image={author.photo}
          alt={t.authorPhoto(author.name)}
          sizes="8rem"
          priority
          className="h-32 w-32 shrink-0 rounded-full bg-stone-200 object-cover dark:bg-stone-800"
        />
      )}
      <div>
        <h1 className="text-3xl font-bold sm:text-4xl">{author.name}</h1>
        {showBio && author.bio && <p className="mt-3 max-w-2xl text-lg text-stone-700 dark:text-stone-300">{author.bio}</p>}
      </div>
    </div>
  );
}
