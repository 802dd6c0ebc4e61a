/**
 * Word-box outputs: pdftotext's (red team R23) `-tsv` (a row a word: level, page, paragraph, block, line and
 * word numbers, the box's coordinates, the text) and `-bbox-layout` (XHTML: `<line>` of `<word xMin=…>`), and
 * tesseract's OCR `tsv` (red team R25: the same columns, block before paragraph, a CJK character often a word
 * of its own). Read as what they stand for: the words of each line joined as the tool's own text output joins
 * them (pdftotext by spaces; tesseract by a space unless both neighbours are CJK), the lines in order, a form
 * feed between pages, read by the one-cell-per-line reader. Every position is then mapped back to the words'
 * characters in the input; coordinates are never read as values.
 */
import { isCjkCode } from "../cjk.js";
import type { Block, Document, GridCell, Point } from "../document.js";
import type { Diagnostic } from "../schema/common.js";
import { readLines } from "./lines.js";
import { recordedOffsets, recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";

/** A word of a box output: its text and the input offset of each of its characters. */
interface Word {
  text: string;
  offsets: number[];
}

/** A line of words and the page it is on. */
interface WordLine {
  page: number;
  words: Word[];
}

/** The header line of `pdftotext -tsv` (par_num first) and of tesseract's `tsv` (block_num first). */
const TSV_HEADER =
  /^level\tpage_num\t(par_num\tblock_num|block_num\tpar_num)\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\r?\n/;

/** Which tool wrote a word-box TSV: `pdftotext` or `tesseract` (by its header), or null for other text. */
export function wordTsvTool(text: string): "pdftotext" | "tesseract" | null {
  const m = TSV_HEADER.exec(text);
  if (m === null) return null;
  return m[1]!.startsWith("par") ? "pdftotext" : "tesseract";
}

/** Whether a text is word-box TSV output of pdftotext or tesseract (it starts with the header). */
export const isWordTsv = (text: string): boolean => TSV_HEADER.test(text);

/** Whether tesseract's text output sets a space between two words (not between two CJK ones). */
const tesseractSpace = (before: string, after: string): boolean =>
  !(isCjkCode(before.charCodeAt(before.length - 1)) && isCjkCode(after.charCodeAt(0)));

/** The lines of `pdftotext -tsv` output: its level-5 rows (words), grouped by page, block, paragraph, line. */
function tsvLines(text: string): WordLine[] {
  const lines: WordLine[] = [];
  let key = "";
  let start = text.indexOf("\n") + 1;
  while (start > 0 && start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const row = text.slice(start, end).replace(/\r$/, "");
    const fields = row.split("\t");
    if (fields[0] === "5" && fields.length >= 12) {
      const word = fields.slice(11).join("\t");
      const at = start + row.length - word.length;
      const lineKey = fields.slice(1, 5).join(" ");
      if (lineKey !== key || lines.length === 0) lines.push({ page: Number(fields[1]), words: [] });
      key = lineKey;
      if (word.trim() !== "") (lines.at(-1) as WordLine).words.push(verbatim(word, at));
    }
    start = end + 1;
  }
  return lines;
}

/** A word that stands verbatim in the input at `at`. */
function verbatim(text: string, at: number): Word {
  return { text, offsets: Array.from({ length: text.length }, (_, i) => at + i) };
}

/** The XML character references `pdftotext -bbox-layout` writes. */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A word of XHTML text: its references decoded, each character at the offset of what it was written as. */
function decoded(raw: string, at: number): Word {
  let text = "";
  const offsets: number[] = [];
  const pattern = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));|[^&]|&/giy;
  for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
    const code = m[1] ? Number(m[1]) : m[2] ? Number.parseInt(m[2], 16) : undefined;
    const char = code !== undefined ? String.fromCodePoint(code) : m[3] ? (ENTITIES[m[3]] as string) : m[0];
    for (let i = 0; i < char.length; i++) offsets.push(at + m.index);
    text += char;
  }
  return { text, offsets };
}

/** Whether a text is `pdftotext -bbox-layout` (or `-bbox`) XHTML: a `<doc>` of pages of `<word xMin=…>`. */
export const isWordBoxHtml = (text: string): boolean =>
  text.includes("<doc>") && /<doc>\s*<page\b/.test(text) && /<word\s+xMin=/.test(text);

/** Whether a text is tesseract's hOCR: elements of class `ocr_page` holding spans of class `ocrx_word` (tags). */
export const isHocr = (text: string): boolean =>
  text.includes("ocrx_word") &&
  /<\w+\b[^<>]*\bclass=['"]ocr_page['"]/.test(text) &&
  /<span\b[^<>]*\bclass=['"]ocrx_word['"]/.test(text);

/**
 * The lines of hOCR: each `ocr_line` (or header, caption, text float) a line of the `ocrx_word` spans in it, a
 * page at each `ocr_page`. A word's text is what its span holds with the tags inside taken out (`<strong>`,
 * `<em>`, the `ocrx_cinfo` spans of `hocr_char_boxes`), each character at its place in the input.
 */
function hocrLines(text: string): WordLine[] {
  const lines: WordLine[] = [];
  let page = 0;
  const tags =
    /<\w+\b[^<>]*\bclass=['"](ocr_page|ocr_line|ocr_header|ocr_caption|ocr_textfloat)['"][^<>]*>|<span\b[^<>]*\bclass=['"]ocrx_word['"][^<>]*>/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1] === "ocr_page") page++;
    else if (m[1] !== undefined) lines.push({ page, words: [] });
    if (m[1] !== undefined) continue;
    const word = wordInSpan(text, m.index + m[0].length);
    tags.lastIndex = word.end;
    if (word.text.trim() === "") continue;
    if (lines.length === 0) lines.push({ page, words: [] });
    (lines.at(-1) as WordLine).words.push(word);
  }
  return lines;
}

/**
 * The word a span holds from `from` to its closing `</span>` (spans inside it counted), its tags taken out and
 * its character references decoded, and where the span ends.
 */
function wordInSpan(text: string, from: number): Word & { end: number } {
  let depth = 1;
  let chars = "";
  const offsets: number[] = [];
  const parts = /<\/span\s*>|<span\b[^<>]*>|<[^<>]*>|[^<]+|</y;
  parts.lastIndex = from;
  let end = text.length;
  for (let m = parts.exec(text); m; m = parts.exec(text)) {
    const part = m[0];
    if (part.startsWith("</span")) {
      depth--;
      if (depth === 0) {
        end = m.index + part.length;
        break;
      }
    } else if (part.startsWith("<span")) depth++;
    else if (!part.startsWith("<")) {
      const word = decoded(part, m.index);
      chars += word.text;
      for (const at of word.offsets) offsets.push(at);
    }
  }
  return { text: chars, offsets, end };
}

/** The lines of `-bbox-layout` XHTML (its `<line>` elements; with `-bbox`, each `<word>` a line). */
function boxLines(text: string): WordLine[] {
  const lines: WordLine[] = [];
  const layout = /<line\b/.test(text);
  let page = 0;
  const tags = /<page\b|<line\b|<word\b[^>]*>([^<]*)<\/word>/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[0] === "<page") page++;
    else if (m[0] === "<line" || (!layout && m[1] !== undefined)) lines.push({ page, words: [] });
    if (m[1] === undefined || m[1].trim() === "") continue;
    if (lines.length === 0) lines.push({ page, words: [] });
    (lines.at(-1) as WordLine).words.push(decoded(m[1], m.index + m[0].indexOf(">") + 1));
  }
  return lines;
}

/** Moves a point of the rebuilt text to the input, with the input offset of each character of `text`. */
function mapper(map: readonly number[], locator: Locator): (point: Point, text: string) => Point {
  const done = new Map<Point, Point>();
  return (point, text) => {
    const known = done.get(point);
    if (known) return known;
    const inner = recordedOffsets(point);
    const offsets: number[] = [];
    for (let i = 0; i < Math.max(text.length, 1); i++) {
      const at = inner ? (inner[Math.min(i, inner.length - 1)] as number) : point.offset + i;
      offsets.push(map[Math.min(at, map.length - 1)] as number);
    }
    const mapped = locator.point(offsets[0] as number);
    recordOffsets(mapped, offsets);
    done.set(point, mapped);
    return mapped;
  };
}

/**
 * Reads pdftotext's word-box output (TSV or bbox XHTML, see {@link isWordTsv} and {@link isWordBoxHtml}) as
 * the text lines its words make, every position in the input; undefined when the text is neither.
 */
export function readWordBoxes(text: string): Document | undefined {
  const hocr = !text.startsWith("level") && isHocr(text);
  const tool = hocr ? "tesseract" : wordTsvTool(text);
  const tsv = tool !== null && !hocr;
  if (!tsv && !hocr && !isWordBoxHtml(text)) return undefined;
  const lines = (hocr ? hocrLines(text) : tsv ? tsvLines(text) : boxLines(text)).filter(
    (line) => line.words.length > 0,
  );
  // An hOCR page without a word read is read as the web page it is.
  if (hocr && lines.length === 0) return undefined;
  let rebuilt = "";
  const map: number[] = [];
  let page = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== page) {
      rebuilt += "\f";
      map.push(map.at(-1) ?? 0);
      page = line.page;
    }
    for (const [k, word] of line.words.entries()) {
      if (k > 0 && (tool !== "tesseract" || tesseractSpace(line.words[k - 1]!.text, word.text))) {
        rebuilt += " ";
        map.push((map.at(-1) ?? 0) + 1);
      }
      rebuilt += word.text;
      map.push(...word.offsets);
    }
    rebuilt += "\n";
    map.push((map.at(-1) ?? 0) + 1);
  }
  map.push(text.length);
  const inner = readLines(rebuilt);
  const move = mapper(map, new Locator(text));
  const cell = (c: GridCell): GridCell => ({ ...c, position: move(c.position, c.text) });
  const blocks: Block[] = inner.blocks.map((block) => {
    if (block.kind === "text") return { ...block, position: move(block.position, block.text) };
    const rows = block.rows.map((row) => row.map(cell)); // (cells first: a table starts at its first cell's point)
    return { ...block, rows, position: move(block.position, "") };
  });
  const moved = (inner.diagnostics ?? []).map((d) => {
    if (!d.source) return d;
    const at = map[Math.min(d.source.offset, map.length - 1)] as number;
    const point = new Locator(text).point(at);
    return { ...d, source: { ...d.source, line: point.line, column: point.column, offset: at } };
  });
  const note: Diagnostic = {
    code: "word-boxes-read",
    severity: "info",
    message: `${tool === "tesseract" ? `tesseract OCR word-box output (${hocr ? "hOCR" : "tsv"})` : `pdftotext word-box output (${tsv ? "-tsv" : "-bbox"})`}: ${lines.length} lines of words put back in order and read as PDF text; no coordinate is read as a value`,
    source: { line: 1, column: 1, offset: 0 },
  };
  return { ...inner, blocks, text, diagnostics: [note, ...moved] };
}
