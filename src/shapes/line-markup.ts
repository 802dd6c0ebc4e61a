/**
 * Markup a converter leaves around a whole line of text that no Markdown parser took off: pandoc's Markdown
 * or reStructuredText of a Word document whose headings are bold paragraphs (`**一、总体情况**`) read as
 * plain lines, org-mode headings (`** 一、总体情况`), AsciiDoc section titles (`=== 一、总体情况`), and
 * emphasis (`*…*`, `__…__`). Taken off so that the text the recognizer reads is the line's own.
 */

/** A line's text without its markup and how many characters were taken off its start. */
export interface BareLine {
  /** The text inside the markup. */
  text: string;
  /** Characters taken off the start (the text starts that much further in the input). */
  skip: number;
}

/** Marks around the whole text: bold or emphasis, by `*` or `_`, the inside not starting or ending with a space. */
const WRAPPED = /^(\*\*|__|\*|_)(?=\S)([^\n]*?\S)\1$/;
/** A heading mark before the text: org's stars or AsciiDoc's equals signs, then spaces. */
const HEADING_MARK = /^(?:\*+|={1,6})[ \t]+(?=\S)/;

/** Whether a text may start with line markup (its first character is `*`, `_` or `=`): a cheap test first. */
export function mayHaveLineMarkup(text: string): boolean {
  const code = text.charCodeAt(0);
  return code === 42 || code === 95 || code === 61;
}

/**
 * The text of one line with the markup around it taken off (a heading mark, then bold or emphasis, as
 * `* **标题**`), or undefined when there is none. A text of several lines is left as it is.
 */
export function bareLine(text: string): BareLine | undefined {
  if (text.includes("\n")) return undefined;
  let bare = text;
  let skip = 0;
  const mark = HEADING_MARK.exec(bare);
  if (mark) {
    skip += mark[0].length;
    bare = bare.slice(mark[0].length);
  }
  for (let k = 0; k < 2; k++) {
    const wrapped = WRAPPED.exec(bare);
    if (!wrapped) break;
    const open = (wrapped[1] as string).length;
    skip += open;
    bare = wrapped[2] as string;
  }
  return skip > 0 ? { text: bare, skip } : undefined;
}
