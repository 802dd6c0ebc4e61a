/** The shape readers' registry: text of a known shape → the shape-neutral Document. */
import type { Document } from "../document.js";
import type { Shape } from "../schema/common.js";
import { readCsv } from "./csv.js";
import { readHtml } from "./html.js";
import { readLines } from "./lines.js";
import { readMarkdown } from "./markdown.js";
import { readPipe } from "./pipe.js";
import { readTab } from "./tab.js";

/** A shape reader: decoded text → Document (positions refer to that text). */
export type ShapeReader = (text: string) => Document;

/** The reader of each shape. */
export const SHAPE_READERS: Readonly<Record<Shape, ShapeReader>> = {
  pipe: readPipe,
  tab: readTab,
  lines: readLines,
  markdown: readMarkdown,
  html: (text) => readHtml(text),
  csv: readCsv,
};

/** Options of readDocument. */
export interface ReadOptions {
  /** HTML: read hidden elements too (display: none, `hidden`), which are left out by default. */
  readHidden?: boolean;
}

/** Reads decoded text of the given shape into a Document. */
export function readDocument(text: string, shape: Shape, options: ReadOptions = {}): Document {
  const reader = SHAPE_READERS[shape];
  if (!reader) throw new TypeError(`unknown shape: ${String(shape)}`);
  return shape === "html" && options.readHidden === true ? readHtml(text, true) : reader(text);
}
