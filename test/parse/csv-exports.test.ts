// Reports' statistics tables as CSV: an Excel sheet saved as CSV on a Chinese Windows (GB18030 bytes, CRLF,
// every record padded to the sheet's width, merged cells written once with their covered slots empty), and
// tabula's extraction of Tables 三 and 四 from 025's PDF (UTF-8 with a BOM, a cell's wrapped lines joined by
// `\r` inside its quotes). Both hold 025's numbers, hand-read in test/fixtures/expected/corpus.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { expectedCells } from "../fixtures/expected/cells.js";
import { CORPUS_025 } from "../fixtures/expected/corpus.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const bytes = (file: string): Uint8Array => readFileSync(new URL(`../fixtures/${file}`, import.meta.url));
const EXPECTED = expectedCells(CORPUS_025);

describe("an Excel sheet of 025's tables saved as CSV (GB18030)", () => {
  const input = bytes("csv/025-tables-excel.gbk.csv");
  const { report, diagnostics } = parseReport(input);

  it("is read as CSV in GB18030, with every cell of Tables 二, 三 and 四 as read by hand", () => {
    expect([report.meta.shape, report.meta.encoding]).toEqual(["csv", "gb18030"]);
    for (const [id, value] of EXPECTED) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(EXPECTED.size);
    expect(diagnostics).toEqual([]);
  });

  it("positions each cell at its text in the decoded input (line 21 is 一、本年新收…: 3001 … 3119)", () => {
    const text = new TextDecoder("gb18030").decode(input);
    expect(text.split("\r\n")[20]).toBe("一、本年新收政府信息公开申请数量,,,3001,53,0,0,61,4,3119");
    expect(report.cells["applications.new.natural_person"]?.source).toMatchObject({ line: 21, column: 20 });
    for (const [id, cell] of Object.entries(report.cells)) {
      if (cell?.source === undefined) continue;
      expect(text.slice(cell.source.offset, cell.source.offset + cell.raw.length), id).toBe(cell.raw);
    }
  });

  it("takes the sheet's caption (…年度报告统计表) for no title but reads its body and year; the identities hold", () => {
    expect([report.meta.title, report.meta.orgName, report.meta.year]).toEqual([null, "淮安市人民政府", 2024]);
    const findings = validateReport(report);
    expect(findings.filter((f) => /^T[234]-/.test(f.rule) || f.severity === "error")).toEqual([]);
  });
});

describe("a sheet whose merged cells were unmerged and filled (every slot holds the text, as WPS or ffill leave it)", () => {
  it("reads every cell as read by hand, with no diagnostic (were 4 row-extra-values: 447228 | 447228 | 447228)", () => {
    const { report, diagnostics } = parseReport(bytes("csv/025-filled-merges.csv"));
    for (const [id, value] of EXPECTED) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(EXPECTED.size);
    expect(diagnostics).toEqual([]);
  });
});

describe("tabula's CSV of Tables 三 and 四 (labels wrapped inside quotes)", () => {
  const { report, diagnostics } = parseReport(bytes("csv/025-tables-tabula.csv"));

  it("reads every cell of Tables 三 and 四 as read by hand, and says Table 二 is not there", () => {
    expect([report.meta.shape, report.meta.encoding]).toEqual(["csv", "utf-8"]);
    let read = 0;
    for (const [id, value] of EXPECTED) {
      if (id.startsWith("active_disclosure.")) continue;
      expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
      read++;
    }
    expect(Object.keys(report.cells)).toHaveLength(read);
    expect(read).toBe(175 + 15);
    expect(diagnostics.map((d) => d.code)).toEqual(["table-not-found"]);
  });

  it("reads the wrapped label of （二）部分公开 to its row: 447 7 0 0 0 0 454", () => {
    const row = APPLICANT_COLUMNS.map(
      (c) => report.cells[`applications.results.partially_granted.${c}` as keyof typeof report.cells]?.value,
    );
    expect(row).toEqual([447, 7, 0, 0, 0, 0, 454]);
  });
});

describe("renderReport as CSV", () => {
  it("writes 025 as a spreadsheet would and reads it back with every cell, the title and the six sections", () => {
    const text = new TextDecoder().decode(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url)),
    );
    const original = parseReport(text).report;
    const csv = renderReport(original, "csv");
    expect(csv.split("\r\n")[0]).toBe(`${original.meta.title},,,,,,,,,,,,,,`);
    const back = parseReport(csv).report;
    expect(back.meta.shape).toBe("csv");
    expect(back.meta.title).toBe(original.meta.title);
    expect(back.sections.map((s) => s.id)).toEqual(original.sections.map((s) => s.id));
    for (const [id, cell] of Object.entries(original.cells))
      expect(back.cells[id as keyof typeof back.cells]?.raw, id).toBe(cell?.raw);
  });

  it("reads a data frame's CSV (pandas to_csv: an index column and a header of column numbers) as the sheet", () => {
    const text = new TextDecoder().decode(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url)),
    );
    const original = parseReport(text).report;
    const records = renderReport(original, "csv").trimEnd().split("\r\n");
    const width = records[0]!.split(",").length;
    const frame = [`,${Array.from({ length: width }, (_, k) => k).join(",")}`, ...records.map((r, k) => `${k},${r}`)];
    // Before: the index made every row one value longer (Table 四 read 48 49 50 72 64 for 72 64 178 37 351) and the
    // title a table row (title, body and year null).
    const back = parseReport(`${frame.join("\n")}\n`).report;
    expect([back.meta.title, back.meta.year]).toEqual([original.meta.title, 2024]);
    for (const [id, cell] of Object.entries(original.cells))
      expect(back.cells[id as keyof typeof back.cells]?.raw, id).toBe(cell?.raw);
  });

  it.each([
    ["the sheet's first row as pandas' header (Unnamed: 1 …) and an index", "named"],
    ["no index and pandas' header of column numbers (0, 1, 2 …)", "numbers"],
  ])("reads a data frame's CSV with %s", (_, kind) => {
    // Review RV26: with pandas' made-up names the index stayed (Table 四 read 105 106 107 72 64); a header of
    // column numbers took the title into a table.
    const text = new TextDecoder().decode(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url)),
    );
    const original = parseReport(text).report;
    const records = renderReport(original, "csv").trimEnd().split("\r\n");
    const width = records[0]!.split(",").length;
    const frame =
      kind === "named"
        ? [
            `,${records[0]!.split(",")[0]},${Array.from({ length: width - 1 }, (_, k) => `Unnamed: ${k + 1}`).join(",")}`,
          ].concat(records.slice(1).map((r, k) => `${k},${r}`))
        : [Array.from({ length: width }, (_, k) => k).join(","), ...records];
    const back = parseReport(`${frame.join("\n")}\n`).report;
    expect([back.meta.title, back.meta.year]).toEqual([original.meta.title, 2024]);
    for (const [id, cell] of Object.entries(original.cells))
      expect(back.cells[id as keyof typeof back.cells]?.raw, id).toBe(cell?.raw);
  });

  it("finds the title of a sheet printed right above a table's header (a padded one-cell record)", () => {
    // Review RV26: the title record was read as a one-cell row of the table and title, body and year were null.
    const sheet =
      "某局2024年政府信息公开工作年度报告,,,\n信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,1,0,11\n行政规范性文件,8,26,66\n";
    const { meta } = parseReport(sheet).report;
    expect([meta.shape, meta.title, meta.orgName, meta.year]).toEqual([
      "csv",
      "某局2024年政府信息公开工作年度报告",
      "某局",
      2024,
    ]);
  });
});

describe("a data frame saved with its empty cells written as nan (pandas: df.astype(str).to_csv())", () => {
  // 025 as a sheet read into pandas and saved back: every empty cell is `nan` (1,182 of them): the padding of each
  // record, the slots merged cells covered, a trailing one after a row's value. Before: the title line
  // (淮安市人民政府2024 年…,nan,nan,…) was a table row (title and body null), the sections' text held the nans,
  // and four one-column rows of Table 二 had `row-extra-values` (行政许可,447228,nan,).
  const { report, diagnostics } = parseReport(bytes("csv/025-pandas-nan.csv"));

  it("reads the nan cells as empty: every cell as read by hand, the title, no nan in the sections", () => {
    for (const [id, value] of EXPECTED) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(EXPECTED.size);
    expect([report.meta.title, report.meta.orgName]).toEqual([
      "淮安市人民政府2024 年政府信息公开工作年度报告",
      "淮安市人民政府",
    ]);
    expect(report.sections.map((s) => s.id)).toHaveLength(6);
    expect(report.sections.some((s) => s.text.includes("nan"))).toBe(false);
  });

  it("says so once, with the count and the word, at the first nan", () => {
    expect(diagnostics).toEqual([
      {
        code: "frame-missing-values",
        severity: "info",
        message: expect.stringContaining("1182 fields hold 「nan」"),
        source: { line: 1, column: 27, offset: 26 },
        text: "nan",
      },
    ]);
  });

  it("keeps a few nan cells of a hand-made sheet as text (cell-not-a-number), not as empty cells", () => {
    const text = new TextDecoder().decode(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url)),
    );
    const sheet = renderReport(parseReport(text).report, "csv").replace("\r\n规章,1,0,11\r\n", "\r\n规章,1,nan,11\r\n");
    expect(sheet).toContain("规章,1,nan,11");
    const { report: r, diagnostics: d } = parseReport(sheet);
    expect(r.cells["active_disclosure.regulations.repealed"]).toMatchObject({ raw: "nan", status: "text" });
    expect(d.map((x) => x.code)).toEqual(["cell-not-a-number"]);
  });
});

describe("a data frame's missing value padding a grid row past its columns", () => {
  it("is dropped as a blank cell would be (| 行政许可 | 447228 | nan |: was row-extra-values)", () => {
    const text = new TextDecoder().decode(
      readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url)),
    );
    const lines = renderReport(parseReport(text).report, "pipe").split("\n");
    const at = lines.indexOf("| 行政许可 | 447228 |");
    expect(at).toBeGreaterThan(0);
    lines[at] = "| 行政许可 | 447228 | nan |";
    const { report, diagnostics } = parseReport(lines.join("\n"));
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(diagnostics).toEqual([]);
  });
});
