import { isSafeHref, LINK_RULE_MESSAGE } from "@/lib/rich-text/links";

export type LinkInputResult = { ok: true; href: string } | { ok: false; error: string };

/**
 * Turns what someone typed into the link field into a link the story may
 * hold: a bare address gets https://, an email address mailto:; anything
 * with another scheme (javascript:, data:, file:…) is refused with the rule.
 */
export function normalizeLinkInput(input: string): LinkInputResult {
  const text = input.trim();
  if (!text) return { ok: false, error: "Type the address the link should go to." };
  let href = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) href = `mailto:${text}`;
    else if (/^(\/\/)?[^\s/]+\.[^\s]+$/.test(text)) href = `https://${text.replace(/^\/\//, "")}`;
    else return { ok: false, error: `“${text}” is not a web or email address. ${LINK_RULE_MESSAGE}` };
  }
  if (!isSafeHref(href)) return { ok: false, error: `That link cannot be used. ${LINK_RULE_MESSAGE}` };
  return { ok: true, href };
}
