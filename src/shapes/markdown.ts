/**
 * The Markdown reader (remark + GFM): headings become text blocks with their depth, GFM tables become
 * grids, paragraphs become text blocks, and any block whose source lines are tab- or pipe-separated
 * pseudo-tables (no delimiter row) is re-read line by line as a delimited table, so that cell positions
 * still point at the cells' real place in the source. Pseudo-table paragraphs that are provably paragraphs
 * whatever they hold reach remark as one stand-in line, and a long input reaches it in stretches cut
 * between top-level blocks (remark's cost grows faster than its input); see `markdown-collapse.ts`.
 * Remark's positions are mapped back to the input.
 */
import type { Nodes, Paragraph, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Document, GridCell, Point } from "../document.js";
import { DocumentBuilder } from "./builder.js";
import { type ColumnTable, findColumnTables } from "./column-tables.js";
import { addDelimitedLines, type DelimitedSyntax, TAB_SYNTAX } from "./delimited.js";
import { spansFromDuplicates } from "./duplicated-spans.js";
import { addHtml } from "./html.js";
import { scriptDigits } from "./html-tags.js";
import { markdownPieces, pseudoTableSyntax } from "./markdown-collapse.js";
import { BR_TAG, inlineText, mathValue, trimInline } from "./markdown-inline.js";
import { recordOffsets } from "./offsets.js";
import { Locator } from "./positions.js";
import { closesEmptyCell, gridCell, isPageFurniture, type SourceLine, sourceLines } from "./source-lines.js";

/** One frozen processor for every call (remark-parse + GFM configured once). */
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Options of {@link readMarkdown}. */
export interface MarkdownReadOptions {
  /**
   * Hand provable pseudo-table paragraphs to remark as one stand-in line and long inputs in stretches
   * cut between top-level blocks (default true). `false` gives remark the whole input in one call: the
   * reference reading the collapsed one must equal.
   */
  collapse?: boolean;
  /** Collapsed characters per remark call at least when the input is cut (default `PIECE_CHARS`). */
  pieceChars?: number;
}

/** Maps remark's offsets and lines (of the text it parsed) back to the input. */
interface Remap {
  offset(offset: number): number;
  line(line: number): number;
  endLine(line: number): number;
}

const IDENTITY: Remap = { offset: (o) => o, line: (l) => l, endLine: (l) => l };

/** Inline HTML opening or closing a `<sup>` or `<sub>` element. */
const SCRIPT_TAG = /^<(\/?)(su[pb])(?:\s[^<>]*)?>$/i;

/**
 * Plain text of an mdast node: inline markup removed, breaks and `<br>` as `\n`, and the digits inside inline
 * `<sup>`/`<sub>` elements as superscript or subscript digits, as the HTML reader gives them (`5<sup>1</sup>`
 * reads `5¹`, a footnote mark, not the number 51). `script` is the element open around the node.
 */
function plainText(node: Nodes, script?: string): string {
  if (node.type === "text" || node.type === "inlineCode") return script ? scriptDigits(script, node.value) : node.value;
  if (node.type === "break") return "\n";
  if (node.type === "html") return BR_TAG.test(node.value.trim()) ? "\n" : "";
  if (!("children" in node)) return "";
  let text = "";
  const open: string[] = [];
  for (const child of node.children as Nodes[]) {
    const tag = child.type === "html" ? SCRIPT_TAG.exec(child.value.trim()) : null;
    if (tag) {
      if (tag[1] === "") open.push((tag[2] as string).toLowerCase());
      else open.pop();
    } else text += plainText(child, open.at(-1) ?? script);
  }
  return text;
}

/** The input offset where a node starts (undefined when remark gave none). */
function startOffset(
  node: { position?: { start: { offset?: number } } } | undefined,
  remap: Remap,
): number | undefined {
  const offset = node?.position?.start.offset;
  return offset === undefined ? undefined : remap.offset(offset);
}

/** A paragraph of one to three digits: a page number a PDF converter left between two parts of a table. */
function isBarePageNumber(node: RootContent): boolean {
  return node.type === "paragraph" && /^\s*\d{1,3}\s*$/.test(plainText(node));
}

/** A GFM table or a raw HTML block (a table a converter wrote as HTML). */
const isTableNode = (node: RootContent | undefined): boolean => node?.type === "table" || node?.type === "html";

/** A GFM table's rows as grid cells, a converter's duplicated spans made span copies again. */
function tableRows(node: Table, text: string, locator: Locator, remap: Remap): GridCell[][] {
  const rows = node.children.map((row) =>
    row.children.map((cell) => {
      let content = plainText(cell).trim();
      let offset = startOffset(cell.children[0], remap) ?? startOffset(cell, remap) ?? 0;
      if (cell.children.length === 0) {
        while (offset < text.length && (text[offset] === "|" || text[offset] === " ")) offset++;
      }
      // A value a converter wrote as inline math ($8$): the value, at its first character.
      const math = mathValue(content);
      if (math) {
        content = math.value;
        offset += math.at;
      }
      return gridCell(content, offset, locator);
    }),
  );
  node.children.forEach((row, k) => {
    const from = row.position?.start.offset;
    const to = row.position?.end.offset;
    if (from !== undefined && to !== undefined && rowClosesEmptyCell(text, remap.offset(from), remap.offset(to)))
      rows[k]!.push(gridCell("", remap.offset(to), locator));
  });
  spansFromDuplicates(rows);
  return rows;
}

/**
 * Whether a table row (from … to) closes an empty last cell as html2text writes one (`closesEmptyCell`, looked at
 * to its line's end): GFM reads the closing pipe as optional, so its reading of the row has no such cell.
 */
function rowClosesEmptyCell(text: string, from: number, to: number): boolean {
  let end = text.indexOf("\n", to);
  if (end < 0) end = text.length;
  if (text.charCodeAt(end - 1) === 0x0d) end--;
  return closesEmptyCell(text.slice(from, end), "|");
}

/**
 * A heading's attributes as pandoc's Markdown writes them, and converters after it (officeparser's `to("md")`):
 * `{#id}`, `{#id .class key=value}`, `{.unnumbered}`, `{-}` at the heading's end. No part of the heading's text.
 */
const HEADING_ATTRIBUTES = /\s*\{[#.-][^{}]*\}\s*$/;
/** An empty anchor, a bookmark (`<a id="_Toc2"></a>`, `<a name="x"></a>`). */
const EMPTY_ANCHOR = /^<a\s[^>]*>\s*<\/a>$/i;
/** An anchor's opening tag. */
const OPENING_ANCHOR = /^<a\s[^>]*>$/i;
/** The hashes of an ATX heading opening a paragraph's text, and the spaces after them. */
const ATX_AFTER_ANCHOR = /^(#{1,6})[ \t]+(?=\S)/;

/** Reads Markdown text into a Document. */
export function readMarkdown(text: string, options: MarkdownReadOptions = {}): Document {
  const locator = new Locator(text);
  const builder = new DocumentBuilder("markdown", text, locator);
  const lines = sourceLines(text);
  const pieces = options.collapse === false ? undefined : markdownPieces(text, lines, options.pieceChars);
  let remap: Remap = IDENTITY;
  let pending: SourceLine[] = [];
  let pendingSyntax: DelimitedSyntax | undefined;
  const flush = (): void => {
    if (pendingSyntax) addDelimitedLines(builder, pending, pendingSyntax);
    pending = [];
    pendingSyntax = undefined;
  };
  const linesOf = (node: RootContent): SourceLine[] => {
    const start = node.position?.start.line;
    const from = start === undefined ? 1 : remap.line(start);
    const end = node.position?.end.line;
    const to = end === undefined ? from : remap.endLine(end);
    return lines.slice(from - 1, to);
  };
  const visit = (node: RootContent): void => {
    if (node.type === "heading") {
      flush();
      const at = inlinePoint(node, remap);
      if (at) builder.addText(at.text.replace(HEADING_ATTRIBUTES, ""), at.point, node.depth);
      return;
    }
    if (node.type === "table") {
      flush();
      builder.addTable(tableRows(node, text, locator, remap), true);
      return;
    }
    if (node.type === "list" || node.type === "blockquote" || node.type === "listItem") {
      const own = linesOf(node);
      // A list item holding a GFM table (a heading item with its table indented under it) is read child
      // by child: its pipe lines are that table's, not a pseudo-table of the whole item.
      if (!pseudoTableSyntax(own) || holdsTable(node)) {
        flush();
        for (const child of node.children) visit(child as RootContent);
        return;
      }
    }
    if (node.type === "thematicBreak" || node.type === "definition") return;
    const own = linesOf(node);
    const syntax = pseudoTableSyntax(own);
    if (syntax) {
      if (pendingSyntax && pendingSyntax !== syntax) flush();
      pendingSyntax = syntax;
      for (const line of own) pending.push(line);
      return;
    }
    flush();
    if (node.type === "paragraph") {
      const heading = anchoredHeading(node);
      if (heading) {
        builder.addText(heading.text, heading.point, heading.depth);
        return;
      }
      const at = inlinePoint(node, remap);
      if (at && !isPageFurniture(at.text)) builder.addText(at.text, at.point);
      return;
    }
    addDelimitedLines(builder, own, TAB_SYNTAX);
  };
  /**
   * A heading written after an empty anchor (`<a id="_Toc2"></a>## 一、总体情况`: mammoth's Markdown of a Word heading
   * with its bookmark), which Markdown reads as a paragraph: its text after the hashes, its point and depth.
   */
  const anchoredHeading = (node: Paragraph): { text: string; point: Point; depth: number } | undefined => {
    const [first, second] = node.children;
    // (Markdown reads the anchor as one inline HTML node, or as its opening and closing tags)
    const anchor =
      first?.type === "html" &&
      (EMPTY_ANCHOR.test(first.value) ||
        (OPENING_ANCHOR.test(first.value) && second?.type === "html" && second.value.toLowerCase() === "</a>"));
    if (!anchor) return undefined;
    const inline = trimInline(inlineText(node, text, (o) => remap.offset(o)));
    const hashes = ATX_AFTER_ANCHOR.exec(inline.text);
    if (!hashes || inline.first === undefined) return undefined;
    const k = hashes[0].length;
    const offsets = inline.offsets?.slice(k);
    const point = locator.point(inline.offsets ? inline.offsets[k]! : inline.first + k);
    if (offsets) recordOffsets(point, offsets);
    return { text: inline.text.slice(k).replace(HEADING_ATTRIBUTES, ""), point, depth: hashes[1]!.length };
  };
  /** A paragraph's or heading's text and start point, its characters' offsets recorded when not consecutive. */
  const inlinePoint = (node: Nodes, map: Remap): { text: string; point: Point } | undefined => {
    const inline = trimInline(inlineText(node, text, (o) => map.offset(o)));
    if (inline.first === undefined) return undefined;
    const point = locator.point(inline.first);
    if (inline.offsets) recordOffsets(point, inline.offsets);
    return { text: inline.text, point };
  };
  // Pandoc's simple tables (remark reads them as prose): their lines are read as grids, their nodes skipped.
  const columnTables = findColumnTables(text, lines, locator);
  let nextColumnTable = 0;
  /** Whether a node starts inside a simple table; the table is added at its first node. */
  const inColumnTable = (node: RootContent): boolean => {
    const start = node.position?.start.line;
    if (start === undefined) return false;
    const line = remap.line(start);
    while ((columnTables[nextColumnTable]?.lastLine ?? line) < line) nextColumnTable++;
    const table: ColumnTable | undefined = columnTables[nextColumnTable];
    if (!table || line < table.firstLine) return false;
    flush();
    if (table.rows.length > 0) builder.addTable(table.rows, true);
    table.rows = []; // added once
    return true;
  };
  const read = (children: RootContent[]): void => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i] as RootContent;
      if (columnTables.length > 0 && inColumnTable(node)) continue;
      if (isBarePageNumber(node) && isTableNode(children[i - 1]) && isTableNode(children[i + 1])) continue;
      if (node.type !== "html") {
        visit(node);
        continue;
      }
      // Raw HTML blocks (a table broken by blank lines spans several): read them as one HTML fragment.
      let last: RootContent = node;
      while (children[i + 1]?.type === "html") last = children[++i] as RootContent;
      const from = startOffset(node, remap);
      const end = last.position?.end.offset;
      if (from === undefined || end === undefined) continue;
      const to = remap.offset(end);
      flush();
      addHtml(builder, text, from, to);
    }
  };
  if (!pieces) read((parser.parse(text) as Root).children);
  for (const piece of pieces ?? []) {
    remap = piece;
    read((parser.parse(piece.text) as Root).children);
  }
  flush();
  return builder.build();
}

/** True when a container (list, list item, block quote) holds a GFM table, at any depth. */
function holdsTable(node: Nodes): boolean {
  if (node.type === "table") return true;
  return "children" in node && (node.children as Nodes[]).some(holdsTable);
}
