/**
 * Which layout (era) a table region is read in: each era's reading scored by its rows and the era's signals,
 * the era the year prescribes read first, another era's table skipped when it cannot win, and the fallbacks
 * when no table's labels decide (the one layout every table reads plainly in, else the year's).
 */
import { perObject } from "../memo.js";
import type { FormatEra } from "../schema/common.js";
import type { TableTemplate, Template } from "../templates/types.js";
import { normalizeLabel } from "./labels.js";
import type { TableReading } from "./reading.js";
import type { Candidate } from "./table-copies.js";

/** A template's signals, normalised once per template. */
const signalsOf = perObject((template: Template): string[] => template.signals.map(normalizeLabel));

/** How many of a template's era signals a region's joined labels hold. */
export function signalCount(template: Template, text: string): number {
  let n = 0;
  for (const s of signalsOf(template)) if (text.includes(s)) n++;
  return n;
}

/** A reading's score: two per row found, three per era signal (`signals`: signalCount), less one per mismatch. */
export function score(reading: TableReading, signals: number): number {
  return reading.rowsFound.size * 2 + signals * 3 - reading.mismatches;
}

/**
 * Whether reading `table` (its era's `signals` in the region) cannot change the candidate: a reading finds at most the table's rows
 * and has no negative mismatches, so its score is at most twice its row count plus its signals'; when a reading
 * already made scores above that, the table can neither win nor tie (the candidate's reading is the winner's),
 * and when that reading is not weak, neither can it make the candidate weak (isWeak asks every era).
 */
export function cannotWin(table: TableTemplate, signals: number, top: EraReading): boolean {
  if (table.layout === "sequence" || isWeakReading(top.reading)) return false;
  return top.score > table.rows.length * 2 + signals * 3;
}

/** A reading and its score. */
export type EraReading = { reading: TableReading; score: number };

/** Share of a gb table's rows below which a reading is weak (a few labels a legacy table shares with it). */
const WEAK_SHARE = 0.5;

/** Whether a reading found fewer than WEAK_SHARE of its table's rows. */
function isWeakReading(reading: TableReading): boolean {
  return reading.expectedRows > 0 && reading.rowsFound.size / reading.expectedRows < WEAK_SHARE;
}

/** Whether every era's reading of a candidate is weak (a few labels a legacy table shares with a gb one). */
export function isWeak(candidate: Candidate): boolean {
  return [...candidate.byEra.values()].every(({ reading }) => isWeakReading(reading));
}

/** The indexes of the templates, the one the year prescribes first (the likeliest winner), the others in order. */
export function readOrder(templates: readonly Template[], year: number | null): number[] {
  const order = templates.map((_, i) => i);
  const first = templates.findIndex((t) => t.id === priorEra(year));
  if (first > 0) order.unshift(...order.splice(first, 1));
  return order;
}

/** The gb era a statistical year prescribes (2019–2020: gb2019), gb2021 for any other year or none. */
export function priorEra(year: number | null | undefined): FormatEra {
  return year !== null && year !== undefined && year >= 2019 && year <= 2020 ? "gb2019" : "gb2021";
}

/** The one era whose readings of the chosen tables met no block of another era's layout; null when not one. */
export function plainEra(chosen: readonly Candidate[]): FormatEra | null {
  const eras = new Set(chosen.flatMap((c) => [...c.byEra.keys()]));
  const plain = [...eras].filter((era) => chosen.every((c) => c.byEra.get(era)?.reading.hybridBlocks.length === 0));
  return plain.length === 1 ? plain[0]! : null;
}

/** The most frequent era (the first of the most frequent), or null for none. */
export function majority(eras: readonly FormatEra[]): FormatEra | null {
  if (eras.length === 0) return null;
  const counts = new Map<FormatEra, number>();
  for (const e of eras) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
