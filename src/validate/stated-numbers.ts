/** The numbers report prose states, as written: Arabic (with thousands separators, full-width) or Chinese. */
import { parseChineseNumber } from "../recognize/chinese-numbers.js";

/** Reads a stated number, Arabic or Chinese; undefined when it is not one. */
export function readStatedNumber(text: string): number | undefined {
  if (allDigits(text)) return Number(text);
  const t = text.replace(/[\s,]/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

/** Whether a text is one or more ASCII digits (what `/^\d+$/` accepts). */
function allDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** A full-width digit or point (one native scan rules a text out). */
const WIDE_DIGIT = /[０-９．]/;

/**
 * A text with its full-width digits (and decimal points between digits) as ASCII ones, one code unit for one
 * (共受理申请１件 states 1 as 共受理申请1件 does); the text itself when it has none.
 */
export function asciiDigits(text: string): string {
  if (!WIDE_DIGIT.test(text)) return text;
  return text.replace(/[０-９]|(?<=[0-9０-９])．(?=[0-9０-９])/g, (c) =>
    c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
