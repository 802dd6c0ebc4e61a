import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";
import { validateReport } from "../../src/validate/validate-report.js";

const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const reportOf = (rows: string[][]): AnnualReport => {
  const report = emptyReport("pipe");
  report.legacy = recognizeLegacy(readDocument(pipe(rows), "pipe"), []);
  report.meta.formatEra = report.legacy[0]?.family ?? "unknown";
  return report;
};
const rulesOf = (report: AnnualReport) => validateReport(report).map((f) => f.rule);

/** A Dingxi-form refusal block: 否决公开答复总数 and its 11 reasons (six numbered exemptions). */
const refusals = (total: string, exemptLabel: string, count: number): string[][] => [
  ["指标名称", "计量单位", "本期实际"],
  ["申请总数", "条", "5"],
  ["其中：1.当面申请数", "条", "5"],
  ["2.传真申请数", "条", "0"],
  ["3.电子邮件申请数", "条", "0"],
  ["4.网上申请数", "条", "0"],
  ["5.信函申请数", "条", "0"],
  ["6.其他形式申请数", "条", "0"],
  ["3.否决公开答复总数", "条", total],
  ["其中：(1)“非《规定》所指政府信息”数", "条", "1"],
  ["(2)“信息不存在”数", "条", "1"],
  ["(3)“非本部门掌握”数", "条", "0"],
  ["(4)“申请内容不明确”数", "条", "0"],
  ...Array.from({ length: count }, (_, i) => [`“${exemptLabel}${i + 1}”数`, "条", i === 0 ? "1" : "0"]),
  ["(11)其它原因", "条", "0"],
];

describe("Shanghai-model identities through validateReport", () => {
  it("S-REFUSE holds for 1 + 1 + 0 + 0 + (1 + 0 × 5) + 0 = 3 with six 免予公开范围 reasons", () => {
    const report = reportOf(refusals("3", "免予公开范围", 6));
    expect(report.legacy[0]?.rows.filter((r) => r.id === null)).toEqual([]);
    expect(rulesOf(report)).not.toContain("S-REFUSE");
    expect(rulesOf(report)).not.toContain("S-REC");
  });

  it("S-REFUSE fires when the total is off by one", () => {
    expect(rulesOf(reportOf(refusals("4", "免予公开范围", 6)))).toContain("S-REFUSE");
  });

  it("S-REFUSE also covers the seven-reason 不予公开范围 variant", () => {
    expect(rulesOf(reportOf(refusals("3", "不予公开范围", 7)))).not.toContain("S-REFUSE");
    expect(rulesOf(reportOf(refusals("2", "不予公开范围", 7)))).toContain("S-REFUSE");
  });
});

describe("national identities through validateReport", () => {
  const rows = [
    ["统计指标", "单位", "统计数"],
    ["（一）收到申请数", "件", "10"],
    ["1.当面申请数", "件", "2"],
    ["2.传真申请数", "件", "0"],
    ["3.网络申请数", "件", "7"],
    ["4.信函申请数", "件", "1"],
    ["五、行政诉讼数量", "件", "2"],
    ["（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"],
    ["（二）被依法纠错数", "件", "1"],
    ["（三）其他情形数", "件", "0"],
    ["（三）从事政府信息公开工作人员数", "人", "5"],
    ["1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "2"],
    ["2.兼职人员数", "人", "2"],
  ];

  it("L-REC (10 = 2 + 0 + 7 + 1) and L-LIT (2 = 1 + 1 + 0) hold; L-STAFF (5 ≠ 2 + 2) fires", () => {
    const findings = validateReport(reportOf(rows));
    const rules = findings.map((f) => f.rule);
    expect(rules).not.toContain("L-REC");
    expect(rules).not.toContain("L-LIT");
    const staff = findings.find((f) => f.rule === "L-STAFF");
    expect(staff).toMatchObject({ severity: "error", expected: 4, actual: 5, delta: 1 });
  });
});
