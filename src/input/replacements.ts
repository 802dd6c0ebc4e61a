/**
 * The replacement characters (U+FFFD) a decoded text holds: each stands for a character lost in decoding, here
 * (a byte sequence invalid in the encoding read) or by the tool that made the text (a converter that decoded a
 * Word file's XML in chunks cut through a character). A label or a number holding one may not be read.
 */
import type { Diagnostic } from "../schema/common.js";
import { Locator } from "../shapes/positions.js";
import { replacementCount } from "./decode.js";

/** How many characters of context either side of the first replacement character the warning quotes. */
const CONTEXT = 8;

/**
 * The `input-replacement-characters` warning of a decoded text holding U+FFFD, at the first one, with their
 * count and the text around the first; undefined when the text holds none. (More than 2 and 1% of the text make
 * the input undecodable, an error of the decoder, before this is asked.)
 */
export function replacementWarning(text: string): Diagnostic | undefined {
  const first = text.indexOf("\ufffd");
  if (first < 0) return undefined;
  const count = replacementCount(text);
  const around = text
    .slice(Math.max(0, first - CONTEXT), first + CONTEXT + 1)
    .replace(/\s+/g, " ")
    .trim();
  const these = count === 1 ? "1 replacement character (U+FFFD)" : `${count} replacement characters (U+FFFD)`;
  return {
    code: "input-replacement-characters",
    severity: "warning",
    message: `The text holds ${these}, the first in 「${around}」: characters lost in decoding (bytes invalid in the encoding, or a converter that cut a character in two); a label or number holding one may not be read`,
    source: new Locator(text).point(first),
    text: around,
  };
}
