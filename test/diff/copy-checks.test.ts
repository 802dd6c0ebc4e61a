import { describe, expect, it } from "vitest";
import { copiedTables, copiedText } from "../../src/diff/copy-checks.js";
import { hongze2023, hongze2024, REVIEW_IDS, report, section } from "./build.js";

describe("X-COPY-TEXT on a copy whose years were not updated (R12 copy-stale-year)", () => {
  // Two paragraphs of more than 40 characters, each naming the report year 2023.
  const overview =
    "2023年，洪泽区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，不断提升政务公开质效。";
  const problems =
    "2023年我办政府信息公开工作虽然取得了一定成效，但仍存在公开内容不够全面、解读形式较为单一等问题，下一步将加强培训，提高公开质量。";
  const sections = () => [section("一", "总体情况", overview), section("五", "存在的主要问题及改进情况", problems)];

  it("finds both paragraphs when the 2024 report still says 2023年", () => {
    const a = hongze2023();
    a.sections = sections();
    const b = hongze2024();
    b.sections = sections(); // copied character for character
    const [f, ...rest] = copiedText(a, b);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "X-COPY-TEXT", severity: "info", actual: 2 });
    expect(f!.operands.map((o) => [o.label, o.value])).toEqual([
      ["一、总体情况", 1],
      ["五、存在的主要问题及改进情况", 1],
    ]);
    expect(f!.message.zh).toContain("2/2 段");
  });

  it("still finds the copy with the years updated, and not a paragraph that changed", () => {
    const a = hongze2023();
    a.sections = sections();
    const b = hongze2024();
    b.sections = [
      section("一", "总体情况", overview.replace("2023年", "2024年")),
      section("五", "存在的主要问题及改进情况", problems.replace("下一步将加强培训", "下一步将完善考核")),
    ];
    const [f] = copiedText(a, b);
    expect(f!.operands.map((o) => [o.label, o.value])).toEqual([["一、总体情况", 1]]);
    expect(f!.message.zh).toContain("1/2 段");
  });
});

describe("X-COPY-TABLE on tables that must repeat (R12 copy-table-low-signal)", () => {
  // A 区政府办公室 that issued and repealed nothing (现行有效 5 both years, as T2-INFORCE-X requires) and had
  // one reconsideration upheld each year.
  const quiet = (year: number) =>
    report(
      { year, org: "某区人民政府办公室", era: "gb2021" },
      {
        "active_disclosure.regulations.issued": 0,
        "active_disclosure.regulations.repealed": 0,
        "active_disclosure.regulations.in_force": 0,
        "active_disclosure.normative_documents.issued": 0,
        "active_disclosure.normative_documents.repealed": 0,
        "active_disclosure.normative_documents.in_force": 5,
        "active_disclosure.licensing.decisions": 0,
        "active_disclosure.penalty.decisions": 0,
        "active_disclosure.coercion.decisions": 0,
        "active_disclosure.fees.amount_10k_yuan": 0,
        ...Object.fromEntries(REVIEW_IDS.map((id, i) => [id, [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0][i]!])),
      },
    );

  it("is info when only 现行有效 and totals (or fewer than 3 other cells) are non-zero", () => {
    const findings = copiedTables(quiet(2023), quiet(2024));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["X-COPY-TABLE", "info"],
      ["X-COPY-TABLE", "info"],
    ]);
    expect(findings[0]!.message.zh).toContain(
      "10 个单元格，其中 1 个非零）；除合计与现行有效件数外只有 0 个非零单元格",
    );
    expect(findings[1]!.message.zh).toContain(
      "15 个单元格，其中 2 个非零）；除合计与现行有效件数外只有 1 个非零单元格",
    );
  });

  it("warns from 3 non-zero cells that need not repeat", () => {
    const busy = (year: number) => {
      const r = quiet(year);
      r.cells["active_disclosure.licensing.decisions"] = hongze2023().cells["active_disclosure.licensing.decisions"]; // 550
      r.cells["active_disclosure.penalty.decisions"] = hongze2023().cells["active_disclosure.penalty.decisions"]; // 4119
      return r;
    };
    // Table 二: 550 and 4119 (2 cells) → info; with 行政强制 195 too (3 cells) → warning.
    expect(copiedTables(busy(2023), busy(2024))[0]!.severity).toBe("info");
    const a = busy(2023);
    const b = busy(2024);
    for (const r of [a, b])
      r.cells["active_disclosure.coercion.decisions"] = hongze2023().cells["active_disclosure.coercion.decisions"];
    const [f] = copiedTables(a, b);
    expect(f).toMatchObject({ rule: "X-COPY-TABLE", severity: "warning" });
    expect(f!.message.zh).toContain("10 个单元格，其中 4 个非零），疑似照抄上年数据");
  });
});
