import { z } from "zod";
import { DIAGNOSTIC_CODE_IDS } from "../diagnostic-codes.js";

/** The format eras a report (or one table block of it) can be in. */
export const FORMAT_ERAS = Object.freeze([
  "gb2021",
  "gb2019",
  "legacy_national",
  "legacy_provincial",
  "unknown",
] as const);
/** A format era id: `gb2021` (国办公开办函〔2021〕30号), `gb2019` (〔2019〕60号 trial), the pre-2019 statistics tables, or `unknown`. */
export const FormatEraSchema = z.enum(FORMAT_ERAS).describe("Format era of a report or table block.");
/** A format era id. */
export type FormatEra = z.infer<typeof FormatEraSchema>;

/** The text shapes a report can arrive in. */
export const SHAPES = Object.freeze(["pipe", "tab", "lines", "markdown", "html", "csv"] as const);
/**
 * Text shape of the input: cells split by `|`, by tabs, one cell per line, Markdown, HTML, or
 * comma-separated values (RFC 4180: spreadsheet exports, tabula and camelot).
 */
export const ShapeSchema = z.enum(SHAPES).describe("Text shape the report arrived in.");
/** A text shape id. */
export type Shape = z.infer<typeof ShapeSchema>;

/** Severity of a diagnostic or finding. */
export const SeveritySchema = z.enum(["error", "warning", "info"]).describe("error | warning | info");
/** Severity of a diagnostic or finding. */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Where something came from in the decoded input text. `line` and `column` are 1-based (columns count
 * UTF-16 code units, like JavaScript strings and vfile); `offset` is the 0-based offset. Cells read from a
 * table grid also carry the grid coordinates (0-based) and, for HTML, the span of the anchor cell.
 */
export const SourcePositionSchema = z
  .object({
    line: z.number().int().min(1).describe("1-based line in the decoded input."),
    column: z.number().int().min(1).describe("1-based column (UTF-16 code units) in the decoded input."),
    offset: z.number().int().min(0).describe("0-based offset in the decoded input."),
    table: z.number().int().min(0).optional().describe("0-based index of the table grid in the document."),
    row: z.number().int().min(0).optional().describe("0-based row index in the table grid."),
    col: z.number().int().min(0).optional().describe("0-based column index in the table grid."),
    rowSpan: z.number().int().min(1).optional().describe("rowspan of the anchor cell (HTML), when > 1."),
    colSpan: z.number().int().min(1).optional().describe("colspan of the anchor cell (HTML), when > 1."),
  })
  .describe("Position in the decoded input text.");
/** Position in the decoded input text. */
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/**
 * How a cell's text was read: `number` (a numeric value), `blank` (empty, whitespace or `&nbsp;`),
 * `na` (a dash, slash, 无 or 不适用), or `text` (anything else: kept raw, value null).
 */
export const CellStatusSchema = z.enum(["number", "blank", "na", "text"]).describe("number | blank | na | text");
/** How a cell's text was read. */
export type CellStatus = z.infer<typeof CellStatusSchema>;

/**
 * One table value: the verbatim text and what it was read as. A cell the layout has but the document
 * lacks is absent from the report, never 0; a blank cell is `blank` with `value: null`.
 */
export const CellSchema = z
  .discriminatedUnion("status", [
    z.object({
      raw: z.string().describe("Verbatim cell text as it appeared in the input."),
      value: z.number().describe("The number read."),
      status: z.literal("number").describe("A number was read."),
      unit: z.string().optional().describe("Unit written in the cell itself (元, 万元, 件 …), if any."),
      source: SourcePositionSchema,
    }),
    z.object({
      raw: z.string().describe("Verbatim cell text as it appeared in the input."),
      value: z.null().describe("null: the cell holds no number."),
      status: z.enum(["blank", "na", "text"]).describe("blank | na | text"),
      unit: z.string().optional().describe("Unit written in the cell itself (元, 万元, 件 …), if any."),
      source: SourcePositionSchema,
    }),
  ])
  .describe(
    "A table value with its raw text, status and source position: `value` is a number when `status` is number, null otherwise.",
  );
/** A table value with its raw text, status and source position. */
export type Cell = z.infer<typeof CellSchema>;

/** A parse problem, as data: a stable code, a severity, a message and, where known, a position. */
export const DiagnosticSchema = z
  .object({
    code: z
      .enum(DIAGNOSTIC_CODE_IDS)
      .describe("Stable diagnostic code, e.g. `row-unrecognized` (see README reference, DIAGNOSTIC_CODES)."),
    severity: SeveritySchema,
    message: z.string().describe("Human-readable message (English, with Chinese labels quoted)."),
    source: SourcePositionSchema.optional(),
    field: z.string().optional().describe("Field id concerned, when one is."),
    text: z.string().optional().describe("The input text concerned (a label or a row), when useful."),
  })
  .describe("A parse diagnostic.");
/** A parse diagnostic. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
