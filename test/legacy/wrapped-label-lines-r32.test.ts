/**
 * A pre-2019 table whose label cells hold two paragraphs, as word-extractor writes a .doc's table as text (red
 * team R32): the first paragraph on a line of its own, the second opening the row's tab cells
 * (`2.电子邮` / `件形式申请数 | 件 | 0`). The line is the label's head, and a row of one line between such lines
 * continues the open table: 43 of seed 003's 62 rows were lost (the table broke into pieces of no family, with
 * `legacy-family-unknown`); now 2 (a head ending in digits, 其中:1.96 / 128电话查询数, is no head).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";

const typed = (report: AnnualReport) =>
  new Map(report.legacy.flatMap((t) => t.rows).flatMap((r) => (r.id === null ? [] : [[r.id, r.cell.raw] as const])));
const seed = typed(parseReport(readFileSync("test/fixtures/seeds/003_80aeb6f3312619ab.txt")).report);
const read = (file: string) => parseReport(readFileSync(`test/fixtures/messy/r32/${file}`));

describe("legacy labels wrapped onto a line of their own (word-extractor, red team R32)", () => {
  it("reads seed 003 through word-extractor with every label wrapped: 60 of 62 rows, each value as printed", () => {
    const { report, diagnostics } = read("s003-wrapped-cells-word-extractor-doc.txt");
    const rows = typed(report);
    expect(seed.size).toBe(62);
    expect([...seed.keys()].filter((id) => !rows.has(id))).toEqual([
      "legacy_yn.consultation.phone",
      "legacy_yn.consultation.handled_phone",
    ]);
    for (const [id, raw] of rows) expect(raw, id).toBe(seed.get(id));
    expect(report.legacy).toHaveLength(1);
    expect(report.legacy[0]!.rows.find((r) => r.id === "legacy_yn.active.channel.website")?.label).toBe(
      "1.政府(部门)网站公开(不含政府信息公开网站)",
    );
    expect(diagnostics.filter((d) => d.code === "legacy-family-unknown")).toEqual([]);
  });

  it("joins a label's two paragraphs in one-cell-per-line text before reading its rows (officeparser, mammoth)", () => {
    // `全年已办理答复` / `的依申请公开数` / `件` / `2`: two labels in a row were read as labels printed column by column, and
    // the head was lost (10 of 62 rows; now the 2 whose head ends in digits).
    const { report } = read("s003-wrapped-cells-officeparser.txt");
    const rows = typed(report);
    expect([...seed.keys()].filter((id) => !rows.has(id))).toEqual([
      "legacy_yn.consultation.phone",
      "legacy_yn.consultation.handled_phone",
    ]);
    for (const [id, raw] of rows) expect(raw, id).toBe(seed.get(id));
    expect(typed(read("legacy-one-wrapped-cell-md.txt").report).get("legacy_yn.replies.total")).toBe("2");
  });

  it("reads one label wrapped so in tab text (1.政府(部门)网站公开 / (不含政府信息公开网站) | 条 | 502)", () => {
    const rows = typed(read("legacy-wrapped-label-tab.txt").report);
    expect(rows.get("legacy_yn.active.channel.website")).toBe("502");
    expect(rows.size).toBe(62);
  });
});
