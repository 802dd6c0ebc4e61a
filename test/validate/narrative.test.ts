import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnnualReport, validateReport } from "../../src/index.js";
import { normalizeReport } from "../../src/normalize/index.js";
import { chineseOrdinal, parseChineseNumber } from "../../src/recognize/chinese-numbers.js";
import type { MetricId } from "../../src/schema/normalized.js";
import { narrativeClaims, narrativeFindings } from "../../src/validate/narrative.js";
import { RULES } from "../../src/validate/rules.js";

/** Every narrative rule id. */
const NARR_RULES = RULES.filter((r) => r.scope === "narrative").map((r) => r.id);

import { SEED002_APPLICATION_TEXT, seed002 } from "./seed002.js";

const claims = (text: string) => narrativeClaims(text).map((c) => [c.pattern.rule, c.value, c.percent ?? null]);

describe("Chinese numerals", () => {
  it("reads the numerals reports write", () => {
    const cases: [string, number][] = [
      ["零", 0],
      ["三", 3],
      ["两", 2],
      ["十", 10],
      ["十二", 12],
      ["二十", 20],
      ["二十一", 21],
      ["一百零五", 105],
      ["两千三百", 2300],
      ["一万二千", 12000],
    ];
    for (const [text, n] of cases) expect(parseChineseNumber(text), text).toBe(n);
    expect(parseChineseNumber("三三")).toBeUndefined();
    expect(parseChineseNumber("件")).toBeUndefined();
    expect(chineseOrdinal("八")).toBe(8);
    expect(chineseOrdinal("12")).toBe(12);
  });

  it("round-trips 0…99 written the usual way", () => {
    const d = "零一二三四五六七八九";
    const write = (n: number) =>
      n < 10 ? d[n]! : `${n >= 20 ? d[Math.floor(n / 10)] : ""}十${n % 10 ? d[n % 10] : ""}`;
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 }), (n) => parseChineseNumber(write(n)) === n));
  });
});

describe("narrative claims (the phrase table)", () => {
  it("reads seed 002's application paragraph", () => {
    expect(claims(SEED002_APPLICATION_TEXT)).toEqual([
      ["NARR-RECEIVED", 1, null],
      ["NARR-GRANTED", 0, null],
      ["NARR-PARTIAL", 0, null],
      ["NARR-REFUSED", 0, null],
      ["NARR-UNABLE", 1, null],
      ["NARR-NOT-PROCESSED", 0, null],
      ["NARR-REVIEW", 0, null],
      ["NARR-LITIGATION", 0, null],
    ]);
  });

  it("reads PDF text with spaces and wrapped lines (corpus 023)", () => {
    expect(claims("依申请公开受理渠。2023 年全区受理政府信息公开申请 21 件，\n均在法定期限答复。")).toEqual([
      ["NARR-RECEIVED", 21, null],
    ]);
  });

  it("Chinese numerals, combined phrases, carry-over wording and percentages", () => {
    expect(claims("共收到申请十二件，予以公开三件，占25%；部分公开两件，不予公开零件")).toEqual([
      ["NARR-RECEIVED", 12, null],
      ["NARR-GRANTED", 3, 25],
      ["NARR-PARTIAL", 2, null],
      ["NARR-REFUSED", 0, null],
    ]);
    // Without 申请 in the sentence, 受理859件 / 答复805件 are not read (答复 also counts 建议提案 replies).
    expect(claims("受理859件；答复805件，含上年度结转18件，另有72件顺延到下年度")).toEqual([
      ["NARR-CARRIED-FORWARD", 72, null],
      ["NARR-CARRIED-OVER", 18, null],
    ]);
    expect(claims("受理政府信息公开申请859件，答复申请805件，含上年度结转18件，另有72件顺延到下年度")).toEqual([
      ["NARR-RECEIVED", 859, null],
      ["NARR-HANDLED", 805, null],
      ["NARR-CARRIED-FORWARD", 72, null],
      ["NARR-CARRIED-OVER", 18, null],
    ]);
    expect(claims("予以公开及部分公开258件、不予公开35件")).toEqual([
      ["NARR-GRANTED", 258, null],
      ["NARR-REFUSED", 35, null],
    ]);
  });

  it("skips clauses about other periods or changes, and quantities without context", () => {
    expect(claims("较上年增加受理申请5件")).toEqual([]);
    expect(claims("同比下降，收到申请减少3件")).toEqual([]);
    expect(claims("办理行政复议案件120件")).toEqual([]);
    expect(claims("承办区政协委员提案16件，办复率100%")).toEqual([]);
    // Corpus 024: the office acting for the government, while Table 三 counts the whole government (95).
    expect(claims("2024 年，\n区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。")).toEqual([]);
  });

  it("reads a 其中…上年结转 clause after a count of cases as part of those cases (audit R31)", () => {
    // Part of the 46 lawsuits, not Table 三's 上年结转 applications: NARR-CARRIED-OVER compared it with them.
    expect(claims("本年度发生政府信息公开行政诉讼案件46件，其中上年结转的3件已审结。")).toEqual([
      ["NARR-LITIGATION", 46, null],
    ]);
    expect(claims("政府信息公开行政复议案件2件，其中包括上一年度结转1件")).toEqual([["NARR-REVIEW", 2, null]]);
    // After a count of applications, the same clause is Table 三's 上年结转.
    expect(claims("本年度收到政府信息公开申请120件，其中上年结转5件。")).toEqual([
      ["NARR-RECEIVED", 120, null],
      ["NARR-CARRIED-OVER", 5, null],
    ]);
  });
});

describe("asides in brackets after a count (red team R16)", () => {
  it("an aside about the change does not hide the count before it; words before the count still do", () => {
    expect(claims("收到政府信息公开申请21件（同比增加3件）")).toEqual([["NARR-RECEIVED", 21, null]]);
    expect(claims("收到政府信息公开申请21件(较上年增加3件)")).toEqual([["NARR-RECEIVED", 21, null]]);
    expect(claims("去年（2022年）收到政府信息公开申请20件")).toEqual([]);
    expect(claims("同比增加（3件）收到申请21件")).toEqual([]);
  });

  it("reads a percentage in brackets after its count", () => {
    expect(claims("其中予以公开50件（占52.63%）")).toEqual([["NARR-GRANTED", 50, 52.63]]);
    expect(claims("其中予以公开50件(占52.63%)")).toEqual([["NARR-GRANTED", 50, 52.63]]);
  });
});

describe("narrative against table through normalizeReport", () => {
  it("seed 002: 不予公开0件 contradicts （三）不予公开 = 1 (4.保护第三方合法权益); 无法提供1件 and the rest agree", () => {
    const narr = validateReport(seed002()).filter((f) => f.rule.startsWith("NARR-"));
    expect(narr.map((f) => [f.rule, f.severity, f.actual, f.expected])).toEqual([["NARR-REFUSED", "warning", 0, 1]]);
    expect(narr[0]!.operands.filter((o) => o.value !== 0).map((o) => o.field)).toEqual([
      "applications.results.withheld.third_party_rights.total",
    ]);
    expect(narr[0]!.source?.line).toBe(5);
  });

  it("a wrong percentage and a received count that includes the carry-over", () => {
    const report = seed002();
    report.sections[0]!.text = "共收到申请1件，予以公开0件，占50%。";
    expect(
      validateReport(report)
        .filter((f) => f.rule === "NARR-PERCENT")
        .map((f) => [f.actual, f.expected]),
    ).toEqual([[50, 0]]);
    report.sections[0]!.text = "共收到申请2件（含上年结转1件）。";
    const c = report.cells["applications.carried_over.total"]!;
    report.cells["applications.carried_over.total"] = { ...c, value: 1, raw: "1", status: "number" };
    expect(validateReport(report).filter((f) => f.rule === "NARR-RECEIVED")).toEqual([]);
  });

  it("reads counts written in full-width digits as the ASCII ones (red team R14)", () => {
    const wide = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const report = seed002();
    const narr = (r: AnnualReport) =>
      validateReport(r)
        .filter((f) => f.rule.startsWith("NARR-"))
        .map((f) => [f.rule, f.actual, f.expected]);
    expect(narr(report)).toEqual([["NARR-REFUSED", 0, 1]]);
    for (const section of report.sections) section.text = wide(section.text);
    expect(report.sections.some((s) => s.text.includes("申请１件"))).toBe(true);
    expect(narr(report)).toEqual([["NARR-REFUSED", 0, 1]]);
    expect(narrativeClaims("不予公开０件，占５０．５％。").map((c) => [c.value, c.percent])).toEqual([[0, 50.5]]);
  });

  it("reads no prose when every narrative rule is switched off (rules / skipRules)", () => {
    const report = seed002();
    let views = 0;
    const view = (_metrics: ReadonlySet<MetricId>) => {
      views++;
      return normalizeReport(report);
    };
    expect(narrativeFindings(report, view).map((f) => f.rule)).toEqual(["NARR-REFUSED"]);
    expect(views).toBe(1);
    expect(narrativeFindings(report, view, { rules: ["T3-ROW", "T3-RES"] })).toEqual([]);
    expect(narrativeFindings(report, view, { skipRules: NARR_RULES })).toEqual([]);
    expect(narrativeFindings(report, view, { skipRules: ["NARR-*"] })).toEqual([]);
    expect(views).toBe(1);
    // One narrative rule left on is enough for the prose to be read.
    expect(narrativeFindings(report, view, { rules: ["NARR-REFUSED"] }).map((f) => f.rule)).toEqual(["NARR-REFUSED"]);
    expect(views).toBe(2);
  });
});
