import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { groupUnchecked } from "../../src/cli/check-text.js";
import { parseReport, renderReport, validateReport } from "../../src/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DISTRICT = readFileSync(path.join(ROOT, "test/fixtures/corpus/024_2024_hongzequ.txt"), "utf8");
const PIPE = renderReport(parseReport(DISTRICT).report, "pipe").split("\n");
/** 024 as a pipe table with line 56 (一、本年新收 | 95 | 0 … | 95 |) edited: its 自然人 95 made `cell`. */
function withNewApplicants(cell: string) {
  const lines = [...PIPE];
  lines[55] = (lines[55] as string).replace("| 95 | 0 |", `| ${cell} | 0 |`);
  const { report, diagnostics } = parseReport(lines.join("\n"));
  return validateReport(report, { diagnostics, today: "2026-11-23" }).filter((f) => /^T3|UNVERIFIED/.test(f.rule));
}

const WHY = "（格式要求每格填数，没有的填0；横杠/无表示没有，按0核对；--blank-as-zero 把空白按0核对）";

describe("a blank where a number is due, against a dash (review RV23, item 4)", () => {
  it("the input line", () => {
    expect(PIPE[55]).toBe("| 一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95 |");
  });

  it("a dash says none: checked as 0, two warnings (unchanged)", () => {
    expect(withNewApplicants("-").map((f) => [f.rule, f.severity, f.source?.line, f.actual, f.expected])).toEqual([
      ["T3-BAL", "warning", 56, 0, 95],
      ["T3-ROW", "warning", 56, 95, 0],
    ]);
  });

  it("a blank says nothing: infos, which say why and that as 0 it would not add up, with the sums (was: only 'not a number')", () => {
    const found = withNewApplicants("");
    expect(found.map((f) => [f.rule, f.severity, f.source?.line, f.actual, f.expected, f.delta])).toEqual([
      ["UNVERIFIED", "info", 56, 0, 95, -95],
      ["UNVERIFIED", "info", 56, 95, 0, 95],
    ]);
    expect(found[0]?.message.zh).toBe(
      `T3-BAL 三、一＋二 = （七）总计＋四 / 自然人：无法核验，三、一、本年新收政府信息公开申请数量 / 自然人（空白）不是数字：空白不按0计，本式未核对；若空白为0，则0 ≠ 95，本式不成立${WHY}`,
    );
    expect(found[1]?.message.en).toBe(
      "T3-ROW Table 3 / 1. New applications this year / Total: cannot verify, not a number: Table 3 / 1. New applications this year / Natural persons (blank): blanks are not read as 0, so this was not checked; with blanks as 0, 95 ≠ 0: this would not hold (the layout wants a number in every cell, 0 when none; a dash says none and is checked as 0; --blank-as-zero checks blanks as 0)",
    );
    // check's text does not fold them into a table's line: a number may be missing there.
    expect(groupUnchecked(found)).toEqual(found);
  });

  it("a blank where a 0 is due: as 0 the identity holds, no sums given, and check's text folds such infos", () => {
    const lines = [...PIPE];
    lines[56] = (lines[56] as string).replace("| 0 |", "|  |");
    const { report, diagnostics } = parseReport(lines.join("\n"));
    const found = validateReport(report, { diagnostics }).filter((f) => f.rule === "UNVERIFIED");
    expect(found.map((f) => [f.source?.line, f.delta])).toEqual([
      [57, null],
      [57, null],
    ]);
    expect(found[1]?.message.zh).toBe(
      `T3-ROW 三、二、上年结转政府信息公开申请数量 / 总计：无法核验，三、二、上年结转政府信息公开申请数量 / 自然人（空白）不是数字：空白不按0计，本式未核对；若空白为0则成立${WHY}`,
    );
    expect(groupUnchecked(found).map((f) => f.message.zh)).toEqual([
      "表三：2条勾稽关系因空白单元格无法核对（空白未按0计）：二、上年结转政府信息公开申请数量 / 自然人1个空白单元格（格式要求填数，没有的填0；--verbose 逐条列出，--blank-as-zero 按0核对）",
    ]);
  });
});
