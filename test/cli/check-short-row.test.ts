import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const CITY = readFileSync(path.join(ROOT, "test/fixtures/corpus/025_2024_huaianshi.txt"), "utf8");
const dir = tempDir("xxgk-check-short-row-");
const rendered = (shape: "html" | "pipe" | "lines"): string[] =>
  renderReport(parseReport(CITY).report, shape).split("\n");
/** 025 rendered in a shape, with one line edited (1-based), written to a file. */
function draft(name: string, lines: string[], edit: (lines: string[]) => void): string {
  const copy = [...lines];
  edit(copy);
  const file = path.join(dir, name);
  writeFileSync(file, copy.join("\n"));
  return file;
}
interface Found {
  rule: string;
  severity: string;
  message: { zh: string; en: string };
  source?: { line: number; column: number };
}

// 025's （一）予以公开 is 1288 21 0 0 50 3 1362; one of its two 0 cells dropped leaves 6 values for 7 columns.
const HTML = rendered("html");
const HTML_ROW = HTML.findIndex((l) => l.includes("（一）予以公开"));
const SHORT_HTML = draft("short.html", HTML, (l) => {
  l[HTML_ROW] = (l[HTML_ROW] as string).replace("<td>0</td><td>50</td>", "<td>50</td>");
});
const PIPE = rendered("pipe");
const PIPE_ROW = PIPE.findIndex((l) => l.includes("（一）予以公开"));
const SHORT_PIPE = draft("short.md", PIPE, (l) => {
  l[PIPE_ROW] = (l[PIPE_ROW] as string).replace("| 0 | 50 |", "| 50 |");
});
const LINES = rendered("lines");
const LINES_ROW = LINES.findIndex((l) => l.includes("（一）予以公开"));
const SHORT_LINES = draft("short.txt", LINES, (l) => {
  l.splice(LINES_ROW + 4, 1);
});

const ZH =
  "表三“（一）予以公开”缺少列：总计（第LINE行比格式少1个数值：读到的数值依次填入前面的列，所缺的记为不存在，涉及它们的勾稽关系无法核对；若漏的是中间某列，其后的数值都错了列，本行所涉勾稽关系的报错可能由此而来）";

/** The row findings (parse rules row-*, STRUCT-ROW-*) of a check's JSON output. */
async function rowFindings(file: string): Promise<Found[]> {
  const out = await xxgk(["check", file, "-j", "1", "--format", "json"]);
  return (JSON.parse(out.stdout) as Found[]).filter((f) => /^(row-|STRUCT-ROW-)/.test(f.rule));
}

describe("a short row in a table is one finding at its values (review RV23, item 1)", () => {
  it("the edits are where they are meant to be", () => {
    expect(HTML_ROW + 1).toBe(92);
    expect(HTML[HTML_ROW]).toContain("<td>1288</td><td>21</td><td>0</td><td>0</td><td>50</td><td>3</td><td>1362</td>");
    expect(PIPE_ROW + 1).toBe(82);
    expect(LINES.slice(LINES_ROW, LINES_ROW + 8)).toEqual(
      ["（一）予以公开", "1288", "21", "0", "0", "50", "3", "1362"].map((v) => `\t${v}`),
    );
  });

  it("HTML <tr> lacking one <td>: STRUCT-ROW-MISSING at the row's first value, saying what the parser said (was: also row-missing-values at the section heading)", async () => {
    const found = await rowFindings(SHORT_HTML);
    expect(found.map((f) => [f.rule, f.severity, f.source?.line, f.source?.column])).toEqual([
      ["STRUCT-ROW-MISSING", "warning", 92, 68],
    ]);
    expect(found[0]?.message.zh).toBe(ZH.replace("LINE", "92"));
    expect(found[0]?.message.en).toBe(
      "table 三 row applications.results.granted lacks columns: 总计 (line 92 has 1 value fewer than the layout: the values read fill the first columns and the missing cells are absent, so the identities over it cannot be checked; if a value in the middle is what is missing, the values after it are in the wrong columns, and errors of identities over this row may come from that)",
    );
    const text = await xxgk(["check", SHORT_HTML, "-j", "1"]);
    expect(text.stdout).not.toContain("row-missing-values");
    expect(text.stdout).toContain(`${SHORT_HTML}:92:68  warning  STRUCT-ROW-MISSING  ${ZH.replace("LINE", "92")}`);
  });

  it("pipe table and one-cell-per-line text: the same one finding, at the row's values", async () => {
    expect(
      (await rowFindings(SHORT_PIPE)).map((f) => [f.rule, f.source?.line, f.source?.column, f.message.zh]),
    ).toEqual([["STRUCT-ROW-MISSING", 82, 25, ZH.replace("LINE", "82")]]);
    // Line 140 is the section heading 三、本年度办理结果, 141 the row's label, 142 its first value.
    expect(
      (await rowFindings(SHORT_LINES)).map((f) => [f.rule, f.source?.line, f.source?.column, f.message.zh]),
    ).toEqual([["STRUCT-ROW-MISSING", 142, 2, ZH.replace("LINE", "142")]]);
  });

  it("Table 四 read as 15 numbers in order, one short: its row-missing-values joins the row's STRUCT-ROW-MISSING", async () => {
    const file = path.join(ROOT, "test/fixtures/messy/red-team/pdf_rows_blank_cells_vanish.txt");
    const found = await rowFindings(file);
    expect(found.filter((f) => f.rule === "row-missing-values")).toEqual([]);
    expect(found.filter((f) => f.source?.line === 117).map((f) => [f.rule, f.source?.column, f.message.zh])).toEqual([
      [
        "STRUCT-ROW-MISSING",
        24,
        "表四“复议后起诉”缺少列：总计（第117行比格式少1个数值：读到的数值依次填入前面的列，所缺的记为不存在，涉及它们的勾稽关系无法核对；若漏的是中间某列，其后的数值都错了列，本行所涉勾稽关系的报错可能由此而来）",
      ],
    ]);
  });
});
