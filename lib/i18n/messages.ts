import type { Language } from "@/db/schema";
import { en } from "./messages-en";
import { km } from "./messages-km";

// Every reader-facing string, in both languages: English defines the keys and
// the Khmer table must match them.
type Widen<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

export type Messages = Widen<typeof en>;

const messages: Record<Language, Messages> = { en, km };

export function messagesFor(language: Language): Messages {
  return messages[language];
}
