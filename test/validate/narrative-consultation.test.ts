import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { AnnualReport } from "../../src/schema/report.js";
import { narrativeClaims } from "../../src/validate/narrative.js";
import { validateReport } from "../../src/validate/validate-report.js";

const read = (path: string) => parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;
const narr = (report: AnnualReport) => validateReport(report).filter((f) => f.rule.startsWith("NARR"));
const SEED_003 = "seeds/003_80aeb6f3312619ab.txt";
/** Seed 003, section 二 (as printed). */
const SENTENCE =
  "2014年,昆明卫生网浏览人次为68947人次,接受96128、12345专线电话咨询人300次、受理网络平台交办件246件、现场咨询25余人次";

/** Seed 003 with its section-二 sentence rewritten (the text blocks the narrative engine reads). */
function seed003With(from: string, to: string): AnnualReport {
  const report = structuredClone(read(SEED_003));
  for (const section of report.sections) {
    section.text = section.text.replace(from, to);
    for (const sub of section.subsections) sub.text = sub.text.replace(from, to);
  }
  return report;
}

describe("consultation claims in seed 003's narrative", () => {
  it("reads phone 300, on site 25余 (at least 25) and website views 68947; not the 246 网络平台交办件", () => {
    const claims = narrativeClaims(`${SENTENCE}。`).map((c) => [c.pattern.label.en, c.value, c.atLeast ?? false]);
    expect(claims).toEqual([
      ["consultations by phone", 300, false],
      ["consultations on site", 25, true],
      ["website views (online queries)", 68947, false],
    ]);
  });

  it("one NARR finding: 300 phone consultations (96128 and 12345 lines) vs 96128电话查询数 246, flagged approximate", () => {
    const found = narr(read(SEED_003));
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({ rule: "NARR-CONSULTATION", severity: "warning", expected: 246, actual: 300, delta: 54 });
    expect(f.operands).toEqual([
      expect.objectContaining({ field: "legacy_yn.consultation.phone", label: "其中:1.96128电话查询数", value: 246 }),
    ]);
    expect(f.operands[0]!.source?.line).toBe(326);
    expect(f.message.zh).toContain("电话咨询300人次");
    expect(f.message.zh).toContain("其中:1.96128电话查询数 = 246");
    expect(f.message.zh).toContain("近似比较，非明确矛盾");
    expect(f.message.en).toContain("states 300 consultations by phone; the table has 246");
    expect(f.message.en).toContain("(legacy_yn.consultation.phone) = 246");
    expect(f.message.en).toContain("not a clear contradiction");
    expect(f.message.en).toContain("12345");
  });

  it("on site: 25余 agrees with 25, 20余 too (at least); 30 and 30余 do not", () => {
    expect(narr(seed003With("现场咨询25余人次", "现场咨询20余人次")).map((f) => f.actual)).toEqual([300]);
    for (const stated of ["现场咨询30人次", "现场咨询30余人次"]) {
      const found = narr(seed003With("现场咨询25余人次", stated)).filter((f) => f.expected === 25);
      expect(found, stated).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: "NARR-CONSULTATION", actual: 30, delta: 5 });
      expect(found[0]!.message.zh).toContain("3.现场咨询数 = 25");
      expect(found[0]!.message.zh).not.toContain("近似比较");
    }
  });

  it("website views compare with 2.网络查询数 (a query row) and not with a 网上咨询 row", () => {
    const changed = seed003With("浏览人次为68947人次", "浏览人次为68950人次");
    const views = narr(changed).filter((f) => f.expected === 68947);
    expect(views).toHaveLength(1);
    expect(views[0]!.message.zh).toContain("2.网络查询数 = 68947");
    const row = changed.legacy.flatMap((t) => t.rows).find((r) => r.id === "legacy_yn.consultation.online");
    expect(row).toBeDefined();
    row!.label = "网上咨询数";
    expect(narr(changed).filter((f) => f.expected === 68947)).toEqual([]);
  });

  it("property: a stated on-site count gives a finding exactly when it differs from the table's 25", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
        const found = narr(seed003With("现场咨询25余人次", `现场咨询${n}人次`)).filter((f) => f.expected === 25);
        expect(found.length).toBe(n === 25 ? 0 : 1);
        if (n !== 25) expect(found[0]).toMatchObject({ actual: n, delta: n - 25 });
      }),
      { numRuns: 40 },
    );
  });
});

describe("no new narrative findings on the other fixtures", () => {
  // Before the consultation rules: seed 002's 不予公开0件 against （三）不予公开 = 1 is the only NARR finding.
  const cases: [string, [string, number, number][]][] = [
    ["seeds/000_cc43e5a43c1be886.txt", []],
    ["seeds/001_a728f3a6d1ee2bff.txt", []],
    ["seeds/002_d039ec262de9d514.txt", [["NARR-REFUSED", 1, 0]]],
    ["seeds/004_592a88c54830d4c2.txt", []],
    ["corpus/023_2023_hongzequ.txt", []],
    // 代表区政府受理…17件 is not compared with the whole district's 95: an info finding says so.
    ["corpus/024_2024_hongzequ.txt", [["NARR-NOT-COMPARED", 95, 17]]],
    ["corpus/025_2024_huaianshi.txt", []],
    ["corpus/D02_2023_hongzequ_pdftotext-layout.txt", []],
    ["corpus/D03_2024_hongzequ_pdftotext-layout.txt", [["NARR-NOT-COMPARED", 95, 17]]],
  ];
  for (const [path, expected] of cases) {
    it(path, () => {
      expect(narr(read(path)).map((f) => [f.rule, f.expected, f.actual])).toEqual(expected);
    });
  }

  it("a gb report's consultation sentence is not compared (no consultations table)", () => {
    const withText = (text: string) => {
      const report = structuredClone(read("corpus/024_2024_hongzequ.txt"));
      const section = report.sections[0]!;
      section.text = `${text}\n${section.text}`;
      return report;
    };
    const sentence = "全年接受电话咨询300人次，现场咨询25人次。";
    expect(narrativeClaims(sentence).map((c) => c.value)).toEqual([300, 25]);
    // 024's 代表区政府受理…17件 stays the one (info) finding: not compared.
    expect(narr(withText(sentence)).map((f) => [f.severity, f.actual])).toEqual([["info", 17]]);
    // The same place is read: a wrong application count there is reported.
    expect(narr(withText("全年收到政府信息公开申请9999件。")).map((f) => [f.rule, f.severity, f.actual])).toEqual([
      ["NARR-RECEIVED", "warning", 9999],
      ["NARR-NOT-COMPARED", "info", 17],
    ]);
  });
});
