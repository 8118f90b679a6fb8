export type Mentionable = { id: string; name: string; slug: string };

// A mention ends where a name would not go on: a letter, digit, combining mark
// (Khmer vowels and signs are marks), hyphen or underscore would continue it.
const CONTINUES = /[\p{L}\p{N}\p{M}_-]/u;

function matchesAt(text: string, haystack: string, lowered: boolean, index: number, candidate: string): boolean {
  if (!candidate) return false;
  const wanted = lowered ? candidate.toLocaleLowerCase() : candidate;
  if (!haystack.startsWith(wanted, index)) return false;
  const next = text.charAt(index + wanted.length);
  return next === "" || !CONTINUES.test(next);
}

/**
 * The people a comment mentions, by "@Full Name" or "@slug", in the order
 * they appear, each once. At each "@" the longest matching name wins, so
 * "@Dara Keo" means Dara Keo even when someone is called just "Dara". An
 * "@" inside a word (an email address) is not a mention.
 */
export function findMentions(text: string, people: readonly Mentionable[]): string[] {
  const lowerText = text.toLocaleLowerCase();
  // toLocaleLowerCase keeps the length for the scripts names are written in here;
  // if it did not, positions would drift, so fall back to an exact-case search.
  const lowered = lowerText.length === text.length;
  const haystack = lowered ? lowerText : text;
  const found: string[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const before = text.charAt(at - 1);
    if (before && CONTINUES.test(before)) continue;
    let best: { id: string; length: number } | null = null;
    for (const person of people) {
      for (const candidate of [person.name.trim(), person.slug]) {
        if (candidate.length > (best?.length ?? 0) && matchesAt(text, haystack, lowered, at + 1, candidate)) best = { id: person.id, length: candidate.length };
      }
    }
    if (best && !found.includes(best.id)) found.push(best.id);
  }
  return found;
}
