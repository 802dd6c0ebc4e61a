/**
 * What the document commands (parse, check, normalize) share: the reading options (`--format`, `--shape`,
 * `--encoding` plus the batch options) and the layout of the per-document chunks on stdout (a header, a JSON
 * array around them, or the chunks as they come).
 */
import { SHAPES, type Shape } from "../schema/common.js";
import { BATCH_OPTIONS, choice, encodingOption, type OptionSpecs, type OptionValues, UsageError } from "./command.js";
import { type TextSink, writeText } from "./io.js";

/** The options of a document command: the batch options, `--format`/`-f`, `--shape`, `--encoding`. */
export const DOCUMENT_OPTIONS: OptionSpecs = {
  ...BATCH_OPTIONS,
  format: { type: "string", short: "f" },
  shape: { type: "string" },
  encoding: { type: "string" },
};

/**
 * The forced shape and encoding read from `--shape` (one of SHAPES) and `--encoding` (a label the decoder
 * knows); undefined when not given. A bad value is a usage error.
 */
export function readingOptions(values: OptionValues): { shape: Shape | undefined; encoding: string | undefined } {
  return { shape: choice(values, "shape", SHAPES), encoding: encodingOption(values) };
}

/** `--bom`, for the commands writing TSV or CSV. */
export const BOM_OPTION: OptionSpecs = { bom: { type: "boolean" } };

/** The help line of `--bom`. */
export const BOM_HELP = `  --bom               with tsv|csv: a UTF-8 byte order mark first, so that Excel reads the Chinese text`;

/** Reads `--bom`: given with a format other than tsv or csv, a usage error. */
export function bomOption(values: OptionValues, format: string): boolean {
  if (values.bom !== true) return false;
  if (format !== "tsv" && format !== "csv") throw new UsageError(`--bom needs --format tsv or csv (got ${format})`);
  return true;
}

/** How a command's per-document chunks are laid out on stdout. */
export interface ChunkLayout {
  /**
   * A JSON array around the chunks (`[`, `,` between them, `]`): `always`; `several` only when the command
   * line names several documents (one file argument: its chunk and a line break); `never`: the chunks as they
   * are.
   */
  jsonArray: "always" | "several" | "never";
  /** Text written before any chunk (a TSV/CSV header line), given whether there are several documents. */
  header?: (several: boolean) => string;
  /** Empty chunks are left out (no separator is written for them). */
  skipEmpty?: boolean;
  /** A UTF-8 byte order mark before everything else (`--bom`). */
  bom?: boolean;
}

/** Writes one command's output: `start` once the documents are known, `write` per chunk in order, `end` last. */
export interface ChunkOutput {
  /**
   * Writes the header (an array opens with the first chunk); remembers whether the command line names several documents
   * (`several` from runBatchCommand: more than one input, or a folder, glob or `-`).
   */
  start(several: boolean): Promise<void>;
  /** Writes one document's chunk (text or UTF-8 bytes) with the separator the layout asks for. */
  write(chunk: string | Uint8Array): Promise<void>;
  /**
   * Closes the array (`[]` when no chunk was written); with `jsonArray: "several"` and a single file argument
   * that gave no chunk (it was unusable), writes `null`, so that stdout is still one JSON value.
   */
  end(): Promise<void>;
  /** Whether `start` was told of several documents. */
  readonly several: boolean;
}

/** The chunk writer of a layout over a sink (stdout). */
export function chunkOutput(sink: TextSink, layout: ChunkLayout): ChunkOutput {
  let several = false;
  let array = false;
  let written = 0;
  return {
    get several() {
      return several;
    },
    async start(severalDocuments) {
      several = severalDocuments;
      array = layout.jsonArray === "always" || (layout.jsonArray === "several" && several);
      const header = `${layout.bom ? "\ufeff" : ""}${layout.header?.(several) ?? ""}`;
      if (header.length > 0) await writeText(sink, header);
    },
    async write(chunk) {
      if (layout.skipEmpty && chunk.length === 0) return;
      if (array) await writeText(sink, written > 0 ? ",\n" : "[\n");
      await writeText(sink, chunk);
      if (layout.jsonArray === "several" && !several) await writeText(sink, "\n");
      written++;
    },
    async end() {
      if (array) await writeText(sink, written > 0 ? "\n]\n" : "[]\n");
      else if (layout.jsonArray === "several" && written === 0) await writeText(sink, "null\n");
    },
  };
}
