/**
 * The Markdown reader (remark + GFM): headings become text blocks with their depth, GFM tables become
 * grids, paragraphs become text blocks, and any block whose source lines are tab- or pipe-separated
 * pseudo-tables (no delimiter row) is re-read line by line as a delimited table, so that cell positions
 * still point at the cells' real place in the source.
 */
import type { Heading, Nodes, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Document, GridCell, Point } from "../document.js";
import { DocumentBuilder } from "./builder.js";
import { addDelimitedLines, type DelimitedSyntax, PIPE_SYNTAX, TAB_SYNTAX } from "./delimited.js";
import { addHtml } from "./html.js";
import { Locator } from "./positions.js";
import { gridCell, isPageFurniture, type SourceLine, sourceLines } from "./source-lines.js";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of an mdast node: inline markup removed, breaks and `<br>` as `\n`. */
function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return "\n";
  if (node.type === "html") return /^<br\s*\/?>$/i.test(node.value.trim()) ? "\n" : "";
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

function startOffset(node: { position?: { start: { offset?: number } } } | undefined): number | undefined {
  return node?.position?.start.offset;
}

function headingPoint(node: Heading, locator: Locator): Point | undefined {
  const offset = startOffset(node.children[0]) ?? startOffset(node);
  return offset === undefined ? undefined : locator.point(offset);
}

function tableRows(node: Table, text: string, locator: Locator): GridCell[][] {
  return node.children.map((row) =>
    row.children.map((cell) => {
      const content = plainText(cell).trim();
      let offset = startOffset(cell.children[0]) ?? startOffset(cell) ?? 0;
      if (cell.children.length === 0) {
        while (offset < text.length && (text[offset] === "|" || text[offset] === " ")) offset++;
      }
      return gridCell(content, offset, locator);
    }),
  );
}

/** Which delimiter, if any, makes some of these lines pseudo-table rows. */
function pseudoTableSyntax(lines: SourceLine[]): DelimitedSyntax | undefined {
  let tabs = 0;
  let pipes = 0;
  for (const line of lines) {
    if (line.text.includes("\t")) tabs++;
    const pipe = line.text.indexOf("|");
    if (pipe >= 0 && line.text.indexOf("|", pipe + 1) >= 0) pipes++;
  }
  if (tabs === 0 && pipes === 0) return undefined;
  return tabs >= pipes ? TAB_SYNTAX : PIPE_SYNTAX;
}

/** Reads Markdown text into a Document. */
export function readMarkdown(text: string): Document {
  const locator = new Locator(text);
  const builder = new DocumentBuilder("markdown", text, locator);
  const lines = sourceLines(text);
  const tree = parser.parse(text) as Root;
  let pending: SourceLine[] = [];
  let pendingSyntax: DelimitedSyntax | undefined;
  const flush = (): void => {
    if (pendingSyntax) addDelimitedLines(builder, pending, pendingSyntax);
    pending = [];
    pendingSyntax = undefined;
  };
  const linesOf = (node: RootContent): SourceLine[] => {
    const from = node.position?.start.line ?? 1;
    const to = node.position?.end.line ?? from;
    return lines.slice(from - 1, to);
  };
  const visit = (node: RootContent): void => {
    if (node.type === "heading") {
      flush();
      const at = headingPoint(node, locator);
      if (at) builder.addText(plainText(node), at, node.depth);
      return;
    }
    if (node.type === "table") {
      flush();
      builder.addTable(tableRows(node, text, locator), true);
      return;
    }
    if (node.type === "list" || node.type === "blockquote" || node.type === "listItem") {
      const own = linesOf(node);
      if (!pseudoTableSyntax(own)) {
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
      pending.push(...own);
      return;
    }
    flush();
    if (node.type === "paragraph") {
      const content = plainText(node);
      const offset = startOffset(node);
      if (offset !== undefined && !isPageFurniture(content)) builder.addText(content, locator.point(offset));
      return;
    }
    addDelimitedLines(builder, own, TAB_SYNTAX);
  };
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== "html") {
      visit(node);
      continue;
    }
    // Raw HTML blocks (a table broken by blank lines spans several): read them as one HTML fragment.
    let last: RootContent = node;
    while (children[i + 1]?.type === "html") last = children[++i] as RootContent;
    const from = startOffset(node);
    const to = last.position?.end.offset;
    if (from === undefined || to === undefined) continue;
    flush();
    addHtml(builder, text, from, to);
  }
  flush();
  return builder.build();
}
