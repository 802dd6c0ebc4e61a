// Seed 003's statistics table (2014, legacy_yn) as PDF converters print it (red team R23), cut to the table and
// the lines around it (test/fixtures/legacy/r23/). Every row is checked against the hand-read rows of
// test/fixtures/expected/003-legacy.json: the value as printed, its unit and its remark.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridCell } from "../../src/document.js";
import { parseReport } from "../../src/parse.js";
import { textHeaderColumns } from "../../src/recognize/legacy-header.js";
import { columnRows } from "../../src/recognize/legacy-stream-columns.js";
import type { LegacyRow } from "../../src/schema/report.js";
import { EXPECTED } from "./seed003.js";

const read = (name: string) => readFileSync(new URL(`../fixtures/legacy/r23/${name}`, import.meta.url));
const typedRows = (name: string): Map<string, LegacyRow> => {
  const { report } = parseReport(read(name));
  return new Map(report.legacy.flatMap((t) => t.rows).flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])));
};
/** raw | unit | remark of a row, as the expected file writes them. */
const shown = (r: { raw: string; unit: string | null; remark: string | null } | undefined) =>
  r === undefined ? "absent" : `${r.raw}|${r.unit}|${r.remark ?? ""}`;

describe.each([
  // pdftotext -layout: a prose line before the table; rows with a remark keep "条 868 微博" in one cell.
  ["003-pdftotext-layout.txt"],
  // pdftotext (no -layout): 项目 and 单位 数量 备注 on separate lines, each label apart from its "unit value", and
  // sections 二 and 三 printed column by column (21 labels, 21 件, 21 values, then 10 "人(次) value" lines).
  ["003-pdftotext-default.txt"],
  // pdftohtml -i -noframes: one cell per line (label / 条 / 868 / 微博), 人(次) 1280 on one line, Kangxi radicals.
  ["003-pdftohtml.html"],
])("%s", (name) => {
  const rows = typedRows(name);

  it("types the 62 rows of the table, each with its printed value, unit and remark", () => {
    const got = EXPECTED.rows.map((e) => {
      const r = rows.get(e.id);
      return `${e.id}=${shown(r && { raw: r.cell.raw, unit: r.unit, remark: r.remark })}`;
    });
    expect(got).toEqual(EXPECTED.rows.map((e) => `${e.id}=${shown(e)}`));
    expect(rows.size).toBe(62);
  });

  it("reads the remark rows as numbers (868 微博, 68947 网站)", () => {
    const other = rows.get("legacy_yn.active.channel.other");
    expect([other?.cell.status, other?.cell.value, other?.unit, other?.remark]).toEqual(["number", 868, "条", "微博"]);
    const online = rows.get("legacy_yn.consultation.online");
    expect([online?.cell.value, online?.unit, online?.remark]).toEqual([68947, "人(次)", "网站"]);
  });
});

describe("the pieces", () => {
  it("a header line 单位 数量 备注 whose 项目 stood apart keeps the label column first", () => {
    const columns = textHeaderColumns("单位 数量 备注");
    expect(columns).toMatchObject({ label: 0, unit: 1, values: [{ col: 2, name: "数量" }], remark: 3 });
  });

  const cell = (text: string): GridCell => ({
    text,
    position: { line: 1, column: 1, offset: 0 },
    rowSpan: 1,
    colSpan: 1,
    anchor: true,
  });
  const texts = (rows: GridCell[][] | undefined) => rows?.map((r) => r.map((c) => c.text).join(" | "));

  it("pairs a label column with the unit and value columns after it, a section heading keeping no unit", () => {
    const cells = ["a数", "b数", "三、咨询情况", "c数", "件", "件", "3", "0", "人(次) 5 网站"].map(cell);
    expect(texts(columnRows(cells, 0, 4)?.rows)).toEqual([
      "a数 | 件 | 3",
      "b数 | 件 | 0",
      "三、咨询情况",
      "c数 | 人(次) 5 网站",
    ]);
  });

  it("leaves the labels alone when the units counted are not as many as the labels", () => {
    const cells = ["a数", "b数", "c数", "件", "件", "3", "0"].map(cell);
    expect(columnRows(cells, 0, 3)).toBeNull();
  });
});
