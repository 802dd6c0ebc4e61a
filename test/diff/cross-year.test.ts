import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { copiedText, paragraphKey, paragraphsOf } from "../../src/diff/copy-checks.js";
import { CROSS_RULES } from "../../src/diff/cross-year-rules.js";
import { orgKey, sameBody } from "../../src/diff/report-identity.js";
import { parseReport } from "../../src/parse.js";
import { CROSS_YEAR_RULES, crossYearFindings } from "../../src/validate/cross-year.js";
import { cell, hongze2023, hongze2024, report, section } from "./build.js";

const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule);

describe("cross-year rules as data", () => {
  it("expands the patterns over the templates", () => {
    const count = (id: string) => CROSS_RULES.find((r) => r.id === id)?.equations.length;
    expect(count("T3-CARRY-X")).toBe(7); // seven applicant columns
    expect(count("T2-INFORCE-X")).toBe(2); // 规章, 行政规范性文件
    expect(count("T2-ITEMS-X")).toBe(5); // 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费
    expect(count("T4-AFTER-S")).toBe(1);
    const carry = CROSS_RULES.find((r) => r.id === "T3-CARRY-X")!.equations[0]!;
    expect(carry.lhs).toEqual({ report: 1, field: "applications.carried_over.natural_person", sign: 1 });
    expect(carry.rhs).toEqual([{ report: 0, field: "applications.carried_forward.natural_person", sign: 1 }]);
    const inforce = CROSS_RULES.find((r) => r.id === "T2-INFORCE-X")!.equations[1]!;
    expect(inforce.rhs.map((t) => `${t.report}${t.sign > 0 ? "+" : "-"}${t.field}`)).toEqual([
      "0+active_disclosure.normative_documents.in_force",
      "1+active_disclosure.normative_documents.issued",
      "1-active_disclosure.normative_documents.repealed",
    ]);
  });

  it("lists every rule id it can emit", () => {
    expect(CROSS_YEAR_RULES.map((r) => r.id)).toEqual([
      "X-BODY",
      "X-YEARS",
      "T3-CARRY-X",
      "T2-INFORCE-X",
      "T2-ITEMS-X",
      "T4-AFTER-S",
      "S-CUM-X",
      "L-PREV-X",
      "X-COPY-TABLE",
      "X-COPY-TEXT",
    ]);
  });
});

describe("Hongze 2023 → 2024 (corpus 023/024, values read by hand)", () => {
  it("T3-CARRY-X and T2-INFORCE-X hold; T4-AFTER-S fails (info) because 2023 printed its review total as 0 (D3)", () => {
    const findings = crossYearFindings(hongze2023(), hongze2024());
    // T3-CARRY-X: 2023 结转下年度继续办理 all 0, 2024 上年结转 all 0 → holds.
    // T2-INFORCE-X: 规章 0 = 0 + 0 − 0; 行政规范性文件 8 = 5 + 3 − 0 → holds.
    // T4-AFTER-S: 2024 复议后起诉总计 3 > 2024 行政复议总计 2 + 2023 行政复议总计 0 (printed 0 though 10 + 1) → fails.
    expect(rules(findings)).toEqual(["T4-AFTER-S"]);
    const f = findings[0]!;
    expect(f.severity).toBe("info"); // 2023's total fails its own T4-REV (test/diff/cross-year-doubt.test.ts)
    expect([f.actual, f.expected, f.delta]).toEqual([3, 2, 1]);
    expect(f.operands.map((o) => [o.report, o.field, o.value])).toEqual([
      [1, "review_litigation.litigation_after_review.total", 3],
      [1, "review_litigation.review.total", 2],
      [0, "review_litigation.review.total", 0],
    ]);
    expect(f.message.zh).toContain("表四 行政诉讼 / 复议后起诉 / 总计（2024年）：3 > 2024年 表四 行政复议 / 总计 2");
    expect(f.message.zh).toContain("2023年 表四 行政复议 / 总计 0");
  });

  it("finds a carried-over count that does not match last year's carried-forward", () => {
    const newer = hongze2024();
    newer.cells["applications.carried_over.natural_person"] = cell(2);
    const findings = crossYearFindings(hongze2023(), newer, { rules: ["T3-CARRY-X"] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "T3-CARRY-X", severity: "warning", expected: 0, actual: 2, delta: 2 });
    // The table number stands apart from the row's own number (表三 二、, not 三、二、), a one-term side has no
    // "= 0" after it, and the English message names the cells in English, not by field id (red team R20).
    expect(findings[0]!.message.zh).toBe(
      "表三 二、上年结转政府信息公开申请数量 / 自然人（2024年）：2 ≠ 2023年 表三 四、结转下年度继续办理 / 自然人 0。机构改革（合并、拆分）后可能合理不等",
    );
    expect(findings[0]!.message.en).toMatch(
      /^Table 3 \/ 2\. Carried over from last year \/ Natural persons \(2024\): 2 ≠ 2023 Table 3 \/ 4\. Carried forward to next year \/ Natural persons 0\. Note: /,
    );
    expect(findings[0]!.message.en).toContain("institutional reform");
  });

  it("T2-INFORCE-X says that expiry or a clean-up may explain a break", () => {
    const newer = hongze2024();
    newer.cells["active_disclosure.normative_documents.in_force"] = cell(7);
    const [f] = crossYearFindings(hongze2023(), newer, { rules: ["T2-INFORCE-X"] });
    expect(f).toMatchObject({ rule: "T2-INFORCE-X", expected: 8, actual: 7, delta: -1 });
    expect(f!.message.zh).toContain("清理");
    expect(f!.message.en).toContain("清理");
  });

  it("does not change the reports", () => {
    const a = hongze2023();
    const b = hongze2024();
    const before = JSON.stringify([a, b]);
    crossYearFindings(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

describe("T2-ITEMS-X (2019 format, 2019 → 2020)", () => {
  const meta = (year: number) => ({ year, org: "某市生态环境局", era: "gb2019" as const });
  it("checks prev_year_items(2020) = prev_year_items(2019) + items_change(2019)", () => {
    const older = report(meta(2019), {
      "active_disclosure.licensing.prev_year_items": 100,
      "active_disclosure.licensing.items_change": "-8",
      "active_disclosure.other_services.prev_year_items": 10,
      "active_disclosure.other_services.items_change": "+4",
    });
    const newer = report(meta(2020), {
      "active_disclosure.licensing.prev_year_items": 92,
      "active_disclosure.other_services.prev_year_items": 15,
    });
    const findings = crossYearFindings(older, newer);
    expect(rules(findings)).toEqual(["T2-ITEMS-X"]);
    expect(findings[0]).toMatchObject({ expected: 14, actual: 15, delta: 1 });
    expect(findings[0]!.operands.map((o) => o.field)).toEqual([
      "active_disclosure.other_services.prev_year_items",
      "active_disclosure.other_services.prev_year_items",
      "active_disclosure.other_services.items_change",
    ]);
  });
});

describe("blank cells", () => {
  const older = report(
    { year: 2020, org: "甲县人民政府", era: "gb2019" },
    { "applications.carried_forward.total": "" },
  );
  const newer = report({ year: 2021, org: "甲县人民政府", era: "gb2021" }, { "applications.carried_over.total": 3 });
  it("strict: one info finding saying what cannot be verified", () => {
    const findings = crossYearFindings(older, newer);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "T3-CARRY-X", severity: "info", expected: null });
    expect(findings[0]!.operands).toMatchObject([
      { report: 0, status: "blank", field: "applications.carried_forward.total" },
    ]);
  });
  it("lenient: the blank is taken as 0 and marked", () => {
    const [f] = crossYearFindings(older, newer, { blankAsZero: true });
    expect(f).toMatchObject({ rule: "T3-CARRY-X", severity: "warning", expected: 0, actual: 3 });
    expect(f!.operands[1]).toMatchObject({ assumedZero: true, value: 0, status: "blank" });
    expect(f!.message.zh).toContain("空白按 0 计");
  });
});

describe("X-BODY and X-YEARS", () => {
  it("takes 淮安市洪泽区人民政府 and 洪泽区人民政府 as one body, 淮安市人民政府 as another", () => {
    expect(sameBody("淮安市洪泽区人民政府", "洪泽区人民政府")).toBe(true);
    expect(sameBody("洪泽区人民政府", "江苏省淮安市洪泽区人民政府")).toBe(true);
    expect(sameBody("淮安市人民政府", "淮安市洪泽区人民政府")).toBe(false);
    expect(sameBody("洪泽区人民政府办公室", "洪泽区人民政府")).toBe(false);
    expect(sameBody("淮安市洪泽区人民政府", "淮安市洪泽区人民政府")).toBe(true);
  });

  it("falls back to the title for the body name", () => {
    const r = report({ year: 2023, org: null, era: "gb2021" }, {});
    r.meta.title = "洪泽区人民政府 2023 年政府信息公开工作年度报告";
    expect(orgKey(r)).toBe("洪泽区人民政府");
  });

  it("warns for different bodies and skips the arithmetic rules", () => {
    const city = hongze2024();
    city.meta.orgName = "淮安市人民政府"; // corpus 025 is the city's 2024 report
    city.meta.year = 2024;
    const older = hongze2023();
    const findings = crossYearFindings(older, city);
    expect(rules(findings)).toEqual(["X-BODY"]);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message.zh).toContain("淮安市人民政府");
    expect(rules(crossYearFindings(older, city, { force: true }))).toEqual(["X-BODY", "T4-AFTER-S"]);
  });

  it("errors when the newer year is not after the older, informs about gaps", () => {
    const back = crossYearFindings(hongze2024(), hongze2023());
    expect(back.find((f) => f.rule === "X-YEARS")).toMatchObject({ severity: "error", actual: 2023, expected: 2025 });
    const old = hongze2023();
    old.meta.year = 2021;
    const gap = crossYearFindings(old, hongze2024());
    expect(rules(gap)).toEqual(["X-YEARS"]);
    expect(gap[0]).toMatchObject({ severity: "info", delta: 2 });
    expect(gap[0]!.message.zh).toContain("相隔 3 年");
  });
});

describe("X-COPY-TABLE and X-COPY-TEXT", () => {
  it("warns for each table repeated wholesale, not for all-zero tables", () => {
    const older = hongze2023();
    const copy = hongze2023();
    copy.meta.year = 2024;
    const findings = crossYearFindings(older, copy, { rules: ["X-COPY-TABLE"] });
    expect(findings.map((f) => f.message.en.slice(0, 7))).toEqual(["Table 二", "Table 三", "Table 四"]);
    expect(findings[0]!.message.zh).toContain("10 个单元格，其中 6 个非零"); // 5, 5, 550, 4119, 195, 7730.28
    expect(findings[2]!.message.zh).toContain("15 个单元格，其中 3 个非零"); // 10, 1, 5
    const zeros = report({ year: 2023, org: "乙", era: "gb2021" }, { "review_litigation.review.upheld": 0 });
    for (const id of ["corrected", "other", "pending", "total"])
      zeros.cells[`review_litigation.review.${id}` as "review_litigation.review.total"] = cell(0);
    const zeros2 = structuredClone(zeros);
    zeros2.meta.year = 2024;
    expect(crossYearFindings(zeros, zeros2, { rules: ["X-COPY-TABLE"] })).toEqual([]);
  });

  it("warns when a pre-2019 statistics table is repeated wholesale (seed 003 re-dated), not when one row differs", () => {
    const text = readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8");
    const older = parseReport(text).report;
    const copy = structuredClone(older);
    copy.meta.year = (older.meta.year ?? 2014) + 1;
    const findings = crossYearFindings(older, copy, { rules: ["X-COPY-TABLE"] });
    expect(findings.map((f) => f.rule)).toEqual(["X-COPY-TABLE"]);
    const typed = older.legacy.flatMap((t) => t.rows).filter((r) => r.id !== null);
    const nonZero = new Set(typed.filter((r) => (r.cell.value ?? 0) !== 0).map((r) => r.id)).size;
    expect(findings[0]!.message.zh).toContain(`其中 ${nonZero} 项非零`);
    expect(nonZero).toBeGreaterThan(10);
    expect(findings[0]!.operands.filter((o) => o.report === 1)).toHaveLength(nonZero);
    // One value changed: no longer a copy.
    const changed = structuredClone(copy);
    const row = changed.legacy[0]!.rows.find((r) => r.id !== null && r.cell.status === "number")!;
    row.cell.value = (row.cell.value ?? 0) + 1;
    expect(crossYearFindings(older, changed, { rules: ["X-COPY-TABLE"] })).toEqual([]);
  });

  it("Hongze: the fee paragraph of 六 is repeated with only the year changed", () => {
    // Both reports: "20xx 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。"
    const text = (y: number) =>
      `${y} 年，区政府严格落实《政府信息公开信息处理费管理办\n法》，全年收取政府信息公开信息处理费 0 元。`;
    const a = hongze2023();
    a.sections = [
      section("六", "其他需要报告的事项", text(2023)),
      section("一", "总体情况", "（一）主动公开情况。短句。"),
    ];
    const b = hongze2024();
    b.sections = [
      section("一", "总体情况", "（一）主动公开情况。另一句。"),
      section("六", "其他需要报告的事项", text(2024)),
    ];
    const findings = copiedText(a, b);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "X-COPY-TEXT", severity: "info", actual: 1 });
    expect(findings[0]!.operands).toMatchObject([{ label: "六、其他需要报告的事项", value: 1, report: 1 }]);
    expect(findings[0]!.message.zh).toContain("1/1 段");
  });

  it("re-joins PDF-wrapped lines into paragraphs and masks the report years", () => {
    expect(paragraphsOf("2023 年，\n洪泽区人民政府坚持\n健康发展 。\n（一）主动公开情况。")).toEqual([
      "2023 年，洪泽区人民政府坚持健康发展 。",
      "（一）主动公开情况。",
    ]);
    expect(paragraphKey("2024 年，2025 年将、2010 年", 2024)).toBe("〈Y〉年,〈Y+1〉年将、2010年"); // NFKC: ， → ,
  });

  it("warns when most of the narrative is repeated", () => {
    const para = (y: number, n: number) =>
      `${y} 年，本机关第${n}项工作继续按照上级部署推进政务公开标准化规范化建设，完善工作机制，强化监督检查并加强培训。`;
    const texts = (y: number) => [1, 2, 3].map((n) => para(y, n)).join("\n");
    const a = hongze2023();
    a.sections = [section("五", "存在的主要问题及改进情况", texts(2023))];
    const b = hongze2024();
    b.sections = [section("五", "存在的主要问题及改进情况", `${texts(2024)}\n${para(2024, 9)}`)];
    const [f] = copiedText(a, b);
    expect(f).toMatchObject({ rule: "X-COPY-TEXT", severity: "warning", actual: 3 });
    expect(f!.message.zh).toContain("3/4 段");
    expect(f!.message.zh).toContain("五、存在的主要问题及改进情况 3 段");
    expect(copiedText(a, b, { minParagraphLength: 200 })).toEqual([]);
  });
});

describe("crossYearFindings' rules and skipRules (review RV32: exact, case-sensitive match; typos ignored)", () => {
  const city = () => {
    const r = hongze2024();
    r.meta.orgName = "淮安市人民政府";
    return r;
  };

  it("reads ids in any case and X-* prefixes, as validateReport does", () => {
    expect(rules(crossYearFindings(hongze2023(), city(), { rules: ["x-body"] }))).toEqual(["X-BODY"]);
    expect(rules(crossYearFindings(hongze2023(), city(), { skipRules: ["x-*"] }))).not.toContain("X-BODY");
    expect(rules(crossYearFindings(hongze2023(), city()))).toContain("X-BODY");
  });

  it("throws a RangeError for an item that names no rule, or a blank one", () => {
    expect(() => crossYearFindings(hongze2023(), hongze2024(), { rules: ["X-TYPO"] })).toThrow(RangeError);
    expect(() => crossYearFindings(hongze2023(), hongze2024(), { skipRules: [""] })).toThrow('skipRules: "" names');
    // another validator's id is a rule: validateReport passes its lists on; it runs none of these
    expect(crossYearFindings(hongze2023(), hongze2024(), { rules: ["T3-ROW"] })).toEqual([]);
  });
});
