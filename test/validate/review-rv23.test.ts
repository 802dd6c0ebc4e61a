import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, parseReports, renderReport, validateReport } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const CITY = fixture("corpus/025_2024_huaianshi.txt");
/** 025 with a sentence inserted after （二）依申请公开情况。, and its NARR findings above info. */
const narr = (sentence: string) => {
  const text = CITY.replace("（二）依申请公开情况。", `（二）依申请公开情况。${sentence}`);
  expect(text).not.toBe(CITY);
  return validateReport(parseReport(text).report)
    .filter((f) => f.rule.startsWith("NARR") && f.severity !== "info")
    .map((f) => [f.rule, f.expected, f.actual]);
};

describe("review RV23: statements of none about part of the applications or cases are not compared", () => {
  it.each([
    "本年度未收到通过信函方式提交的政府信息公开申请。",
    "全年未收到涉及国家秘密的政府信息公开申请。",
    "全年通过信函方式未收到政府信息公开申请。",
    "未发生因政府信息公开引起的行政诉讼案件败诉情况。",
    "全年未出现因信息公开申请答复引发行政复议后被纠正的情况。",
    "未发生因信息公开不当引发的行政复议、行政诉讼。",
  ])("%s", (sentence) => {
    expect(narr(sentence)).toEqual([]);
  });

  it("a plain statement of none against a table that is not 0 is still a warning", () => {
    expect(narr("全年未收到政府信息公开申请。")).toEqual([["NARR-RECEIVED", 3119, 0]]);
  });
});

describe("review RV23: an outcome after a bare 复议 or 诉讼 belongs to it", () => {
  it("复议结果维持72件，诉讼结果维持25件: no finding; 73 is flagged as a review outcome", () => {
    const both = "政府信息公开行政复议、行政诉讼案件中，复议结果维持72件，诉讼结果维持25件。";
    expect(narr(both)).toEqual([]);
    expect(narr(both.replace("72件", "73件"))).toEqual([["NARR-REVIEW", 72, 73]]);
  });
});

describe("review RV23: a page's publication date is no report's when the page holds several", () => {
  it("023 and 024 on one page dated 2025-03-01: neither report takes the date, no META-DATE-LATE", () => {
    const one = renderReport(parseReport(fixture("corpus/023_2023_hongzequ.txt")).report, "html");
    const two = renderReport(parseReport(fixture("corpus/024_2024_hongzequ.txt")).report, "html");
    const body = (html: string) => html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
    const page = `<html><head><meta name="PubDate" content="2025-03-01 10:00"><title>年报</title></head><body>${body(one)}${body(two)}</body></html>`;
    const reports = parseReports(page);
    expect(reports.map((r) => r.report.meta.year)).toEqual([2023, 2024]);
    expect(reports.map((r) => r.report.meta.publishDate)).toEqual([null, null]);
    for (const r of reports) expect(validateReport(r.report).filter((f) => f.rule === "META-DATE-LATE")).toEqual([]);
    // The page read as one report keeps its date.
    expect(parseReport(page).report.meta.publishDate).toBe("2025-03-01");
  });
});

describe("review RV23: STRUCT-UNIT", () => {
  it("0元 in the 万元 column is 0 in either unit: no warning", () => {
    const text = fixture("corpus/024_2024_hongzequ.txt").replace("行政事业性收费 7545", "行政事业性收费 0元");
    const findings = validateReport(parseReport(text).report);
    expect(findings.filter((f) => f.rule === "STRUCT-UNIT")).toEqual([]);
  });
});
