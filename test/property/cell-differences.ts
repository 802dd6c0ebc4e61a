/** Test helper: what differs between two reports' cells, era and hybrid blocks (for round-trip properties). */
import type { AnnualReport } from "../../src/schema/report.js";

const squash = (raw: string) => raw.replace(/\s+/g, "");

/** Differences between the cells, era and hybrid blocks of two reports, as readable lines (empty when equal). */
export function cellDifferences(expected: AnnualReport, got: AnnualReport): string[] {
  const out: string[] = [];
  if (got.meta.formatEra !== expected.meta.formatEra)
    out.push(`era ${expected.meta.formatEra} → ${got.meta.formatEra}`);
  const blocks = (r: AnnualReport) => JSON.stringify(r.meta.hybridBlocks.map((b) => [b.table, b.block, b.era]).sort());
  if (blocks(got) !== blocks(expected)) out.push(`hybridBlocks ${blocks(expected)} → ${blocks(got)}`);
  const ids = new Set([...Object.keys(expected.cells), ...Object.keys(got.cells)]);
  for (const id of ids) {
    const a = expected.cells[id as keyof AnnualReport["cells"]];
    const b = got.cells[id as keyof AnnualReport["cells"]];
    if (!a || !b) {
      out.push(`${id}: ${a ? JSON.stringify(a.raw) : "absent"} → ${b ? JSON.stringify(b.raw) : "absent"}`);
    } else if (a.value !== b.value || a.status !== b.status || squash(a.raw) !== squash(b.raw)) {
      out.push(`${id}: ${JSON.stringify([a.raw, a.status, a.value])} → ${JSON.stringify([b.raw, b.status, b.value])}`);
    }
  }
  return out;
}

/**
 * Differences in what the renderer writes besides cells: orgName, year, the section ids in order, and the
 * text of the sections that hold no statistics table (text before a table is not compared: the parser
 * reads a table section's region as the table). A fullwidth ｜ equals |: the pipe shape writes prose pipes
 * as ｜ so that a prose line is not read as a table row.
 */
export function textDifferences(expected: AnnualReport, got: AnnualReport): string[] {
  const out: string[] = [];
  if (got.meta.orgName !== expected.meta.orgName) out.push(`orgName ${expected.meta.orgName} → ${got.meta.orgName}`);
  if (got.meta.year !== expected.meta.year) out.push(`year ${expected.meta.year} → ${got.meta.year}`);
  const tableSections = new Set(["active_disclosure", "applications", "review_litigation"]);
  const outline = (r: AnnualReport) =>
    r.sections.map((s) =>
      s.id && tableSections.has(s.id) ? `${s.id}` : `${s.id}:${squash(s.text).replace(/｜/g, "|")}`,
    );
  const a = outline(expected);
  const b = outline(got);
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`sections ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  return out;
}
