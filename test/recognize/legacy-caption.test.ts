import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const parse = (fixture: string) =>
  parseReport(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8")).report;

describe("the caption printed right above a pre-2019 statistics table is the table's, not a section's", () => {
  it("seed 003: 2014年昆明市卫生局政府信息公开工作统计表 leaves section 八; the signature above it is taken out too", () => {
    const report = parse("seeds/003_80aeb6f3312619ab.txt");
    expect(report.legacy.map((t) => t.title)).toEqual(["2014年昆明市卫生局政府信息公开工作统计表"]);
    // Before: section 八 ended with 昆明市卫生局 / 2014年1月31日 / the caption (the caption, printed last, hid the
    // signature from the reader of the report's close).
    const last = report.sections.at(-1)!;
    expect(last.heading).toBe("八、存在的主要问题及改进措施");
    expect(last.text.endsWith("对昆明卫生网进行整改完善。")).toBe(true);
    expect(last.text).not.toContain("统计表");
    expect(report.meta.reportDate).toBe("2014-01-31");
  });

  it("a caption reading 附表：… is no annex section of its own (定西市安定区 2010, Word text)", () => {
    const report = parse("legacy/r18/dingxi-word-lines.txt");
    expect(report.legacy.map((t) => t.title)).toEqual(["附表：政府信息公开情况统计报表"]);
    // Before: a second section, annex_tables, headed by the caption, with no text.
    expect(report.sections.map((s) => [s.id, s.text])).toEqual([["overview", "2010年，我区认真贯彻落实《条例》。"]]);
  });

  it("a caption after the last paragraph leaves it (萧县交通运输局, national model table)", () => {
    const report = parse("legacy/red-team/nat-prev-this-year.txt");
    expect(report.legacy.map((t) => t.title)).toEqual(["政府信息公开情况统计表"]);
    expect(report.sections.at(-1)?.text.endsWith("全年收到申请3件。")).toBe(true);
  });
});
