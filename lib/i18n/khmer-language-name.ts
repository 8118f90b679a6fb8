import { messagesFor } from "./messages";

/**
 * Every character of the Khmer names of the Khmer language that pages show
 * (the language switch, "read this story in", the search filter), sorted and
 * once each: what the small font of app/_fonts must cover (app/fonts.ts).
 */
export function listKhmerLanguageNameCharacters(): string {
  const names = [messagesFor("km").languageName, messagesFor("en").otherLanguage];
  return [...new Set([...names.join("")])].sort().join("");
}
