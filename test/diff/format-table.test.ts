/** The terminal table of `xxgk diff`: a huge text cell is cut instead of widening every row (red team R11). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffReports } from "../../src/diff/diff-reports.js";
import { formatDiff } from "../../src/diff/format.js";
import { clipCell, displayWidth, MAX_CELL_WIDTH, textTable } from "../../src/diff/format-table.js";
import { parseReport } from "../../src/parse.js";
import { APP_COLS, report } from "./build.js";

const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");

describe("text diff tables", () => {
  it("cuts a cell wider than MAX_CELL_WIDTH display columns, with …, and leaves others alone", () => {
    expect(clipCell("行政许可")).toBe("行政许可");
    const long = "申".repeat(100);
    const cut = clipCell(long);
    expect(displayWidth(cut)).toBeLessThanOrEqual(MAX_CELL_WIDTH);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.startsWith("申".repeat(39))).toBe(true);
  });

  it("keeps the diff of a report with a 300,000-character text cell small (it was changed fields × the cell)", () => {
    const older = parseReport(seed).report;
    const changed = seed.replace(/\| 0 \|/g, "| 1 |");
    const text = changed.replace(
      "一、本年新收政府信息公开申请数量 | 2 |",
      `一、本年新收政府信息公开申请数量 | ${"12 ".repeat(100_000).trim()} |`,
    );
    const diff = diffReports(older, parseReport(text).report);
    expect(diff.fields.some((f) => (f.new.raw?.length ?? 0) > 250_000)).toBe(true);
    const out = formatDiff(diff, { format: "text" });
    expect(out.length).toBeLessThan(200_000);
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThan(1_000);
  });

  it("cuts a long cell label in its row part and keeps its column (R12 text-diff-clipped-labels)", () => {
    // 三、（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 法人或其他组织/商业企业 is 90 columns wide.
    const row = "applications.results.partially_granted";
    const meta = (year: number) => ({ year, org: "某区人民政府", era: "gb2021" as const });
    const older = report(meta(2023), Object.fromEntries(APP_COLS.map((c) => [`${row}.${c}`, 0])));
    const newer = report(meta(2024), Object.fromEntries(APP_COLS.map((c, i) => [`${row}.${c}`, i + 1])));
    const diff = diffReports(older, newer);
    const lines = formatDiff(diff, { format: "text" })
      .split("\n")
      .filter((l) => l.startsWith("表三 （二）"));
    expect(lines).toHaveLength(7);
    const labels = lines.map((l) => l.split(/\s{2,}/)[0]!);
    // Each line names its column in full, after its row label or the row label's start and an ….
    const columns = [
      "自然人",
      ...["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((c) => `法人或其他组织/${c}`),
      "总计",
    ];
    labels.forEach((label, i) => {
      expect(label.endsWith(` / ${columns[i]}`)).toBe(true);
      expect(label.startsWith("表三 （二）部分公开（区分处理的，只计这一情形，")).toBe(true);
    });
    expect(labels[0]).toBe("表三 （二）部分公开（区分处理的，只计这一情形，不计其他情形） / 自然人"); // fits: whole
    expect(labels[1]).toMatch(/^表三 （二）部分公开（区分处理的，只计这一情形，[^ ]*… \/ 法人或其他组织\/商业企业$/);
    expect(new Set(labels).size).toBe(7);
    for (const l of labels) expect(displayWidth(l)).toBeLessThanOrEqual(MAX_CELL_WIDTH);
    // The JSON keeps the label whole.
    expect(diff.fields[1]!.label.zh).toBe(
      "三、（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 法人或其他组织/商业企业",
    );
  });

  it("lays out 200,000 rows (more than a call's arguments)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`字段${i}`, String(i)]);
    const out = textTable(["field", "value"], rows, ["left", "right"]);
    expect(out.split("\n")).toHaveLength(200_002);
  });
});
