/** Plain text into the HTML Outlook's forms take: customer text is always shown as text. */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Paragraphs at blank lines, line breaks kept, every character escaped. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeHtml).join("<br>")}</p>`)
    .join("");
}

const ELLIPSIS = "…";

/**
 * At most `max` UTF-16 units (what Outlook counts), cut at a word boundary where one is near,
 * with an ellipsis; whitespace (newlines included) collapsed, since the info bar is one line.
 */
export function truncateAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - ELLIPSIS.length);
  // Never leave half of a surrogate pair (an emoji, say) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  // A boundary in the last half keeps most of the message; otherwise cut mid-word.
  if (space >= max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–—]+$/, "")}${ELLIPSIS}`;
}
