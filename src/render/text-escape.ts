/** Escaping shared by the shape writers: HTML text, Markdown inline text and table cells, one-line cells, CSV fields. */

/** Quotes one CSV field per RFC 4180 when it holds a comma, quote, CR or LF (a doubled quote for a quote). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Collapses a cell's line breaks and tabs to single spaces (shapes whose cells must stay on one line). */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ").trim();
}

/** Escapes Markdown inline text: backslash-escapes punctuation that could start markup or an entity (`&amp;`). */
export function escapeMarkdownInline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#~&]/g, (c) => `\\${c}`);
}

/**
 * Escapes a Markdown paragraph: inline escapes, plus a backslash before a line start that would open a
 * block (heading, quote, list item, thematic break, setext underline).
 */
export function escapeMarkdownParagraph(text: string): string {
  const inline = escapeMarkdownInline(text);
  return inline.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])(\s|$)/, "$1\\$2$3");
}
