/**
 * A statistics table printed more than once with values (two reports in one file, a report quoting last
 * year's, a corrected table, an annex): which copy is read, and the warning at each other copy.
 */
import type { Diagnostic, FormatEra } from "../schema/common.js";
import type { TableId } from "../schema/report.js";
import { GB_TEMPLATES } from "../templates/index.js";
import { diagnostic, type TableReading } from "./reading.js";
import type { Region } from "./table-regions.js";

/** A table region read with the layouts of each era that can hold it. */
export interface Candidate {
  /** The region read. */
  region: Region;
  /** Its reading in each era, and the reading's score. */
  byEra: Map<FormatEra, { reading: TableReading; score: number }>;
  /** The best score over the eras. */
  best: number;
  /** The era its own labels decide, if any. */
  decisive: FormatEra | null;
}

/** A copy reading at least this share of the best one's rows is as good a reading of the table. */
const NEAR_BEST = 0.9;

/**
 * The candidate read for a table: the first in the document among those reading nearly as many rows as the
 * best-scoring one. Two reports in one file (or a report quoting last year's) then give the first report's
 * tables, not a mix of the two decided by a row or two lost at a page break; a copy cut short (half its
 * rows) still yields to a complete one.
 */
export function firstOfBest(candidates: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (top === undefined || c.best > top.best) top = c;
  if (top === undefined) return undefined;
  const rows = rowsOf(top) * NEAR_BEST;
  let first = top;
  for (const c of candidates) if (c.region.heading.index < first.region.heading.index && rowsOf(c) >= rows) first = c;
  return first;
}

/**
 * The copies that make one table with `best`: a table continued under its heading printed again (a page break
 * that reprints the heading without 续). They are the run of candidates around `best` in document order in
 * which no two copies read the same row; `best` alone when its neighbours share a row with the run.
 */
export function continuedCopies(best: Candidate, candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.region.heading.index - b.region.heading.index);
  const rows = new Set(readingOf(best).rowsFound);
  /** Adds a candidate's rows to the run's when it shares none of them. */
  const joins = (c: Candidate | undefined): boolean => {
    if (c === undefined) return false;
    const own = readingOf(c).rowsFound;
    for (const row of own) if (rows.has(row)) return false;
    for (const row of own) rows.add(row);
    return true;
  };
  let from = ordered.indexOf(best);
  let to = from;
  while (joins(ordered[from - 1])) from--;
  while (joins(ordered[to + 1])) to++;
  return ordered.slice(from, to + 1);
}

/** The `table-continued` info at the heading printed again over a table's continuation. */
export function continuedTable(part: Candidate, first: Candidate): Diagnostic {
  const id = first.region.id;
  return diagnostic(
    "table-continued",
    "info",
    `Table ${tableNumber(id)} (${id}) continues here under its heading printed again (${readingOf(part).rowsFound.size} rows): read as one table with the part at line ${first.region.heading.source.line}`,
    part.region.heading.source,
  );
}

/** A candidate's reading: its decisive era's, else (eras tied) the one with the most rows. */
function readingOf(c: Candidate): TableReading {
  const decisive = c.decisive === null ? undefined : c.byEra.get(c.decisive);
  if (decisive) return decisive.reading;
  let most: TableReading | undefined;
  for (const { reading } of c.byEra.values()) if (!most || reading.rowsFound.size > most.rowsFound.size) most = reading;
  return most as TableReading;
}

/** The rows a candidate read in its best era. */
export const rowsOf = (c: Candidate): number => readingOf(c).rowsFound.size;

/**
 * The warning that a table is printed more than once with values (two reports in one file, a corrected table,
 * an annex): at the copy not read, naming the one read.
 */
export function repeatedTable(other: Candidate, best: Candidate): Diagnostic {
  const id = best.region.id;
  const at = best.region.heading.source.line;
  const read = readingOf(best).rowsFound;
  const here = readingOf(other).rowsFound;
  const shared = [...here].some((row) => read.has(row));
  const table = `Table ${tableNumber(id)} (${id})`;
  return diagnostic(
    "table-repeated",
    "warning",
    shared
      ? `${table} is also printed here with values (${here.size} rows read), and not read: the values are read from the one at line ${at} (${read.size} rows). The file may hold more than one report, or a corrected table`
      : `${table} is printed here again with other rows than the one read at line ${at} (${here.size} rows here, not read): a table continued under its heading repeated (without 续) loses these rows`,
    other.region.heading.source,
  );
}

/** A table's number as the layout prints it (二, 三, 四). */
export function tableNumber(id: TableId): string {
  return GB_TEMPLATES[0]!.tables.find((t) => t.id === id)?.number ?? id;
}
