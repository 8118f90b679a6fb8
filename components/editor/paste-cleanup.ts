// Pasted HTML from Google Docs, Microsoft Word and web pages, cleaned before
// ProseMirror parses it. The story schema already drops what it has no place
// for (fonts, colours, tables…); this removes what would otherwise leak
// through or mislead the parser: scripts and styles, Google Docs' bold
// wrapper around everything, Word's conditional comments, list bullets typed
// as text and its Mso classes.

const REMOVE = "script, style, meta, link, title, noscript, template, iframe, object, embed, xml, o\\:p, svg, form, input, button, select, textarea";

/** Styles ProseMirror reads as marks (bold, italic, underline, strike); every other declaration goes. */
const KEPT_STYLES = new Set(["font-weight", "font-style", "text-decoration", "text-decoration-line"]);

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function keepMarkStyles(element: Element): void {
  const style = element.getAttribute("style");
  if (style === null) return;
  // A link's own underline is how links look, not an underline the author chose.
  const inLink = element.closest("a") !== null;
  const kept = style
    .split(";")
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const property = declaration.split(":")[0]?.trim().toLowerCase() ?? "";
      return KEPT_STYLES.has(property) && !(inLink && property.startsWith("text-decoration"));
    });
  if (kept.length > 0) element.setAttribute("style", kept.join("; "));
  else element.removeAttribute("style");
}

function isNormalWeight(element: Element): boolean {
  const weight = /font-weight\s*:\s*([^;]+)/i.exec(element.getAttribute("style") ?? "")?.[1]?.trim().toLowerCase();
  return weight === "normal" || weight === "400";
}

function wordListLevel(element: Element): boolean {
  return /mso-list\s*:/i.test(element.getAttribute("style") ?? "") || /^MsoListParagraph/.test(element.getAttribute("class") ?? "");
}

/** Word writes a list as paragraphs with the bullet or number typed in front; rebuild real lists. */
function rebuildWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.querySelectorAll("p")).filter(wordListLevel);
  let list: HTMLElement | null = null;
  let previous: Element | null = null;
  for (const paragraph of paragraphs) {
    const marker = paragraph.querySelector("span[style*='mso-list' i]");
    const markerText = (marker?.textContent ?? "").trim();
    marker?.remove();
    const ordered = /^(\d+|[a-z]|[ivxlc]+)[.)]$/i.test(markerText);
    const contiguous = previous !== null && paragraph.previousElementSibling === previous;
    if (!list || !contiguous || (list.tagName === "OL") !== ordered) {
      list = doc.createElement(ordered ? "ol" : "ul");
      paragraph.before(list);
    }
    const item = doc.createElement("li");
    const inner = doc.createElement("p");
    inner.append(...Array.from(paragraph.childNodes));
    item.append(inner);
    list.append(item);
    paragraph.remove();
    // The next list paragraph follows the list now, not the removed paragraph.
    previous = list;
  }
}

/**
 * Stories use headings 2 to 4 (the headline is the page's only h1), while
 * Google Docs and Word paste their "Heading 1" as <h1>: left alone, the schema
 * would turn it into a plain paragraph. A paste that uses h1 moves every
 * heading down one level; anything below h4 becomes h4.
 */
function fitHeadingLevels(doc: Document): void {
  const headings = Array.from(doc.querySelectorAll("h1, h2, h3, h4, h5, h6"));
  const shift = headings.some((heading) => heading.tagName === "H1") ? 1 : 0;
  for (const heading of headings) {
    const level = Math.min(4, Number(heading.tagName.slice(1)) + shift);
    if (`H${level}` === heading.tagName) continue;
    const replacement = doc.createElement(`h${level}`);
    for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}

export function cleanPastedHtml(html: string): string {
  // Word's conditional comments (<!--[if gte mso 9]>…<![endif]-->) hold XML and styles.
  const withoutComments = html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, "").replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  const doc = new DOMParser().parseFromString(withoutComments, "text/html");
  for (const element of Array.from(doc.querySelectorAll(REMOVE))) element.remove();
  // Google Docs wraps the whole selection in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const element of Array.from(doc.querySelectorAll("b, strong"))) {
    if (element.id.startsWith("docs-internal-guid") || isNormalWeight(element)) unwrap(element);
  }
  rebuildWordLists(doc);
  fitHeadingLevels(doc);
  for (const element of Array.from(doc.body.querySelectorAll("*"))) {
    keepMarkStyles(element);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || name === "class" || name === "id" || name === "lang" || name === "dir" || name === "align" || name === "face" || name === "color" || name === "size") {
        element.removeAttribute(attribute.name);
      }
    }
  }
  return doc.body.innerHTML;
}
