/**
 * What each HTML tag means to the HTML reader: dropped with its content, table structure, a line break,
 * a block (a heading keeps its depth), or — for every tag not listed — inline (its text joins the run).
 */

/** The tag kinds the reader acts on (tags not in {@link TAGS} are inline, kind 0). */
export const Tag = {
  /** `<script>`, `<style>`, `<head>`…: everything inside is dropped. */
  Skipped: 1,
  /** `<table>`. */
  Table: 2,
  /** `<tr>`. */
  Row: 3,
  /** `<td>`, `<th>`. */
  Cell: 4,
  /** `<br>`: a line break inside a cell, the end of a text block outside tables. */
  Break: 5,
  /** A block element: ends a text block, a line break inside a cell; `<hN>` is Block + N. */
  Block: 6,
} as const;

/** Elements whose content is never text of the report. */
const SKIPPED = ["script", "style", "head", "template", "noscript", "svg", "math"];
/** Elements that end a text block (outside tables) or a line (inside a cell). */
const BLOCKS = [
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "dl",
  "dt",
  "dd",
  "figure",
  "figcaption",
  "form",
  "fieldset",
  "address",
  "caption",
  "center",
  "title",
  "body",
  "html",
];

/** The kind ({@link Tag}) of each tag name the reader acts on. */
export const TAGS: ReadonlyMap<string, number> = new Map<string, number>([
  ...SKIPPED.map((name): [string, number] => [name, Tag.Skipped]),
  ...BLOCKS.map((name): [string, number] => [name, Tag.Block]),
  ...[1, 2, 3, 4, 5, 6].map((depth): [string, number] => [`h${depth}`, Tag.Block + depth]),
  ["table", Tag.Table],
  ["tr", Tag.Row],
  ["td", Tag.Cell],
  ["th", Tag.Cell],
  ["br", Tag.Break],
]);

/** A text event equal to this marker reads as a line break (as it did when the reader encoded `<br>` so). */
export const BR = "\u0000br";

/** An inline style that removes its element from the page: `display: none` (any case, `!important` or not). */
const HIDING_STYLE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
/** An inline style that hides its element's content but keeps its place: `visibility: hidden`. */
const INVISIBLE_STYLE = /(?:^|;)\s*visibility\s*:\s*hidden\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Whether an element and its content are left out of the page as read: the `hidden` attribute, an inline
 * style `display: none` (a print copy, a share widget, a cell a span covers), or `visibility: hidden` on any
 * element but a table cell (`cell`), which keeps its place in its row.
 */
export function hidesContent(attribs: Readonly<Record<string, string>>, cell = false): boolean {
  // htmlparser2's attributes are a plain object, and Object.prototype has no `hidden`.
  if (attribs.hidden !== undefined) return true;
  const style = attribs.style;
  if (style === undefined || style.length < 12) return false;
  // Most styles name neither value: native searches for each way of writing them rule those out.
  const named = style.includes("one") || style.includes("idden") || style.includes("ONE") || style.includes("IDDEN");
  return named && (HIDING_STYLE.test(style) || (!cell && INVISIBLE_STYLE.test(style)));
}

/** Superscript and subscript digits, 0 … 9 (each one UTF-16 code unit, as the digit it stands for). */
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

/**
 * The text of a `<sup>` or `<sub>` element with its digits written as superscript or subscript digits
 * (`5<sup>1</sup>` reads `5¹`, a footnote mark, not the number 51); other characters as they are, one code
 * unit for one so that offsets stay exact. Any other tag name: the text as it is.
 */
export function scriptDigits(tag: string, data: string): string {
  const digits = tag === "sup" ? SUPERSCRIPT_DIGITS : tag === "sub" ? SUBSCRIPT_DIGITS : undefined;
  if (digits === undefined) return data;
  return data.replace(/[0-9]/g, (d) => digits[d.charCodeAt(0) - 0x30] as string);
}
