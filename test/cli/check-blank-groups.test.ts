import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const DISTRICT = readFileSync(path.join(ROOT, "test/fixtures/corpus/024_2024_hongzequ.txt"), "utf8");
const PIPE = renderReport(parseReport(DISTRICT).report, "pipe").split("\n");
// Lines 56–78 are Table 三's 22 rows: every 0 cell blanked, as a report printing its zeros as nothing does.
const FIRST = PIPE.findIndex((l) => l.startsWith("| 一、本年新收政府信息公开申请数量 |"));
const LAST = PIPE.findIndex((l) => l.startsWith("| 四、结转下年度继续办理 |"));
const blanked = PIPE.map((line, i) => {
  if (i < FIRST || i > LAST) return line;
  let out = line;
  while (out.includes("| 0 |")) out = out.replace("| 0 |", "|  |");
  return out;
});
const dir = tempDir("xxgk-check-blank-");
const BLANK = path.join(dir, "blank.md");
writeFileSync(BLANK, blanked.join("\n"));

const GROUP_ZH =
  "表三：37条勾稽关系因空白单元格无法核对（空白未按0计）：二、上年结转政府信息公开申请数量 / 自然人、四、结转下年度继续办理 / 自然人、一、本年新收政府信息公开申请数量 / 法人或其他组织/商业企业等141个空白单元格（格式要求填数，没有的填0；--verbose 逐条列出，--blank-as-zero 按0核对）";

describe("check's text groups the identities a table's blanks leave unchecked (review RV23, item 3)", () => {
  it("the input: Table 三 of 024 with its zeros printed as blanks", () => {
    expect([FIRST + 1, LAST + 1]).toEqual([56, 78]);
    expect(blanked[55]).toBe("| 一、本年新收政府信息公开申请数量 | 95 |  |  |  |  |  | 95 |");
    expect(blanked[77]).toBe("| 四、结转下年度继续办理 |  |  |  |  |  |  |  |");
  });

  it("text: one UNVERIFIED line for Table 三 at the first one's place (was: 37 lines)", async () => {
    const out = await xxgk(["check", BLANK, "-j", "1"]);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("UNVERIFIED"))).toEqual([
      `${BLANK}:57:21  info     UNVERIFIED         ${GROUP_ZH}`,
    ]);
    expect(lines.map((l) => /^\S+:(\d+:\d+) +\w+ +(\S+)/.exec(l)?.slice(1))).toEqual([
      ["57:21", "UNVERIFIED"],
      ["21:1", "NARR-NOT-COMPARED"],
      ["101:1", "META-DATE-MISSING"],
      ["76:12", "STRUCT-HYBRID"],
    ]);
    expect(out.code).toBe(0);
    const en = await xxgk(["check", BLANK, "-j", "1", "--lang", "en"]);
    expect(en.stdout.split("\n")[0]).toBe(
      `${BLANK}:57:21  info     UNVERIFIED         Table 3: 37 identities not checked: blank cells (blanks are not read as 0): 2. Carried over from last year / Natural persons; 4. Carried forward to next year / Natural persons; 1. New applications this year / Legal persons/Businesses … (141 blank cells; the layout asks for a number, 0 when none; --verbose lists them one by one, --blank-as-zero checks blanks as 0)`,
    );
  });

  it("--verbose prints the 37 one by one; JSON and TSV keep all 37", async () => {
    const verbose = await xxgk(["check", BLANK, "-j", "1", "--verbose"]);
    const unchecked = verbose.stdout.split("\n").filter((l) => l.includes("UNVERIFIED"));
    expect(unchecked).toHaveLength(37);
    expect(unchecked[0]).toBe(
      `${BLANK}:57:21  info     UNVERIFIED         T3-BAL 三、一＋二 = （七）总计＋四 / 自然人：无法核验，三、二、上年结转政府信息公开申请数量 / 自然人（空白）、三、四、结转下年度继续办理 / 自然人（空白）不是数字：空白不按0计，本式未核对；若空白为0则成立（格式要求每格填数，没有的填0；横杠/无表示没有，按0核对；--blank-as-zero 把空白按0核对）`,
    );
    const json = JSON.parse((await xxgk(["check", BLANK, "-j", "1", "--format", "json"])).stdout) as { rule: string }[];
    expect(json.filter((f) => f.rule === "UNVERIFIED")).toHaveLength(37);
    const tsv = (await xxgk(["check", BLANK, "-j", "1", "--format", "tsv"])).stdout;
    expect(tsv.split("\n").filter((l) => l.startsWith("UNVERIFIED\t"))).toHaveLength(37);
  });

  it("several files: each file's table grouped, the closing summary unchanged", async () => {
    const copy = path.join(dir, "copy.md");
    writeFileSync(copy, blanked.join("\n"));
    const out = await xxgk(["check", BLANK, copy, "-j", "1"]);
    const lines = out.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("UNVERIFIED"))).toEqual([
      `${BLANK}:57:21  info     UNVERIFIED         ${GROUP_ZH}`,
      `${copy}:57:21  info     UNVERIFIED         ${GROUP_ZH}`,
    ]);
    expect(lines.at(-1)).toBe("共 2 份报告：0 个错误，0 个警告");
  });
});
