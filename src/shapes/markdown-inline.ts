/**
 * The plain text of a Markdown paragraph or heading with the input offset of each character. Remark drops
 * markup (`**`, `<h2>`, backslashes, entities, continuation-line indents) from the text it gives, so the
 * text is often not a verbatim slice of the input; the offsets let every word point at itself.
 */
import type { Nodes } from "mdast";
import { isSpaceCode } from "./source-lines.js";

/** The plain text of an inline tree and, when it is not one verbatim slice of the input, each character's offset. */
export interface InlineText {
  /** Text with inline markup removed, breaks and `<br>` as `\n` (as the reader always gave it). */
  text: string;
  /** Input offset of every character of `text`, when they are not consecutive; undefined when they are. */
  offsets: number[] | undefined;
  /** Input offset of the first character (undefined when remark gave no position). */
  first: number | undefined;
}

/** Raw HTML that reads as a line break. */
export const BR_TAG = /^<br\s*\/?>$/i;

/**
 * How far ahead a character of remark's text is looked for in its source span: past escapes and entities
 * (`&#x4e2d;` is 8 code units), never across a whole node (which would be quadratic on entity-only text).
 */
const MAX_SKIP = 32;

/**
 * Reads an inline tree: text and inline code are aligned with their source span (an entity maps to where it is
 * written, any other character is found a little after the previous one, past markup and escapes), breaks and `<br>` read as `\n` at their
 * start, other raw HTML is dropped. `offset` maps remark's offsets to the input.
 */
export function inlineText(node: Nodes, input: string, offset: (o: number) => number): InlineText {
  const chars: string[] = [];
  const offsets: number[] = [];
  const walk = (n: Nodes): void => {
    const start = n.position?.start.offset;
    const from = start === undefined ? undefined : offset(start);
    if (n.type === "text" || n.type === "inlineCode") {
      const last = n.position?.end.offset;
      const end = last === undefined ? input.length : offset(last);
      let j = from ?? 0;
      for (let i = 0; i < n.value.length; i++) {
        const ch = n.value.charAt(i);
        chars.push(ch);
        const entity = input.charAt(j) === "&" && input.charAt(j) !== ch ? input.indexOf(";", j) : -1;
        if (entity > j && entity - j <= MAX_SKIP) {
          // Written as an entity (&#20013;, &nbsp;): the character stands at its entity.
          offsets.push(j);
          j = entity + 1;
          continue;
        }
        // Otherwise markup (**, <h2>, a backslash, an indent) may stand before it: look a little ahead.
        const stop = Math.min(end, j + MAX_SKIP);
        let k = j;
        while (k < stop && input.charAt(k) !== ch) k++;
        const found = k < stop;
        offsets.push(found ? k : Math.min(j, Math.max(end - 1, from ?? 0)));
        if (found) j = k + 1;
      }
      return;
    }
    if (n.type === "break" || (n.type === "html" && BR_TAG.test(n.value.trim()))) {
      chars.push("\n");
      offsets.push(from ?? offsets.at(-1) ?? 0);
      return;
    }
    if ("children" in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  const text = chars.join("");
  let consecutive = true;
  for (let i = 1; i < offsets.length && consecutive; i++) consecutive = offsets[i] === (offsets[0] as number) + i;
  return { text, offsets: consecutive ? undefined : offsets, first: offsets[0] };
}

/** Trims an InlineText (the reader's blocks are trimmed), keeping its offsets aligned with its characters. */
export function trimInline(value: InlineText): InlineText {
  const { text } = value;
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (a === 0 && b === text.length) return value;
  const offsets = value.offsets?.slice(a, b);
  let first = value.first;
  if (value.first !== undefined) first = value.offsets ? value.offsets[a] : value.first + a;
  return { text: text.slice(a, b), offsets, first };
}

/**
 * Inline math a PDF-to-Markdown converter (MinerU, Marker) writes around a table value: `$8$`, `$ 4 4 7 $`,
 * `$\mathrm{12}$`, `$50\%$`, `$-$`. The group is the value; math ignores spaces.
 */
const MATH_VALUE = /^\$\s*(?:\\(?:mathrm|text|mathbf|rm)\s*\{\s*)?([-+−]?\s*\d[\d\s.,]*(?:\\?%)?|[-–—])\s*\}?\s*\$$/;

/**
 * The value written as inline math (`MATH_VALUE`) in a table cell's text: the number without the math's
 * spaces and backslash, and the index of its first character in `text`; undefined for any other text (one
 * character test rules out most cells).
 */
export function mathValue(text: string): { value: string; at: number } | undefined {
  if (text.charCodeAt(0) !== 0x24 || text.charCodeAt(text.length - 1) !== 0x24) return undefined;
  const m = MATH_VALUE.exec(text);
  const group = m?.[1];
  if (group === undefined) return undefined;
  return { value: group.replace(/[\s\\]/g, ""), at: text.indexOf(group) };
}
