import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport, SHAPES, validateReport } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const KUNMING_2014 = fixture("seeds/003_80aeb6f3312619ab.txt");
const DISTRICT = fixture("corpus/024_2024_hongzequ.txt");

/** The line of each META finding of a text: [rule, line]. */
const metaAt = (text: string) =>
  validateReport(parseReport(text).report)
    .filter((f) => f.rule.startsWith("META-"))
    .map((f) => [f.rule, f.source?.line]);

describe("the metadata's places (meta.sources) and the META findings at them", () => {
  it("seed 003: title on line 9, stamp 发布时间:2015-02-04 on line 2, report date 2014年1月31日 on line 39", () => {
    const { meta } = parseReport(KUNMING_2014).report;
    expect([meta.sources?.title?.line, meta.sources?.publishDate?.line, meta.sources?.reportDate?.line]).toEqual([
      9, 2, 39,
    ]);
    // The report date falls inside its year: META-DATE stands at that line (it had no position).
    expect(metaAt(KUNMING_2014)).toEqual([["META-DATE", 39]]);
  });

  it("024: a title wrapped under its body's name starts at the name (line 2); no date, no place", () => {
    const { meta } = parseReport(DISTRICT).report;
    expect(meta.sources).toEqual({ title: { line: 2, column: 1, offset: 6 } });
  });

  it("a title year copied from last year: META-TITLE-YEAR at the title, in every shape", () => {
    const stale = DISTRICT.replace("2024 年政府信息公开工作年度报告", "2023 年政府信息公开工作年度报告");
    // The period and the text agree on 2024: the title alone is blamed, not the period (F16). No date at all:
    // an info at the last section's heading (六、其他需要报告的事项, line 169).
    expect(metaAt(stale)).toEqual([
      ["META-TITLE-YEAR", 2],
      ["META-DATE-MISSING", 169],
    ]);
    const report = parseReport(stale).report;
    for (const shape of SHAPES) {
      const text = renderReport(report, shape);
      const found = validateReport(parseReport(text).report).find((f) => f.rule === "META-TITLE-YEAR");
      const line = text.split("\n")[(found?.source?.line ?? 0) - 1] ?? "";
      expect(line, shape).toContain("2023");
      expect(line, shape).toContain("政府信息公开工作年度报告");
    }
  });

  it("a report date before the year's end, in every shape: META-DATE at the rendered date line", () => {
    // 024 ends with a form feed after its last line break: the body's name is on line 172, the date on 173.
    const signed = `${DISTRICT}淮安市洪泽区人民政府\n2024年12月20日\n`;
    expect(metaAt(signed)).toEqual([["META-DATE", 173]]);
    const report = parseReport(signed).report;
    for (const shape of SHAPES) {
      const text = renderReport(report, shape);
      const found = validateReport(parseReport(text).report).find((f) => f.rule === "META-DATE");
      expect(text.split("\n")[(found?.source?.line ?? 0) - 1], shape).toContain("2024年12月20日");
    }
  });

  it("a title read from an HTML page's head stands nowhere in the text: no title place", () => {
    const html =
      "<html><head><title>某局2024年政府信息公开工作年度报告_某市人民政府</title></head><body><p>一、总体情况</p><p>正文。</p></body></html>";
    const { meta } = parseReport(html).report;
    expect(meta.title).toBe("某局2024年政府信息公开工作年度报告");
    expect(meta.sources?.title).toBeUndefined();
  });
});
