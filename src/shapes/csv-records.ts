/**
 * The records of comma-separated text (RFC 4180, as Excel, WPS, LibreOffice, tabula and camelot write it):
 * fields split on commas outside double quotes; a quoted field may hold commas, doubled quotes (`""` for
 * `"`) and line breaks. Each field keeps the input offset of its first character, so cells keep their
 * positions. Lenient and linear: a quote that never closes, or holds a lone quote, is an ordinary character
 * (see `csvRecords`).
 */
import { isSpaceCode } from "./source-lines.js";

/** One field of a record: its text (unquoted, trimmed) and where that text starts in the input. */
export interface CsvField {
  /** The field's text: quotes removed, `""` read as `"`, line breaks as `\n`, surrounding spaces trimmed. */
  text: string;
  /** 0-based input offset of the text's first character (of the field's start when the text is empty). */
  offset: number;
  /** 1-based line of `offset` (`\r\n`, `\n` or a lone `\r` end a line). */
  line: number;
  /** 1-based column of `offset`, in UTF-16 code units. */
  column: number;
}

/** One record: a line, or several when a quoted field holds line breaks. */
export interface CsvRecord {
  /** The fields, in order (one for a line without a comma outside quotes). */
  fields: CsvField[];
  /** 0-based input offset of the record's first character. */
  start: number;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Whether a code unit is a space or tab that may pad a field (line breaks end records, so they are not). */
const isPad = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/** Whether a field ends at `i`: a comma, a line break or the text's end, after optional padding. */
function endsField(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && isPad(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const code = text.charCodeAt(k);
  return code === COMMA || code === LF || code === CR;
}

/** A quoted field read: its text, the index after its closing quote, and the offsets of its characters. */
interface Quoted {
  text: string;
  /** Index of the closing quote + 1. */
  end: number;
  /** Offset of the first character of `text`. */
  offset: number;
}

/** Why a field opening with a quote is no quoted field: a lone quote inside it, or no closing quote at all. */
type NotQuoted = "lone" | "unclosed";

/**
 * Reads a quoted field opening at `open`: up to the first quote that is not doubled and ends the field
 * (followed by a comma, a line break or the end). A lone quote followed by other text (`"三安全一稳定"危及`) is
 * one no writer leaves inside a quoted field: the field is no quoted one (`lone`), and the scan never runs
 * past it. Without `acrossLines` the field must close on its line. `unclosed` when it never closes.
 */
function readQuoted(text: string, open: number, acrossLines: boolean): Quoted | NotQuoted {
  let out = "";
  let from = open + 1;
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE) {
        out += text.slice(from, i + 1);
        from = i + 2;
        i++;
        continue;
      }
      if (endsField(text, i + 1)) {
        out += text.slice(from, i);
        return { text: out, end: i + 1, offset: open + 1 };
      }
      return "lone";
    } else if ((code === LF || code === CR) && !acrossLines) return "unclosed";
  }
  return "unclosed";
}

/** Trims a field's text, moving its offset past the leading spaces trimmed. */
function trimmedField(text: string, offset: number): { text: string; offset: number } {
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  return { text: a === 0 && b === text.length ? text : text.slice(a, b), offset: offset + a };
}

/** Whether quotes are still read as quotes (across lines, on the line being read), and the line read. */
interface QuoteState {
  acrossLines: boolean;
  onLine: boolean;
  /** 1-based number of the line the scan is on. */
  line: number;
  /** Offset where that line starts. */
  lineStart: number;
}

/** Moves a line count over the line breaks of `text` from … to (`\r\n` one break). */
function passBreaks(text: string, from: number, to: number, at: { line: number; lineStart: number }): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== LF && code !== CR) continue;
    if (code === CR && text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
    at.line++;
    at.lineStart = i + 1;
  }
}

/** A field of some text at an offset on the state's line. */
const fieldAt = (text: string, offset: number, state: QuoteState): CsvField => ({
  text,
  offset,
  line: state.line,
  column: offset - state.lineStart + 1,
});

/** Reads the field starting at `i`: the field and the index of the comma, line break or end after it. */
function readField(text: string, i: number, state: QuoteState): [CsvField, number] {
  let k = i;
  while (k < text.length && isPad(text.charCodeAt(k))) k++;
  if (state.onLine && text.charCodeAt(k) === QUOTE) {
    const quoted = readQuoted(text, k, state.acrossLines);
    if (typeof quoted === "object") {
      let next = quoted.end;
      while (next < text.length && isPad(text.charCodeAt(next))) next++;
      const { text: cell, offset } = trimmedField(quoted.text.replace(/\r\n?/g, "\n"), quoted.offset);
      // The text's start, and the line after the field, past the line breaks inside its quotes.
      const start = { line: state.line, lineStart: state.lineStart };
      passBreaks(text, quoted.offset, offset, start);
      passBreaks(text, quoted.offset, quoted.end, state);
      return [{ text: cell, offset, line: start.line, column: offset - start.lineStart + 1 }, next];
    }
    // Never closed (on its line either: that scan follows the same path): no more quotes read across lines,
    // nor on this line. (A scan stopped by a lone quote never passed another quote: it costs nothing again.)
    if (quoted === "unclosed") {
      state.acrossLines = false;
      state.onLine = false;
    }
  }
  // A loop, not a regular expression: most fields are empty or a few characters long.
  let end = k;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === LF || code === CR) break;
    end++;
  }
  const { text: cell, offset } = trimmedField(text.slice(k, end), k);
  return [fieldAt(cell, offset, state), end];
}

/**
 * Splits comma-separated text into records. A field that opens with a quote (after spaces) is read as
 * quoted when its quote closes, with no lone quote before it (Excel doubles every quote inside a quoted
 * field); otherwise its quote is an ordinary character. So that a stray quote costs one scan, not one per
 * line: once a quoted field fails to close, quoted fields no longer span lines, and the rest of its line
 * reads quotes as characters. Line breaks inside a quoted field (`\r\n`, `\r`) are read as `\n`.
 */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const length = text.length;
  const state: QuoteState = { acrossLines: true, onLine: true, line: 1, lineStart: 0 };
  let i = 0;
  while (i < length) {
    const start = i;
    const fields: CsvField[] = [];
    state.onLine = true;
    for (;;) {
      const [field, next] = readField(text, i, state);
      fields.push(field);
      i = next;
      if (i < length && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    records.push({ fields, start });
    const end = i;
    if (i < length && text.charCodeAt(i) === CR) i++;
    if (i < length && text.charCodeAt(i) === LF) i++;
    if (i > end) {
      state.line++;
      state.lineStart = i;
    }
  }
  return records;
}
