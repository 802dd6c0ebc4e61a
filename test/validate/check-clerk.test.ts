/**
 * `check` for a clerk checking a draft before publishing (red team R21): parse warnings shown as findings, a
 * row printed but not read reported at its line, another era's layout, dates, the title blamed alone, positions
 * of missing sections, a 元 amount in a 万元 column. Drafts are the corpus reports edited line by line.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Finding, parseReport, validateReport } from "../../src/index.js";
import { isoDate } from "../../src/recognize/dates.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const F24 = fixture("corpus/024_2024_hongzequ.txt");
const F25 = fixture("corpus/025_2024_huaianshi.txt");

/** A text with its 1-based line `n` replaced (the line must read `from` first, so the fixture is the one read). */
function editLine(text: string, n: number, from: string, to: string): string {
  const lines = text.split("\n");
  expect(lines[n - 1]).toBe(from);
  lines[n - 1] = to;
  return lines.join("\n");
}

/** The findings of a draft, with its parse diagnostics, checked on 2026-11-23. */
function check(text: string, today = "2026-11-23"): Finding[] {
  const { report, diagnostics } = parseReport(text);
  return validateReport(report, { diagnostics, today });
}

/** `rule line:column severity` of the findings of some rules. */
const where = (findings: readonly Finding[], ...rules: string[]) =>
  findings
    .filter((f) => rules.includes(f.rule))
    .map((f) => `${f.rule} ${f.source?.line}:${f.source?.column} ${f.severity}`);

describe("1. parse warnings are findings (rule id = diagnostic code)", () => {
  it("a Table 四 row of 16 numbers: row-extra-values at line 150", () => {
    const draft = editLine(F24, 150, "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3", "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 7");
    const found = check(draft).filter((f) => f.rule === "row-extra-values");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.source?.line).toBe(150);
    expect(found[0]!.message.en).toBe(
      "parse: Table 四 has 1 value(s) more than its 15 cells: 7 (read in order: a number split in two or a value printed twice moves the values after it)",
    );
    expect(found[0]!.message.zh).toBe(
      "解析：第150行：某行的数值多于格式规定的列数，多出的数值未读入（按顺序读入：一个数被拆成两段或某值多印一次，其后的值会错列）",
    );
    // Without the diagnostics (the report alone), nothing about it.
    expect(validateReport(parseReport(draft).report).some((f) => f.rule === "row-extra-values")).toBe(false);
  });

  it("a Table 三 row of 8 values: row-extra-values at line 92, naming the row", () => {
    const draft = editLine(F24, 92, "（一）予以公开 50 0 0 0 0 0 50", "（一）予以公开 50 0 0 0 0 0 50 3");
    const found = check(draft).filter((f) => f.rule === "row-extra-values");
    expect(where(found, "row-extra-values")).toEqual(["row-extra-values 92:25 warning"]);
    expect(found[0]!.message.zh).toContain("第92行“三、本年度办理结果（一）予以公开”");
  });

  it("--rules filters them like any rule", () => {
    const draft = editLine(F24, 150, "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3", "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 7");
    const { report, diagnostics } = parseReport(draft);
    expect(validateReport(report, { diagnostics, rules: ["T4-*"] }).map((f) => f.rule)).toEqual([]);
    expect(validateReport(report, { diagnostics, rules: ["row-*"] }).map((f) => f.rule)).toEqual(["row-extra-values"]);
  });
});

describe("2. a layout row printed but not read: at its own line", () => {
  it("（一）予以公开 with 6 of 7 values (line 92): STRUCT-ROW-UNREAD there, not STRUCT-ROW-MISSING at 63", () => {
    let draft = editLine(F24, 92, "（一）予以公开 50 0 0 0 0 0 50", "（一）予以公开 50 0 0 0 0 50");
    draft = editLine(
      draft,
      105,
      "（四）无法提供 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31",
      "（四）无法提供 1.本机关不掌握相关政府信息 35 0 0 0 0 0 35",
    );
    const findings = check(draft);
    expect(where(findings, "STRUCT-ROW-MISSING", "STRUCT-EXTRA-ROW", "STRUCT-ROW-UNREAD")).toEqual([
      "STRUCT-ROW-UNREAD 92:9 warning",
    ]);
    const unread = findings.find((f) => f.rule === "STRUCT-ROW-UNREAD")!;
    expect(unread.message.zh).toBe(
      "表三第92行“（一）予以公开”有6个数值，应为7个：该行未读取，涉及它的勾稽关系无法核对",
    );
    expect([unread.expected, unread.actual, unread.delta]).toEqual([7, 6, -1]);
  });

  it("行政许可 9487 12 (line 54): STRUCT-ROW-UNREAD at 54, not STRUCT-ROW-MISSING at 47", () => {
    const draft = a20();
    const findings = check(draft);
    expect(where(findings, "STRUCT-ROW-MISSING", "STRUCT-ROW-UNREAD")).toEqual(["STRUCT-ROW-UNREAD 54:11 warning"]);
    expect(findings.find((f) => f.rule === "STRUCT-ROW-UNREAD")!.message.zh).toBe(
      "表二第54行“行政许可”的数值个数与格式（1列）不符：该行未读取，涉及它的勾稽关系无法核对",
    );
  });
});

/** R21 d/A20: 024 as tab-separated text with 行政许可 printed `9487 12` (line 54). */
function a20(): string {
  const lines = F24.split("\n");
  const at = lines.indexOf("行政许可 9487");
  expect(at).toBeGreaterThan(0);
  lines[at] = "行政许可 9487 12";
  return lines.join("\n");
}

describe("3. a layout of another era", () => {
  it("a 2024 report in the 2019 Table 二 layout: STRUCT-ERA-YEAR (warning) at Table 二", () => {
    const draft = F24.replace(
      "信息内容 本年制发件数 本年废止件数 现行有效件数",
      "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
    ).replace(
      "信息内容 本年处理决定数量\n行政许可 9487",
      "信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 120 3 9487",
    );
    expect(parseReport(draft).report.meta.formatEra).toBe("gb2019");
    const findings = check(draft).filter((f) => f.rule.startsWith("STRUCT-ERA") || f.rule === "STRUCT-HYBRID");
    // At Table 二's heading (二、主动公开政府信息情况, line 47).
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.source?.line}`)).toEqual(["STRUCT-ERA-YEAR warning 47"]);
    expect(findings[0]!.message.zh).toBe("2024年度报告应使用2021版格式，表格却是2019版格式（gb2019）");
  });

  it("024 prints （六）其他处理 as one row (2019 form, D10): STRUCT-HYBRID info at line 117, read", () => {
    const found = check(F24).filter((f) => f.rule === "STRUCT-HYBRID");
    expect(found.map((f) => `${f.severity} ${f.source?.line}:${f.source?.column}`)).toEqual(["info 117:9"]);
    expect(found[0]!.message.zh).toBe("表三“（六）其他处理”按2019版格式印为一行（已读取）");
  });
});

describe("4. dates", () => {
  /** 025 (209 lines) signed: the body on line 210, the date on 211. */
  const signed = (date: string) => `${F25.trimEnd()}\n淮安市人民政府\n${date}\n`;

  it("a signature date after today: META-DATE-FUTURE at its line (211)", () => {
    const found = check(signed("2027年1月20日")).filter((f) => f.rule.startsWith("META-DATE"));
    expect(where(found, "META-DATE-FUTURE")).toEqual(["META-DATE-FUTURE 211:1 warning"]);
    expect(found[0]!.message.zh).toBe("落款日期2027-01-20晚于今天（2026-11-23）");
    // Checked the day after it was signed, nothing.
    expect(check(signed("2025年1月20日"), "2025-01-21").filter((f) => f.rule.startsWith("META-DATE"))).toEqual([]);
  });

  it("2025年2月30日 is no date: not stored, META-DATE-MISSING (info)", () => {
    expect(isoDate(2025, 2, 30)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2025, 2, 29)).toBeNull();
    expect(isoDate(2025, 4, 31)).toBeNull();
    const draft = signed("2025年2月30日");
    expect(parseReport(draft).report.meta.reportDate).toBeNull();
    expect(where(check(draft), "META-DATE-MISSING", "META-DATE")).toEqual(["META-DATE-MISSING 207:1 info"]);
  });

  it("late: after 3月31日 a warning; a department after 1月31日 an info; a government by 3月31日 nothing", () => {
    expect(where(check(signed("2025年4月2日")), "META-DATE-LATE")).toEqual(["META-DATE-LATE 211:1 warning"]);
    expect(where(check(signed("2025年3月31日")), "META-DATE-LATE")).toEqual([]);
    const department = signed("2025年2月10日")
      .replace("淮安市人民政府\n2024 年政府信息公开", "淮安市人民政府办公室\n2024 年政府信息公开")
      .replace("淮安市人民政府\n2025年2月10日", "淮安市人民政府办公室\n2025年2月10日");
    const { report } = parseReport(department);
    expect(report.meta.orgName).toBe("淮安市人民政府办公室");
    expect(where(check(department), "META-DATE-LATE")).toEqual(["META-DATE-LATE 211:1 info"]);
  });
});

describe("5. a title year copied from last year blames the title alone", () => {
  it("title 2023, period and text 2024: META-TITLE-YEAR, no META-PERIOD", () => {
    const stale = F24.replace("2024 年政府信息公开工作年度报告", "2023 年政府信息公开工作年度报告");
    expect(where(check(stale), "META-TITLE-YEAR", "META-PERIOD")).toEqual(["META-TITLE-YEAR 2:1 warning"]);
  });
});

describe("6. a missing section is placed where it was expected", () => {
  it("025 without 五's heading (line 189): STRUCT-SECTION-MISSING at 四's heading (158)", () => {
    const draft = editLine(F25, 189, "五、存在的主要问题及改进情况", "");
    expect(where(check(draft), "STRUCT-SECTION-MISSING")).toEqual(["STRUCT-SECTION-MISSING 158:1 warning"]);
  });

  it("without 一's heading: at the document's start (1:1), never 0:0", () => {
    const draft = editLine(F25, 12, "一、总体情况", "");
    expect(where(check(draft), "STRUCT-SECTION-MISSING")).toEqual(["STRUCT-SECTION-MISSING 1:1 warning"]);
  });
});

describe("7. a 元 amount in a 万元 column (D19)", () => {
  it("行政事业性收费 961716000元 under （单位：万元）: STRUCT-UNIT at line 88", () => {
    const draft = editLine(F25, 88, "行政事业性收费 96171.6", "行政事业性收费 961716000元");
    const found = check(draft).filter((f) => f.rule === "STRUCT-UNIT");
    expect(where(found, "STRUCT-UNIT")).toEqual(["STRUCT-UNIT 88:9 warning"]);
    expect(found[0]!.message.zh).toBe(
      "表二“行政事业性收费”写作“961716000元”，单位元与该列单位万元不符：数值961716000按所写读入，未换算",
    );
    expect(check(F25).some((f) => f.rule === "STRUCT-UNIT")).toBe(false);
  });
});
