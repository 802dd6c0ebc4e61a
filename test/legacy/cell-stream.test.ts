// A pre-2019 statistics table printed one cell per line with nothing marking its rows (red team R8's
// nat-cells-plain: PDF text read without layout). Values and lines read off the fixture by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport, LegacyRow } from "../../src/schema/report.js";

const read = (name: string) => readFileSync(new URL(`../fixtures/legacy/red-team/${name}`, import.meta.url), "utf8");
const rows = (report: AnnualReport): LegacyRow[] => report.legacy.flatMap((t) => t.rows);
const byId = (report: AnnualReport): Map<string, LegacyRow> =>
  new Map(rows(report).flatMap((r) => (r.id === null ? [] : [[r.id.replace("legacy_national.", ""), r] as const])));
const values = (report: AnnualReport): [string, number | null, string][] =>
  [...byId(report)].map(([id, r]) => [id, r.cell.value, r.cell.status]);

describe("a legacy table printed one cell per line (label, unit and value each on a line of its own)", () => {
  const plain = parseReport(read("nat-cells-plain.txt"));
  const ids = byId(plain.report);

  it("reads the national family with every row typed", () => {
    expect(plain.report.meta.formatEra).toBe("legacy_national");
    expect(plain.report.legacy).toHaveLength(1);
    expect(plain.report.legacy[0]?.title).toBe("政府信息公开情况统计表");
    expect(rows(plain.report)).toHaveLength(58);
    expect(rows(plain.report).every((r) => r.id !== null)).toBe(true);
    expect(plain.diagnostics.map((d) => d.code)).toEqual(["legacy-family"]);
  });

  it("reads each value with its unit and section, at the value's own line", () => {
    const total = ids.get("active.total");
    expect(total?.label).toBe("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）");
    expect([total?.unit, total?.cell.value, total?.cell.status]).toEqual(["条", 1520, "number"]);
    expect(total?.section).toBe("一、主动公开情况");
    // Line 29 holds the label, line 30 the unit 条, line 31 the value 1520; no grid stands behind them.
    expect(total?.source).toEqual({ line: 29, column: 1, offset: 595 });
    expect(total?.cell.source).toEqual({ line: 31, column: 1, offset: 628 });
    expect([ids.get("applications.received")?.cell.value, ids.get("applications.received")?.cell.source.line]).toEqual([
      12, 91,
    ]);
    expect(ids.get("review.total")?.cell.value).toBe(1);
    expect(ids.get("litigation.total")?.cell.value).toBe(2);
    expect(ids.get("complaints.total")?.cell.value).toBe(3);
    expect([ids.get("fees.collected_10k_yuan")?.unit, ids.get("fees.collected_10k_yuan")?.cell.value]).toEqual([
      "万元",
      0.05,
    ]);
  });

  it("keeps a dash a dash and a missing value blank, never 0", () => {
    // 5.其他方式公开政府信息数 / 条 / —
    expect([ids.get("active.channel.other")?.cell.value, ids.get("active.channel.other")?.cell.status]).toEqual([
      null,
      "na",
    ]);
    // 5.其他方式回应事件数 / 次, then the next section: the value line is missing.
    expect([ids.get("response.other")?.cell.value, ids.get("response.other")?.cell.status]).toEqual([null, "blank"]);
  });

  it("gives the same values as the same table with its rows marked (nat-cells: tab-indented, blank-line rows)", () => {
    const marked = parseReport(read("nat-cells.txt")).report;
    expect(values(plain.report)).toEqual(values(marked));
  });
});

describe("reading rows back from one-cell lines", () => {
  const table = (lines: readonly string[], after = "") =>
    parseReport(`某局2016年政府信息公开工作年度报告\n政府信息公开情况统计表\n${lines.join("\n")}\n${after}`).report;

  it("joins the head of a wrapped label to the line after it", () => {
    const report = table([
      "统计指标",
      "单位",
      "统计数",
      "（一）主动公开政府信息数（不同渠道和方式公",
      "开相同信息计1条）",
      "条",
      "236",
      "（一）收到申请数",
      "件",
      "9",
      "四、行政复议数量",
      "件",
      "0",
    ]);
    const ids = byId(report);
    expect(ids.get("active.total")?.label).toBe("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）");
    expect(ids.get("active.total")?.cell.value).toBe(236);
    expect(ids.get("applications.received")?.cell.value).toBe(9);
    expect(ids.get("review.total")?.cell.value).toBe(0);
  });

  it("stops at prose after the table", () => {
    const prose =
      "以上为本机关2016年度政府信息公开工作的全部统计数据，如有疑问请与本机关政府信息公开工作机构联系，联系电话见本机关门户网站。";
    const report = table(
      [
        "统计指标",
        "单位",
        "统计数",
        "（一）收到申请数",
        "件",
        "9",
        "四、行政复议数量",
        "件",
        "0",
        "六、举报投诉数量",
        "件",
        "1",
      ],
      `${prose}\n五、行政诉讼数量\n件\n4\n`,
    );
    const ids = byId(report);
    expect(ids.get("complaints.total")?.cell.value).toBe(1);
    expect(ids.has("litigation.total")).toBe(false);
  });

  it("leaves one-cell lines alone when fewer than two rows have a unit and a value apart from their label", () => {
    const report = table(["统计指标", "单位", "统计数", "（一）收到申请数", "件", "9"]);
    expect(rows(report)).toHaveLength(0);
  });
});
