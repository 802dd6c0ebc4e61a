/**
 * Red team R20/R21 on the prose checks, on real sentences: corpus 025 (淮安市 2024: received 3119, handled
 * 3050, granted 1362; Table 四 行政复议 维持72 纠正64 其他178 未审结37 总计351, 行政诉讼 = 直接起诉 + 复议后起诉:
 * 维持13+12, 纠正4+1, 其他8+1, 未审结1+6, 总计26+20) and seed 004 (共办理行政许可事项 1421 件; Table 二 行政许可 1421;
 * 未收到政府信息公开申请, Table 三 0), each changed in one place.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Finding } from "../../src/schema/finding.js";
import { validateReport } from "../../src/validate/validate-report.js";

const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const C025 = read("corpus/025_2024_huaianshi.txt");
const S004 = read("seeds/004_592a88c54830d4c2.txt");

/** The NARR findings of a text with `from` replaced by `to` (the text must hold `from`). */
function narr(text: string, from = "", to = ""): Finding[] {
  if (from) expect(text).toContain(from);
  const changed = from ? text.replace(from, to) : text;
  return validateReport(parseReport(changed).report).filter((f) => f.rule.startsWith("NARR"));
}
const brief = (findings: Finding[]) => findings.map((f) => [f.rule, f.severity, f.expected, f.actual]);
/** 025 with a sentence written into （一）主动公开情况 (line 22). */
const ANCHOR_025 = "21 个，制作";
const with025 = (sentence: string) => narr(C025, ANCHOR_025, `21 个，制作。${sentence}`);
const warnings = (findings: Finding[]) => findings.filter((f) => f.severity === "warning");

describe("Table 四 outcomes stated in prose (025 lines 35–38)", () => {
  it("the report as written gives no narrative finding", () => {
    expect(narr(C025)).toEqual([]);
  });

  it.each([
    ["结果维持 72 件", "结果维持 73 件", "NARR-REVIEW", 72, 73],
    ["结果纠正 64 件", "结果纠正 60 件", "NARR-REVIEW", 64, 60],
    ["其他结果 178 件", "其他结果 177 件", "NARR-REVIEW", 178, 177],
    ["尚\n未审结 37 件", "尚\n未审结 38 件", "NARR-REVIEW", 37, 38],
    // Lawsuits: 未经复议直接起诉 + 复议后起诉.
    ["其中结果维持 25", "其中结果维持 26", "NARR-LITIGATION", 25, 26],
    ["结果纠正 5 件", "结果纠正 6 件", "NARR-LITIGATION", 5, 6],
    ["其他结果 9 件", "其他结果 10 件", "NARR-LITIGATION", 9, 10],
    ["尚未审结 7 件", "尚未审结 8 件", "NARR-LITIGATION", 7, 8],
  ])("%s → %s: %s, table %i, text %i", (from, to, rule, table, stated) => {
    const found = narr(C025, from, to);
    expect(brief(found)).toEqual([[rule, "warning", table, stated]]);
  });

  it("the lawsuit finding names both columns", () => {
    const [f] = narr(C025, "其中结果维持 25", "其中结果维持 26");
    expect(f?.message.zh).toContain("称行政诉讼结果维持26件，表格为25");
    expect(f?.operands.map((o) => o.value)).toEqual([13, 12]);
  });

  it("the subject decides: 复议后起诉 is a lawsuit, the last subject before the outcome wins", () => {
    expect(with025("全年发生政府信息公开行政复议351件、行政诉讼46件（其中维持25件，纠正5件）。")).toEqual([]);
    expect(brief(with025("全年发生政府信息公开行政复议351件、行政诉讼46件（其中维持72件）。"))).toEqual([
      ["NARR-LITIGATION", "warning", 25, 72],
    ]);
    expect(with025("政府信息公开行政诉讼46件（未经复议直接起诉26件，复议后起诉20件），其中结果维持25件。")).toEqual([]);
  });

  it("行政复议 without 信息公开: compared in the section about 复议诉讼, not elsewhere", () => {
    const heading = "四、政府信息公开行政复议、行政诉讼情况\n";
    expect(narr(C025, heading, `${heading}本年度行政复议 351 件，行政诉讼 46 件。\n`)).toEqual([]);
    expect(brief(narr(C025, heading, `${heading}本年度行政复议 352 件，行政诉讼 46 件。\n`))).toEqual([
      ["NARR-REVIEW", "warning", 351, 352],
    ]);
    expect(with025("本年度行政复议 352 件。")).toEqual([]);
  });
});

describe("办理行政许可事项 N 件 is Table 二's 行政许可 处理决定数量 (seed 004 line 7)", () => {
  it("1421 agrees, 1422 does not", () => {
    expect(narr(S004)).toEqual([]);
    const found = narr(S004, "行政许可事项 1421 件", "行政许可事项 1422 件");
    expect(brief(found)).toEqual([["NARR-LICENSING", "warning", 1421, 1422]]);
  });

  it("items (项) and 梳理 are not decisions", () => {
    expect(narr(S004, "共办理行政许可事项 1421 件", "梳理行政许可事项 81 件，办理行政许可事项 1421 项")).toEqual([]);
  });
});

describe("no false alarm on applications that are not the body's of the year (R21 1)", () => {
  it.each([
    "政务服务中心全年受理行政许可申请 5000 件。",
    "12345热线受理申请 900件。",
    "其中市公安局受理政府信息公开申请 500 件。",
    "其中 1-3 月受理申请 700 件。",
    "4-6月共收到申请 800 件。",
    "全市共受理政府信息公开申请 3119 件，其中新收申请 3119 件。",
  ])("%s", (sentence) => {
    expect(with025(sentence)).toEqual([]);
  });

  it("the year's count is still compared", () => {
    expect(brief(with025("全年共受理政府信息公开申请 3120 件。"))).toEqual([["NARR-RECEIVED", "warning", 3119, 3120]]);
    expect(brief(with025("1-12月共收到政府信息公开申请 3120 件。"))).toEqual([
      ["NARR-RECEIVED", "warning", 3119, 3120],
    ]);
    expect(brief(with025("其中新收政府信息公开申请 3120 件。"))).toEqual([["NARR-RECEIVED", "warning", 3119, 3120]]);
  });
});

describe("a percentage is checked against the base its sentence names (R21 2)", () => {
  const withShare = (share: string) => narr(C025, "答\n复 3050 件（", `答\n复 3050 件，予以公开 1362 件，${share}（`);

  it("占收到申请总数的: 1362 ÷ 3119", () => {
    const found = withShare("占收到申请总数的 53.7%");
    expect(brief(found)).toEqual([["NARR-PERCENT", "warning", 43.67, 53.7]]);
    expect(found[0]?.message.zh).toContain("1362 ÷ 3119 = 43.67%");
    // 44.7% is 1362 ÷ 3050 (handled), not the base named.
    expect(brief(withShare("占收到申请总数的 44.7%"))).toEqual([["NARR-PERCENT", "warning", 43.67, 44.7]]);
    expect(withShare("占收到申请总数的 43.7%")).toEqual([]);
  });

  it("no base named: any base a share may have", () => {
    expect(withShare("占 44.7%")).toEqual([]);
    expect(withShare("占 43.7%")).toEqual([]);
    expect(withShare("占办结总数的 44.7%")).toEqual([]);
  });
});

describe("statements of none against the tables (R21 3)", () => {
  it("未发生…行政复议、行政诉讼 / 未收到政府信息公开申请 against 351, 46, 3119", () => {
    expect(brief(with025("本年度未发生政府信息公开行政复议、行政诉讼。"))).toEqual([
      ["NARR-REVIEW", "warning", 351, 0],
      ["NARR-LITIGATION", "warning", 46, 0],
    ]);
    const [received] = with025("全市未收到政府信息公开申请。");
    expect(brief([received as Finding])).toEqual([["NARR-RECEIVED", "warning", 3119, 0]]);
    expect(received?.message.zh).toContain("全市未收到政府信息公开申请");
    // Placed at its line (022 of the input: the sentence was written into line 22).
    expect(received?.source?.line).toBe(22);
  });

  it("none where the table has none, or about another year or a part: nothing", () => {
    expect(narr(S004)).toEqual([]);
    expect(S004).toContain("未收到政府信息公开申请");
    expect(with025("2023年未发生政府信息公开行政复议。")).toEqual([]);
    expect(with025("其中市公安局未收到政府信息公开申请。")).toEqual([]);
    expect(with025("未发生因政府信息公开申请引起的投诉。")).toEqual([]);
    expect(with025("未出现政府信息公开行政复议纠错。")).toEqual([]);
  });

  it("a table of none against a count: 004 with 收到政府信息公开申请 2 件", () => {
    const found = narr(S004, "未收到政府信息公开申请", "收到政府信息公开申请 2 件");
    expect(brief(found)).toEqual([["NARR-RECEIVED", "warning", 0, 2]]);
  });
});

describe("a sentence about part of the body is not compared, and says so (R21 4)", () => {
  it("024: 代表区政府受理…17件 against 95 is an info finding", () => {
    const found = narr(read("corpus/024_2024_hongzequ.txt"));
    expect(brief(found)).toEqual([["NARR-NOT-COMPARED", "info", 95, 17]]);
    expect(found[0]?.message.zh).toContain("17件未与表格（95）比较");
    expect(found[0]?.message.zh).toContain("代表");
  });

  it("a part that agrees gives nothing", () => {
    expect(with025("各街道共受理政府信息公开申请 3119 件。")).toEqual([]);
    expect(brief(with025("各街道共受理政府信息公开申请 45 件。"))).toEqual([["NARR-NOT-COMPARED", "info", 3119, 45]]);
  });
});

describe("the quote shows the number (R21 5)", () => {
  it("a long sentence is quoted around its number", () => {
    const long = `${"在政务公开工作中认真落实各项要求并持续加强平台建设".repeat(4)}全年共受理政府信息公开申请 3120 件，均在法定期限内答复`;
    const [f] = with025(`${long}。`);
    expect(f?.rule).toBe("NARR-RECEIVED");
    expect(f?.message.zh).toMatch(/^正文“…[^”]*受理政府信息公开申请 3120件[^”]*”称/);
    expect(f?.message.en).toContain("3120");
    const quoted = /“([^”]*)”/.exec(f?.message.zh ?? "")?.[1] ?? "";
    expect(quoted.length).toBeLessThanOrEqual(80);
  });

  it("warnings of the real fixtures keep their quotes (short sentences whole)", () => {
    const [f] = warnings(with025("全年共受理政府信息公开申请 3120 件。"));
    expect(f?.message.zh).toContain("正文“全年共受理政府信息公开申请 3120件”称");
  });
});
