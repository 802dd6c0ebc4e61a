import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const DISTRICT = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
const LINES = DISTRICT.split("\n");
/** The 1-based line of the first line starting with `prefix`. */
const at = (prefix: string) => LINES.findIndex((l) => l.startsWith(prefix)) + 1;
const H2 = at("二、主动公开政府信息情况");
const H3 = at("三、收到和处理");
const H4 = at("四、政府信息公开行政复议");
const H5 = at("五、存在的主要问题");
const tableLines = (from: number, to: number) => LINES.slice(from, to - 1).join("\n");

/**
 * 024 rewritten as reports often are: each table heading says 详见附件N, and the tables (their rows, without
 * the heading) are printed at the end under 附件 captions (red team R17).
 */
function withAnnexTables(caption: (n: number, title: string) => string): string {
  const body = [
    ...LINES.slice(0, H2),
    "本年度主动公开政府信息情况详见附件1。",
    LINES[H3 - 1],
    "详见附件2。",
    LINES[H4 - 1],
    "详见附件3。",
    ...LINES.slice(H5 - 1),
  ];
  return [
    ...body,
    caption(1, "主动公开政府信息情况统计表"),
    tableLines(H2, H3),
    caption(2, "收到和处理政府信息公开申请情况统计表"),
    tableLines(H3, H4),
    caption(3, "政府信息公开行政复议、行政诉讼情况统计表"),
    tableLines(H4, H5),
  ].join("\n");
}

describe("tables printed under 附件 while the headings say 详见附件 (red team R17: all 186 cells were lost)", () => {
  const full = parseReport(DISTRICT).report;

  it.each([
    ["附件N on its own line", (n: number, title: string) => `附件${n}\n${title}`],
    ["附件N：title", (n: number, title: string) => `附件${n}：${title}`],
  ])("%s: every cell as in the report itself", (_, caption) => {
    const { report, diagnostics } = parseReport(withAnnexTables(caption));
    expect(Object.keys(full.cells)).toHaveLength(186);
    for (const [field, cell] of Object.entries(full.cells))
      expect(report.cells[field as keyof typeof report.cells]?.raw, field).toBe(cell!.raw);
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    expect(report.meta.formatEra).toBe("gb2021");
    expect(diagnostics.filter((d) => d.code === "table-not-found")).toEqual([]);
  });

  it("a sentence quoting a row label between the heading and the annex is no table (review RV21)", () => {
    const text = withAnnexTables((n, title) => `附件${n}\n${title}`).replace(
      LINES[H5 - 1]!,
      `${LINES[H5 - 1]}\n全年本年新收政府信息公开申请数量95件，较上年增长。`,
    );
    const { report, diagnostics } = parseReport(text);
    expect(report.cells["applications.new.total"]?.value).toBe(95);
    expect(Object.keys(report.cells)).toHaveLength(186);
    expect(diagnostics.filter((d) => d.code === "table-not-found")).toEqual([]);
  });

  it("a heading that heads no table and no annex still reports the table as not found", () => {
    const text = [...LINES.slice(0, H3), "详见附件2。", ...LINES.slice(H4 - 1)].join("\n");
    const { report, diagnostics } = parseReport(text);
    expect(report.cells["applications.new.total"]).toBeUndefined();
    expect(diagnostics.filter((d) => d.code === "table-not-found").map((d) => d.message)).toEqual([
      "Table 三 (applications) was not found",
    ]);
  });
});
