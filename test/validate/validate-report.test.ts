import { describe, expect, it } from "vitest";
import {
  type AnnualReport,
  type Cell,
  emptyReport,
  formatFindings,
  GB2019,
  RULES,
  validateReport,
} from "../../src/index.js";
import { APPLICANT_COLUMNS, numberCell } from "../helpers/cells.js";
import { consistentReport, outcomeRows } from "./arbitrary.js";
import { seed002 } from "./seed002.js";

const at = (rule: string, report: AnnualReport, options = {}) =>
  validateReport(report, options).filter((f) => f.rule === rule);

describe("seed 002 built by hand (市中区卫生健康局 2024)", () => {
  const report = seed002();
  const findings = validateReport(report);
  const errors = findings.filter((f) => f.severity === "error");

  it("reports exactly two errors: T3-ROW on 本机关不掌握 and T3-RES on the 总计 column", () => {
    expect(errors.map((f) => f.rule)).toEqual(["T3-ROW", "T3-RES"]);
  });

  it("T3-ROW: 1.本机关不掌握相关政府信息 is 0 0 0 0 0 0 but its 总计 is 1", () => {
    const f = errors[0]!;
    expect(f).toMatchObject({ expected: 0, actual: 1, delta: 1 });
    expect(f.operands[0]!.field).toBe("applications.results.unable.not_held.total");
    expect(f.message.zh).toContain("三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计");
  });

  it("T3-RES: 4.保护第三方合法权益 1 + 本机关不掌握 1 = 2 ≠ （七）总计 1", () => {
    const f = errors[1]!;
    expect(f).toMatchObject({ expected: 2, actual: 1, delta: -1 });
    expect(f.operands[0]!.field).toBe("applications.results.total.total");
    const nonZero = f.operands.slice(1).filter((o) => o.value !== 0);
    expect(nonZero.map((o) => o.field)).toEqual([
      "applications.results.withheld.third_party_rights.total",
      "applications.results.unable.not_held.total",
    ]);
    expect(f.message.zh).toMatch(/^三、（七）总计 \/ 总计：1 ≠ 1 \+ 1 = 2/);
  });

  it("headings with Markdown marks or closing punctuation are the official heading", () => {
    const report = seed002();
    report.sections[0]!.heading = "## **一、总体情况**：";
    report.sections[1]!.heading = "二、主动公开政府信息情况。";
    expect(validateReport(report).filter((f) => f.rule === "STRUCT-HEADING")).toEqual([]);
  });

  it("the variant heading 一、情况 is an info finding, not a warning", () => {
    const heading = findings.filter((f) => f.rule === "STRUCT-HEADING");
    expect(heading).toHaveLength(1);
    expect(heading[0]!.severity).toBe("info");
    expect(heading[0]!.message.zh).toContain("一、总体情况");
  });

  it("never changes the report", () => {
    const before = structuredClone(report);
    validateReport(report, { blankAsZero: true, previous: seed002() });
    expect(report).toEqual(before);
  });
});

/** Shanghai 市政府办公厅 2019 style (formats.md D1/D2, §6.1 worked check): zeros blank, some row totals blank. */
function shanghai2019(): AnnualReport {
  const report = consistentReport(GB2019, {
    outcomes: outcomeRows(GB2019).map(() => [0, 0, 0, 0, 0, 0]),
    carriedForward: [0, 0, 0, 0, 0, 0],
    carriedOverShare: [0, 0, 0, 0, 0, 0],
    review: [
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ],
    active: [0],
  });
  const cells = report.cells as Record<string, Cell>;
  const blank = (id: string) => {
    cells[id] = { raw: "\u00a0", value: null, status: "blank", source: numberCell(0, 7).source };
  };
  for (const [id, c] of Object.entries(cells)) if (c.value === 0) blank(id);
  const set = (row: string, values: (number | null)[]) => {
    const cols = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org"];
    const all = [...cols, "legal_service_org", "other_org", "total"];
    all.forEach((c, i) => {
      const v = values[i] ?? null;
      if (v === null) blank(`applications.${row}.${c}`);
      else cells[`applications.${row}.${c}`] = numberCell(v, 20);
    });
  };
  set("new", [821, 35, 2, 1, null, null, 859]);
  set("carried_over", [null, null, null, null, null, null, 18]);
  set("results.granted", [258, 12, null, null, 1, 1, null]);
  set("results.total", [null, null, null, null, null, null, 805]);
  set("carried_forward", [null, null, null, null, null, null, 72]);
  return report;
}

describe("blank cells: strict vs blankAsZero (Shanghai 2019 style)", () => {
  it("strict: a row total left blank cannot be verified — one info finding naming the blank cell", () => {
    const row = at("UNVERIFIED", shanghai2019()).filter((f) =>
      f.operands.some((o) => o.field === "applications.results.granted.total"),
    );
    expect(row.map((f) => f.severity)).toEqual(["info", "info"]);
    expect(row[0]!.message.zh).toContain("T3-ROW 三、（一）予以公开 / 总计：无法核验");
    expect(row[0]!.message.zh).toContain("三、（一）予以公开 / 总计（空白）");
    expect(at("T3-ROW", shanghai2019())).toEqual([]);
  });

  it("strict: no error at all, since every violated equation has a blank operand", () => {
    expect(validateReport(shanghai2019()).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("lenient: blanks are 0, the blank 总计 of （一）予以公开 is an error that says it was assumed 0", () => {
    const rows = at("T3-ROW", shanghai2019(), { blankAsZero: true });
    const granted = rows.find((f) => f.operands[0]!.field === "applications.results.granted.total")!;
    expect(granted).toMatchObject({ severity: "error", expected: 272, actual: 0 });
    expect(granted.operands[0]!.assumedZero).toBe(true);
    expect(granted.message.zh).toContain("空白按0计：三、（一）予以公开 / 总计");
    // 859 + 18 = 805 + 72 holds in the 总计 column; the other columns fail once blanks are 0.
    const bal = at("T3-BAL", shanghai2019(), { blankAsZero: true });
    expect(bal.map((f) => f.message.en.split(":")[0])).not.toContain("applications.results.total.total");
    expect(at("UNVERIFIED", shanghai2019(), { blankAsZero: true })).toEqual([]);
  });
});

describe("metadata", () => {
  it("a 2014 report dated 2014年1月31日 (seed 003) is dated before its year ends", () => {
    const report = emptyReport();
    report.meta.year = 2014;
    report.meta.title = "昆明市卫生局2014年政府信息公开工作年度报告";
    report.meta.reportDate = "2014-01-31";
    const f = at("META-DATE", report);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("2014-01-31");
    expect(f[0]!.message.zh).toContain("2014-12-31");
  });

  it("title year, period and missing year", () => {
    const report = emptyReport();
    report.meta.title = "某局2023年政府信息公开工作年度报告";
    expect(at("META-YEAR-MISSING", report)).toHaveLength(1);
    report.meta.year = 2024;
    report.meta.statPeriod = {
      start: "2023-01-01",
      end: "2023-12-31",
      raw: "",
      source: { line: 3, column: 1, offset: 10 },
    };
    report.meta.publishDate = "2023-11-02";
    expect(at("META-TITLE-YEAR", report)).toHaveLength(1);
    expect(at("META-PERIOD", report)[0]!.source?.line).toBe(3);
    expect(at("META-DATE", report)[0]!.message.en).toContain("publication date 2023-11-02");
    report.meta.year = 2023;
    report.meta.publishDate = "2024-01-20";
    expect(validateReport(report).filter((f) => f.rule.startsWith("META-"))).toEqual([]);
  });
});

describe("structure", () => {
  it("legacy numbering: a section number used twice (seed 003 repeats 八) and out of order", () => {
    const report = emptyReport();
    report.meta.formatEra = "legacy_provincial";
    const s = (number: string, heading: string, line: number) => ({
      id: null,
      number,
      heading,
      text: "",
      subsections: [],
      source: { line, column: 1, offset: 0 },
    });
    report.sections = [
      s("七", "七、政府信息公开工作人员和费用", 40),
      s("八", "八、存在问题", 50),
      s("八", "八、改进措施", 60),
      s("六", "六、其他", 70),
    ];
    expect(at("STRUCT-SECTION-DUP", report).map((f) => f.source?.line)).toEqual([60]);
    expect(at("STRUCT-SECTION-ORDER", report).map((f) => f.source?.line)).toEqual([70]);
    expect(at("STRUCT-SECTION-MISSING", report)).toEqual([]);
    // The statistics table's own 一、二、… after the narrative start a new run: not duplicates.
    report.sections.push(s("一", "一、主动公开政府信息情况", 80), s("二", "二、依申请公开情况", 90));
    expect(at("STRUCT-SECTION-DUP", report).map((f) => f.source?.line)).toEqual([60]);
  });

  it("gb: missing sections, a missing table and rows, an extra row, an all-zero report, an unknown era", () => {
    const report = seed002();
    report.sections = report.sections.filter((s) => s.id !== "other_matters");
    const cells = report.cells as Record<string, Cell>;
    for (const id of Object.keys(cells)) if (id.startsWith("review_litigation.")) delete cells[id];
    delete cells["applications.carried_forward.other_org"];
    for (const k of ["natural_person", "total"]) delete cells[`applications.results.other.other.${k}`];
    report.extraRows = [
      {
        table: "active_disclosure",
        block: "art20_1",
        label: "其他主动公开文件",
        rawLabel: "其他主动公开文件",
        cells: [numberCell(3)],
        source: numberCell(0, 31).source,
      },
    ];
    const rules = validateReport(report)
      .filter((f) => f.rule.startsWith("STRUCT-"))
      .map((f) => `${f.rule} ${f.message.en}`);
    expect(rules).toEqual([
      'STRUCT-HEADING section heading "一、情况" differs from the official "一、总体情况"',
      'STRUCT-SECTION-MISSING section 六 "其他需要报告的事项" is missing',
      "STRUCT-ROW-MISSING table 三 row applications.results.other.other lacks columns: 自然人, 总计",
      "STRUCT-ROW-MISSING table 三 row applications.carried_forward lacks columns: 法人或其他组织/其他",
      'STRUCT-TABLE-MISSING table 四 "政府信息公开行政复议、行政诉讼情况" (review_litigation) is missing or none of its values were read',
      'STRUCT-EXTRA-ROW extra row not in the layout: "其他主动公开文件" (3)',
    ]);
    const zero = seed002();
    for (const c of Object.values(zero.cells)) if (c) c.value = 0;
    expect(at("STRUCT-ALL-ZERO", zero)).toHaveLength(1);
    zero.meta.formatEra = "unknown";
    zero.tables = [];
    expect(at("STRUCT-ERA", zero)).toHaveLength(1);
  });

  it("a heading merging 五 and 六 (…改进情况及其他需要报告的事项) leaves no section missing", () => {
    const report = seed002();
    report.sections = report.sections.filter((s) => s.id !== "other_matters");
    const five = report.sections.find((s) => s.id === "problems_improvements")!;
    expect(at("STRUCT-SECTION-MISSING", report).map((f) => f.message.en)).toEqual([
      'section 六 "其他需要报告的事项" is missing',
    ]);
    five.heading = "五、存在的主要问题、改进情况及其他需要报告的事项";
    expect(at("STRUCT-SECTION-MISSING", report)).toEqual([]);
    // The merged heading is still not the official one.
    expect(at("STRUCT-HEADING", report).map((f) => f.source)).toContainEqual(five.source);
  });

  it("a 2021 report printing （六）其他处理 as one row (hybrid) lacks no row", () => {
    const report = seed002();
    const cells = report.cells as Record<string, Cell>;
    for (const id of Object.keys(cells)) if (id.startsWith("applications.results.other.")) delete cells[id];
    for (const c of APPLICANT_COLUMNS) cells[`applications.results.other_total.${c}`] = numberCell(0);
    expect(at("STRUCT-ROW-MISSING", report)).toEqual([]);
    expect(
      validateReport(report)
        .filter((f) => f.severity === "error")
        .map((f) => f.rule),
    ).toEqual(["T3-ROW", "T3-RES"]);
  });
});

describe("rules and skipRules take prefixes ending in * (as xxgk check does; review RV18)", () => {
  it("seed 002: T3-* runs both T3 errors, skipRules T3-* and NARR-* leaves the heading info", () => {
    const report = seed002();
    expect(validateReport(report, { rules: ["T3-*"] }).map((f) => f.rule)).toEqual(["T3-ROW", "T3-RES"]);
    expect(validateReport(report, { skipRules: ["T3-*", "NARR-*"] }).map((f) => f.rule)).toEqual(["STRUCT-HEADING"]);
  });

  it("reads ids in any case, as --rules does (red team R30: t4-* and t3-row returned nothing)", () => {
    const report = seed002();
    expect(validateReport(report, { rules: ["t3-*"] }).map((f) => f.rule)).toEqual(["T3-ROW", "T3-RES"]);
    expect(validateReport(report, { rules: ["t3-row"] }).map((f) => f.rule)).toEqual(["T3-ROW"]);
    expect(validateReport(report, { skipRules: ["t3-*", "narr-*"] }).map((f) => f.rule)).toEqual(["STRUCT-HEADING"]);
  });

  it("throws a RangeError naming an item that names no rule, where a typo switched every rule off silently", () => {
    const report = seed002();
    expect(() => validateReport(report, { rules: ["T3"] })).toThrow(RangeError);
    expect(() => validateReport(report, { rules: ["T3"] })).toThrow('rules: "T3" names no rule');
    expect(() => validateReport(report, { skipRules: ["T3_ROW"] })).toThrow('skipRules: "T3_ROW" names no rule');
    expect(() => validateReport(report, { rules: [""] })).toThrow('rules: "" names no rule');
    // a parse diagnostic code is a rule id of its findings; an empty list runs no rule
    expect(validateReport(report, { rules: ["row-*"] })).toEqual([]);
    expect(validateReport(report, { rules: [] })).toEqual([]);
  });
});

describe("formatFindings and RULES", () => {
  const findings = validateReport(seed002()).filter((f) => f.severity === "error");

  it("one line per finding, file:line:column  severity  RULE  message (zh and en)", () => {
    const zh = formatFindings(findings, { file: "002.txt" }).split("\n");
    expect(zh).toHaveLength(2);
    expect(zh[0]).toMatch(
      /^002\.txt:243:2 {2}error {4}T3-ROW {2}三、（四）无法提供 \/ 1\.本机关不掌握相关政府信息 \/ 总计：1 ≠ 0（/,
    );
    const en = formatFindings(findings, { lang: "en" }).split("\n");
    // （四）1 / 总计 → 0 would mend both errors, but the text states 无法提供1件: no hint (likely-fix-prose.ts).
    expect(en[1]).toMatch(/^353:2 {2}error {4}T3-RES {2}Table 3 \/ \(7\) Total \/ Total: 1 ≠ 1 \+ 1 = 2 \(left: /);
    expect(en[1]).toMatch(
      /; the only single change mending these sets Table 3 \/ \(4\) Cannot be provided \/ 1\. Not held by this body \/ Total to 0, but the text "[^"]+" states 1 unable to provide, as the table has it now: no hint is given, check the table against the text$/,
    );
    expect(zh[1]).toMatch(
      /；只改一处而消除这几处不符的唯一改法是把“表三 （四）无法提供 \/ 1\.本机关不掌握相关政府信息 \/ 总计”改为0，但正文“[^”]+”称无法提供1件，与表格现有数值相符，故不作此提示：请对照正文核对表格$/,
    );
    expect(formatFindings([])).toBe("");
  });

  it("RULES documents every rule id the validator emits, once", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "T3-BAL",
      "T3-ROW",
      "T3-RES",
      "T4-REV",
      "T4-LD",
      "T4-LR",
      "NONNEG",
      "UNVERIFIED",
      "NARR-REFUSED",
      "META-DATE",
      "STRUCT-HEADING",
      "T3-CARRY-X",
    ]) {
      expect(ids, id).toContain(id);
    }
    const emitted = [
      ...validateReport(seed002()),
      ...validateReport(shanghai2019()),
      ...validateReport(shanghai2019(), { blankAsZero: true }),
      ...validateReport(seed002(), { previous: seed002() }),
    ].map((f) => f.rule);
    expect(emitted).toContain("X-YEARS");
    for (const id of emitted) expect(ids, id).toContain(id);
  });
});

describe("previous: the cross-year rules run through validateReport", () => {
  it("2023 carried forward 5 (natural persons) but 2024 carried over 0 → T3-CARRY-X; rules / skipRules apply", () => {
    const older = seed002();
    older.meta.year = 2023;
    older.meta.title = "市中区卫生健康局2023年政府信息公开工作年度报告";
    for (const c of ["natural_person", "total"]) {
      (older.cells as Record<string, Cell>)[`applications.carried_forward.${c}`] = numberCell(5, 360);
    }
    const carry = validateReport(seed002(), { previous: older }).filter((f) => f.rule === "T3-CARRY-X");
    expect(carry.map((f) => [f.actual, f.expected])).toEqual([
      [0, 5],
      [0, 5],
    ]);
    expect(carry[0]!.operands.map((o) => o.report)).toEqual([1, 0]);
    expect(validateReport(seed002(), { previous: older, rules: ["T3-CARRY-X"] }).map((f) => f.rule)).toEqual([
      "T3-CARRY-X",
      "T3-CARRY-X",
    ]);
    expect(validateReport(seed002(), { previous: older, skipRules: ["T3-CARRY-X"] }).map((f) => f.rule)).not.toContain(
      "T3-CARRY-X",
    );
  });
});
