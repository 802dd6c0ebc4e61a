/**
 * Locates Tables 二, 三 and 四 by their section headings, reads each region against every candidate
 * template and decides the era per table from its labels (year only breaks ties).
 */

import { append } from "../append.js";
import type { Cell, Diagnostic, FormatEra, SourcePosition } from "../schema/common.js";
import type { ExtraRow, HybridBlock, TableInfo } from "../schema/report.js";
import { GB_TEMPLATES } from "../templates/index.js";
import type { Identity, TableTemplate, Template } from "../templates/types.js";
import { textCellWarning } from "./cell-warnings.js";
import { skipComparisons } from "./comparison.js";
import { normalizeLabel } from "./labels.js";
import type { Line } from "./lines.js";
import { matchRow, NO_CONTEXT } from "./match-row.js";
import { diagnostic, type TableReading, tokenCell } from "./reading.js";
import { type LabelledRun, labelledRuns, readRowsTable } from "./rows.js";
import { readSequenceTable } from "./sequence.js";
import {
  type Candidate,
  continuedCopies,
  continuedTable,
  firstOfBest,
  repeatedTable,
  rowsOf,
  tableNumber,
} from "./table-copies.js";
import {
  cannotWin,
  type EraReading,
  isWeak,
  majority,
  plainEra,
  priorEra,
  readOrder,
  score,
  signalCount,
} from "./table-era.js";
import { type Region, TABLE_IDS, tableRegions } from "./table-regions.js";

/** Options of table recognition. */
export interface TableOptions {
  /** Force this era's template. */
  era?: FormatEra;
  /** Statistical year, a prior for ties. */
  year?: number | null;
}

/** What table recognition found. */
export interface TablesResult {
  /** Cells keyed by field id. */
  cells: Record<string, Cell>;
  /** The tables found, in template order. */
  tables: TableInfo[];
  /** Rows no template row matched. */
  extraRows: ExtraRow[];
  /** Blocks laid out in another era's layout. */
  hybridBlocks: HybridBlock[];
  /** Problems met while reading the tables. */
  diagnostics: Diagnostic[];
  /** Era of most tables, or null when no gb table was found. */
  era: FormatEra | null;
  /** Indexes of the lines inside table regions (headings excluded). */
  tableLines: Set<number>;
}

function readTable(
  table: TableTemplate,
  region: Region,
  runs: readonly LabelledRun[],
  identities: readonly Identity[],
): TableReading {
  const reading =
    table.layout === "sequence"
      ? readSequenceTable(table, region.lines, identities)
      : readRowsTable(table, region.lines, identities, runs);
  for (const d of reading.diagnostics) if (!d.source) d.source = region.heading.source;
  return reading;
}

/**
 * Whether reading `runs` with a table template can find any of its rows: a rows-layout reading finds a row
 * exactly when a labelled run with values matches one (the match is context-free; the context only picks
 * among tied rows), so this is decided without building the reading; a sequence layout is always read.
 */
function mayFindRows(table: TableTemplate, runs: readonly LabelledRun[]): boolean {
  if (table.layout === "sequence") return true;
  for (const run of runs) {
    if (run.values.length > 0 && run.texts.length > 0 && matchRow(run.label, table, NO_CONTEXT) !== null) return true;
  }
  return false;
}

/** Whether a line holds a value token (a number, blank or na cell). */
function hasValue(line: Line): boolean {
  for (const token of line.tokens) if (token.kind === "value") return true;
  return false;
}

/**
 * Reads a region with every candidate template, or returns null when no template can find a row in it. A
 * region without a value token is dropped before its label runs are built (prose under a heading): a rows
 * layout finds a row only in a run with values, a sequence layout only among value tokens.
 */
function readCandidates(region: Region, templates: readonly Template[], year: number | null): Candidate | null {
  if (!region.lines.some(hasValue)) return null;
  const byEra = new Map<FormatEra, { reading: TableReading; score: number }>();
  // Another year's columns and rows are taken out before values are read by position.
  const skips = skipComparisons(region.lines, region.id, year);
  const read = skips.lines === region.lines ? region : { ...region, lines: skips.lines as Line[] };
  const runs = labelledRuns(read.lines);
  const tables = templates.map((t) => t.tables.find((table) => table.id === region.id));
  if (!tables.some((table) => table !== undefined && mayFindRows(table, runs))) return null;
  // Era signals are labels: they are looked for in the region's normalised labels (one per line of the
  // join, so no signal is made of the end of one label and the start of the next).
  const text = runs.map((r) => r.label).join("\n");
  // Eras that share a table template (Table 四) share its reading. The prior era's table is read first: another
  // era's table that cannot win against it is not read (cannotWin); the others are kept in template order.
  const readings = new Map<TableTemplate, TableReading>();
  const results: (EraReading | undefined)[] = [];
  let top: EraReading | undefined;
  for (const i of readOrder(templates, year)) {
    const template = templates[i]!;
    const table = tables[i];
    if (!table) continue;
    // Each era's signals are counted once: for the bound of cannotWin, then for the score.
    const signals = signalCount(template, text);
    let reading = readings.get(table);
    if (!reading) {
      if (top && cannotWin(table, signals, top)) continue;
      reading = readTable(table, read, runs, template.identities);
      reading.diagnostics.unshift(...skips.diagnostics);
      readings.set(table, reading);
    }
    const result = { reading, score: score(reading, signals) };
    results[i] = result;
    if (!top || result.score > top.score) top = result;
  }
  templates.forEach((template, i) => {
    const result = results[i];
    if (result) byEra.set(template.id, { reading: result.reading, score: result.score });
  });
  const scores = [...byEra.values()].map((v) => v.score);
  const best = Math.max(...scores);
  const winners = [...byEra.entries()].filter(([, v]) => v.score === best).map(([era]) => era);
  return { region, byEra, best, decisive: winners.length === 1 ? winners[0]! : null };
}

/** A pre-2019 statistics table header (统计指标 | 单位 | 统计数, 工作项目 | 单位 | 数量 | 备注), labels joined. */
const LEGACY_HEADER = /(统计指标|工作项目|指标名称|项目)单位(统计数|数量|数值)/;
const HEADER_WINDOW = 8;

/**
 * Whether a legacy-style header stands just above a region's heading (a legacy table's section row such as
 * 一、主动公开政府信息情况 reads as a gb heading) or inside the region.
 */
function underLegacyHeader(lines: readonly Line[], region: Region): boolean {
  const at = lines.indexOf(region.heading);
  const above = lines.slice(Math.max(0, at - HEADER_WINDOW), Math.max(0, at));
  const text = normalizeLabel([...above, ...region.lines.slice(0, HEADER_WINDOW)].map((l) => l.text).join(""));
  return LEGACY_HEADER.test(text);
}

/** Recognises Tables 二, 三, 四 in the document lines. */
export function recognizeTables(lines: readonly Line[], options: TableOptions = {}): TablesResult {
  const forced = options.era ? GB_TEMPLATES.filter((t) => t.id === options.era) : [];
  const templates = forced.length > 0 ? forced : GB_TEMPLATES;
  const chosen: Candidate[] = [];
  const repeated: Diagnostic[] = [];
  const regions = tableRegions(lines);
  for (const id of TABLE_IDS) {
    const candidates = regions
      .filter((r) => r.id === id)
      .map((r) => readCandidates(r, templates, options.year ?? null))
      .filter((c): c is Candidate => c !== null && [...c.byEra.values()].some((v) => v.reading.rowsFound.size > 0));
    let best = firstOfBest(candidates);
    let parts = best ? continuedCopies(best, candidates) : [];
    if (best && parts.length > 1) {
      // A table continued under its heading printed again: its parts read as one region.
      const joined = parts.flatMap((p) => p.region.lines);
      const heading = parts[0]!.region.heading;
      const whole = readCandidates({ id, heading, lines: joined }, templates, options.year ?? null);
      if (whole && rowsOf(whole) > rowsOf(best)) best = whole;
      else parts = [best];
    }
    if (best && !(isWeak(best) && underLegacyHeader(lines, best.region))) {
      chosen.push(best);
      for (const part of parts.slice(1)) repeated.push(continuedTable(part, parts[0]!));
      for (const other of candidates) if (!parts.includes(other)) repeated.push(repeatedTable(other, best));
    }
  }
  const decisive = chosen.map((c) => c.decisive).filter((e): e is FormatEra => e !== null);
  const counts = new Map<FormatEra, number>();
  for (const e of decisive) counts.set(e, (counts.get(e) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const tie = ranked.length > 1 && ranked[0]![1] === ranked[1]![1];
  // No table decided by its labels and no year: the era whose layout every table is printed in (no reading of it
  // met a block of another era's layout: a 2019 Table 三 with its one （六）其他处理 row), else the year's.
  const plain = ranked.length === 0 && (options.year ?? null) === null ? plainEra(chosen) : null;
  const fallback = ranked.length > 0 && !tie ? ranked[0]![0] : (plain ?? priorEra(options.year));

  const cells: Record<string, Cell> = {};
  const result: TablesResult = {
    cells,
    tables: [],
    extraRows: [],
    hybridBlocks: [],
    diagnostics: [],
    era: null,
    tableLines: new Set(),
  };
  const eras: FormatEra[] = [];
  for (const c of chosen) {
    const era = c.decisive ?? (c.byEra.has(fallback) ? fallback : [...c.byEra.keys()][0]!);
    const { reading } = c.byEra.get(era)!;
    eras.push(era);
    const { ids, tokens } = reading.cells;
    for (let i = 0; i < ids.length; i++) {
      const cell = tokenCell(tokens[i]!);
      cells[ids[i]!] = cell;
      const warning = textCellWarning(cell, ids[i]!);
      if (warning) result.diagnostics.push(warning);
    }
    append(result.extraRows, reading.extraRows);
    append(result.hybridBlocks, reading.hybridBlocks);
    append(result.diagnostics, reading.diagnostics);
    const firstRow = c.region.lines.find((l) => l.kind === "row" && l.reliable)?.index ?? -1;
    for (const l of c.region.lines) if (!isProse(l, l.index < firstRow)) result.tableLines.add(l.index);
    result.tables.push({
      id: c.region.id,
      era,
      source: c.region.heading.source,
      rows: reading.rowsFound.size,
      expectedRows: reading.expectedRows,
    });
  }
  // A missing table is reported when another was read, or when the report (2019 or later: every such layout
  // has the three tables) announces it and none of its rows could be read — never silently lost.
  const current = (options.year ?? 0) >= 2019;
  for (const id of TABLE_IDS) {
    if (chosen.some((c) => c.region.id === id)) continue;
    if (chosen.length > 0 || (current && regions.some((r) => r.id === id))) {
      // At its section's heading when that was found; the text names the table (表四) for the message.
      const heading = regions.find((r) => r.id === id)?.heading.source;
      result.diagnostics.push(
        diagnostic("table-not-found", "warning", `Table ${tableNumber(id)} (${id}) was not found`, heading, {
          text: `表${tableNumber(id)}`,
        }),
      );
    }
  }
  append(result.diagnostics, repeated);
  result.era = majority(eras);
  // A whole table decided (by its own labels) to be of another era than the report is a mixed layout too.
  chosen.forEach((c, i) => {
    const era = eras[i]!;
    if (c.decisive !== null && result.era !== null && era !== result.era) {
      result.hybridBlocks.push({ table: c.region.id, block: "table", era });
    }
  });
  return result;
}

const PROSE_LENGTH = 60;

/** Sentence punctuation, or words that announce a table (见下表, 如下): a line with them is narrative. */
const PROSE_MARK = /[。；;！？]|[：:]$|如下|下表|见表|附表/;

/**
 * A text line inside a table region that is narrative, not table content: a line with no values that
 * reads as a sentence, or (`beforeGrid`) any such line above the first reliable grid row of the region.
 */
function isProse(line: Line, beforeGrid: boolean): boolean {
  if (line.tokens.some((t) => t.kind === "value")) return false;
  // A guessed row (PDF text) of one piece of text may be a sentence the reader took for a cell.
  if (line.kind === "row") return !line.reliable && line.tokens.length === 1 && PROSE_MARK.test(line.text);
  return beforeGrid || PROSE_MARK.test(line.text) || line.text.length > PROSE_LENGTH;
}

/** The source of the first line, for diagnostics that concern the whole document. */
export function firstSource(lines: readonly Line[]): SourcePosition | undefined {
  return lines[0]?.source;
}
