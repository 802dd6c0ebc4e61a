/**
 * STRUCT-ROW-MISSING names the missing cells in its operands (status `absent`: field id and official label,
 * no value), so a program reads which rows and columns a table lacks without parsing the message: one operand
 * per cell of each row the table lacks altogether (the rows grouped in one finding per table), and per cell
 * of the columns a row lacks.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Cell, parseReport, validateReport } from "../../src/index.js";

const base = parseReport(readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url))).report;
const COLUMNS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  "total",
] as const;

/** Corpus 024 without the cells whose ids start with one of `prefixes` (or are among `ids`). */
function without(prefixes: readonly string[], ids: readonly string[] = []): AnnualReport {
  const report = structuredClone(base);
  const cells = report.cells as Record<string, Cell>;
  for (const id of Object.keys(cells)) {
    if (prefixes.some((p) => id.startsWith(p)) || ids.includes(id)) delete cells[id];
  }
  return report;
}

const rowMissing = (report: AnnualReport) => validateReport(report).filter((f) => f.rule === "STRUCT-ROW-MISSING");

describe("STRUCT-ROW-MISSING operands", () => {
  it("the fixture lacks no row", () => {
    expect(rowMissing(base)).toEqual([]);
  });

  it("rows a table lacks altogether: every cell of each, absent, with its field id and label, in order", () => {
    const found = rowMissing(without(["applications.carried_over.", "applications.results.withheld.state_secret."]));
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding?.message.en).toBe(
      'table 三 lacks 2 rows: applications.carried_over "二、上年结转政府信息公开申请数量", applications.results.withheld.state_secret "1.属于国家秘密"',
    );
    expect(finding?.operands.map((o) => o.field)).toEqual([
      ...COLUMNS.map((c) => `applications.carried_over.${c}`),
      ...COLUMNS.map((c) => `applications.results.withheld.state_secret.${c}`),
    ]);
    expect(finding?.operands.every((o) => o.status === "absent" && o.value === null && o.source === undefined)).toBe(
      true,
    );
    expect(finding?.operands[0]?.label).toBe("三、二、上年结转政府信息公开申请数量 / 自然人");
    expect(finding?.operands[7]?.label).toMatch(/^三、.*1\.属于国家秘密 \/ 自然人$/);
  });

  it("one row lacking altogether: the same, its seven cells", () => {
    const [finding] = rowMissing(without(["applications.carried_over."]));
    expect(finding?.message.en).toBe('table 三 lacks row applications.carried_over "二、上年结转政府信息公开申请数量"');
    expect(finding?.operands.map((o) => o.field)).toEqual(COLUMNS.map((c) => `applications.carried_over.${c}`));
  });

  it("columns a row lacks: the missing cells only", () => {
    const ids = ["applications.results.granted.natural_person", "applications.results.granted.total"];
    const [finding] = rowMissing(without([], ids));
    expect(finding?.message.en).toBe("table 三 row applications.results.granted lacks columns: 自然人, 总计");
    expect(finding?.operands.map((o) => [o.field, o.status, o.value])).toEqual(ids.map((id) => [id, "absent", null]));
  });
});
