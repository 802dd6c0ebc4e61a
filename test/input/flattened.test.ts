/**
 * Tables flattened onto one line: text whose nodes were joined with spaces (BeautifulSoup's get_text(" "),
 * pdf.js text items joined with " "). The fixtures in messy/flattened/ are corpus 023's PDF text with every
 * run of whitespace made one space, the get_text(" ", strip=True) of corpus 025 rendered as HTML (text nodes
 * trimmed, joined with spaces, as BeautifulSoup does), and corpus 024 with Table 三's 56 lines joined onto
 * line 64. Before, the first two were `not-a-report` and the third lost every Table 三 cell.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostic-codes.js";
import { MIN_NUMBERS, relocate, unflattenTables } from "../../src/input/flattened.js";
import { parseReport, parseReports } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell } from "../../src/schema/common.js";
import { type AnnualReport, SECTION_IDS } from "../../src/schema/report.js";
import { Locator } from "../../src/shapes/positions.js";
import { cellOf, reportArb } from "../helpers/arbitrary-report.js";

const read = (path: string) => readFileSync(`test/fixtures/${path}`, "utf8");
const flattened = (file: string) => read(`messy/flattened/${file}`);
const codes = (text: string) => parseReport(text).diagnostics.map((d) => d.code);

/** Every cell of a report as status and raw text, by id. */
const cellTexts = (report: AnnualReport) =>
  Object.fromEntries(Object.entries(report.cells).map(([id, c]) => [id, `${c.status}:${c.raw}`]));

describe("a table flattened onto one line", () => {
  it("reads PDF text joined with spaces (corpus 023): every cell as in the PDF text, positions on line 1", () => {
    const text = flattened("023-joined-with-spaces.txt");
    expect(text.split("\n").filter((l) => l !== "")).toHaveLength(1);
    const { report, diagnostics } = parseReport(text);
    // The page numbers (`- 1 -` … `- 5 -`, lines of their own in the PDF text, a page apart) stay whole and are
    // dropped as page furniture: split like three cells, `- 3 -` after Table 二's 行政许可 row made an extra row
    // and `- 4 -` after a Table 三 row three values too many.
    expect(diagnostics.map((d) => [d.code, d.severity, d.source?.line, d.source?.column, d.text])).toEqual([
      ["input-flattened-table", "warning", 1, 1, undefined],
    ]);
    expect(text).toContain(" - 3 - ");
    expect(cellTexts(report)).toEqual(cellTexts(parseReport(read("corpus/023_2023_hongzequ.txt")).report));
    // Read off the PDF text: 行政许可 550, 行政处罚 4119; 本年新收 21 (自然人) … 21 (总计).
    expect(report.cells["active_disclosure.licensing.decisions"]).toMatchObject({ value: 550, status: "number" });
    expect(report.cells["active_disclosure.penalty.decisions"]).toMatchObject({ value: 4119, status: "number" });
    expect(report.cells["applications.new.natural_person"]?.value).toBe(21);
    expect(report.cells["applications.new.total"]?.value).toBe(21);
    for (const cell of Object.values(report.cells)) {
      expect(cell.source?.line).toBe(1);
      expect(cell.source?.column).toBe((cell.source?.offset ?? -1) + 1);
      expect(text.slice(cell.source?.offset, (cell.source?.offset ?? 0) + cell.raw.length)).toBe(cell.raw);
    }
    expect(report.sections.map((s) => s.id)).toEqual(SECTION_IDS.slice(0, 6));
    // The sentence of the statistical period stays whole: its numbers are followed by 年, 月, 日.
    expect(report.meta.statPeriod).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    expect(report.meta.year).toBe(2023);
  });

  it("reads full-width digits too (corpus 023 joined, its digits printed １２３): the same values", () => {
    const text = flattened("023-joined-with-spaces.txt");
    const wide = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const { report, diagnostics } = parseReport(wide);
    expect(diagnostics[0]?.code).toBe("input-flattened-table");
    const values = (r: AnnualReport) => Object.fromEntries(Object.entries(r.cells).map(([id, c]) => [id, c.value]));
    expect(values(report)).toEqual(values(parseReport(text).report));
    expect(report.cells["active_disclosure.penalty.decisions"]).toMatchObject({ raw: "４１１９", value: 4119 });
    // Its prose numbers stay with their words: ２０２３ 年 …
    expect(report.meta.statPeriod).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
  });

  it('reads a page\'s get_text(" ") (corpus 025 as HTML): all 200 cells, the six sections', () => {
    const text = flattened("025-html-get-text.txt");
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics.map((d) => d.code)).toEqual(["input-flattened-table"]);
    const page = parseReport(renderReport(parseReport(read("corpus/025_2024_huaianshi.txt")).report, "html")).report;
    expect(Object.keys(report.cells)).toHaveLength(200);
    expect(cellTexts(report)).toEqual(cellTexts(page));
    expect(report.cells["applications.new.natural_person"]).toMatchObject({ value: 3001, status: "number" });
    expect(report.sections.map((s) => s.id)).toEqual(SECTION_IDS.slice(0, 6));
    expect(report.meta).toMatchObject({ orgName: "淮安市人民政府", year: 2024, formatEra: "gb2021", shape: "lines" });
  });

  it('reads a report whose tables are nearly blank, got with get_text(" ") (002 rendered as HTML): the text is one line', () => {
    // Fewer than 24 cell numbers on the line (the page holds 9): before, this text was not-a-report.
    const text = flattened("002-blank-tables-get-text.txt");
    expect(text.split("\n").filter((l) => l !== "")).toHaveLength(1);
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics[0]).toMatchObject({ code: "input-flattened-table", severity: "warning", source: { line: 1 } });
    expect(diagnostics[0]?.message).toMatch(
      /^Line 1 holds a numbered heading and 24 or more runs of whitespace: a report, a page or a section flattened/,
    );
    expect(diagnostics.map((d) => d.code)).not.toContain("not-a-report");
    // Read off the text: 行政处罚 45, 行政强制 1; 一、本年新收 1 (自然人) 1 (总计); dated 2025年1月16日.
    expect(report.cells["active_disclosure.penalty.decisions"]).toMatchObject({ raw: "45", value: 45 });
    expect(report.cells["active_disclosure.coercion.decisions"]).toMatchObject({ raw: "1", value: 1 });
    expect(report.cells["applications.new.natural_person"]?.value).toBe(1);
    expect(report.cells["applications.new.total"]?.value).toBe(1);
    // The same cells as the PDF text the page was made from.
    const pdf = parseReport(read("messy/r28/002-zeros-pdftotext-default.txt")).report;
    expect(cellTexts(report)).toEqual(cellTexts(pdf));
    for (const cell of Object.values(report.cells)) {
      expect(cell.source?.line).toBe(1);
      expect(text.slice(cell.source?.offset, (cell.source?.offset ?? 0) + cell.raw.length)).toBe(cell.raw);
    }
    expect(report.meta).toMatchObject({
      title: "市中区卫生健康局2024年政府信息公开工作年度报告",
      orgName: "市中区卫生健康局",
      year: 2024,
      reportDate: "2025-01-16",
      statPeriod: { start: "2024-01-01", end: "2024-12-31" },
    });
    expect(report.sections.map((s) => s.id)).toEqual(SECTION_IDS.slice(0, 6));
  });

  it("reads pdf.js text items joined with spaces, a page per line (corpus 025 printed to PDF): all 200 cells, six sections", () => {
    // Each page's getTextContent() items joined with " " (the common snippet), pages joined with "\n": the
    // PDF LibreOffice printed from corpus 025 rendered as HTML. Pages 1, 2 and 6 hold fewer than 24 cell numbers:
    // before, their headings were lost and with them Tables 二 and 四 (175 of 200 cells, 2 of 6 sections).
    const text = read("pdf-js/025-pdfjs-page-items-joined.txt");
    expect(text.split("\n")).toHaveLength(6);
    const { report, diagnostics } = parseReport(text);
    expect(diagnostics.map((d) => [d.code, d.source?.line, d.message.slice(0, 28)])).toEqual([
      ["input-flattened-table", 1, "Line 1 holds a numbered head"],
      ["input-flattened-table", 3, "Line 3 holds a numbered head"],
      ["input-flattened-table", 4, "Line 4 holds 24 or more numb"],
      ["input-flattened-table", 5, "Line 5 holds 24 or more numb"],
      ["input-flattened-table", 6, "Line 6 holds a numbered head"],
    ]);
    expect(cellTexts(report)).toEqual(cellTexts(parseReport(read("corpus/025_2024_huaianshi.txt")).report));
    // Read off the text: 行政许可 447228 on page 3; 本年新收 自然人 3001 on page 4; 行政复议 总计 351 on page 6.
    expect(report.cells["active_disclosure.licensing.decisions"]).toMatchObject({ raw: "447228", source: { line: 3 } });
    expect(report.cells["applications.new.natural_person"]).toMatchObject({ raw: "3001", source: { line: 4 } });
    expect(report.cells["review_litigation.review.total"]).toMatchObject({ raw: "351", source: { line: 6 } });
    expect(report.sections.map((s) => s.id)).toEqual(SECTION_IDS.slice(0, 6));
    expect(report.meta).toMatchObject({ orgName: "淮安市人民政府", year: 2024, formatEra: "gb2021" });
  });

  it("splits only the flattened line (corpus 024, Table 三 on line 64): positions keep the input's lines", () => {
    const text = flattened("024-table-three-on-one-line.txt");
    const { report, diagnostics } = parseReport(text);
    // The page number `- 4 -` that stood on its own line inside Table 三 is now three pieces after a row.
    expect(diagnostics.map((d) => [d.code, d.source?.line, d.source?.column])).toEqual([
      ["input-flattened-table", 64, 1],
      ["row-extra-values", 64, 496],
    ]);
    expect(cellTexts(report)).toEqual(cellTexts(parseReport(read("corpus/024_2024_hongzequ.txt")).report));
    const locator = new Locator(text);
    for (const cell of Object.values(report.cells)) {
      const { line, column, offset } = cell.source ?? { line: 0, column: 0, offset: 0 };
      expect({ line, column }).toEqual({ line: locator.point(offset).line, column: locator.point(offset).column });
    }
    const table3 = Object.entries(report.cells).filter(([id]) => id.startsWith("applications."));
    expect(table3.map(([, c]) => c.source?.line)).toEqual(table3.map(() => 64));
    expect(Object.values(report.cells).filter((c) => c.source?.line === 64)).toHaveLength(table3.length);
    // 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31, on line 64; 行政许可 (Table 二) on its own line 55.
    expect(report.cells["applications.results.unable.not_held.total"]).toMatchObject({ value: 31 });
    expect(report.cells["active_disclosure.licensing.decisions"]?.source?.line).toBe(
      text.split("\n").findIndex((l) => l.startsWith("行政许可")) + 1,
    );
    // The sections' line positions are the input's too: every one points at its line's text.
    for (const section of report.sections) {
      section.text.split("\n").forEach((line, k) => {
        const at = section.lines?.[k];
        if (at && line !== "") expect(text.slice(at.offset, at.offset + line.length)).toBe(line);
      });
    }
  });

  it("gives parseReports' results the input's positions too", () => {
    const text = flattened("024-table-three-on-one-line.txt");
    const [only] = parseReports(text);
    expect(only?.diagnostics[0]).toMatchObject({ code: "input-flattened-table", source: { line: 64 } });
    expect(only?.report.cells["applications.new.total"]?.source?.line).toBe(64);
  });

  it("leaves a table on one line of tabs to the tab reader (word-extractor's .doc text)", () => {
    const text = read("messy/r27/024-word-extractor-doc.txt");
    expect(text.split("\n").some((l) => (l.match(/\t\d+/g) ?? []).length >= MIN_NUMBERS)).toBe(true);
    const { report } = parseReport(text);
    expect(report.meta.shape).toBe("tab");
    expect(codes(text)).not.toContain("input-flattened-table");
    expect(Object.keys(report.cells)).toHaveLength(186);
  });

  it("is a catalogued warning of the parse stage", () => {
    expect(DIAGNOSTIC_CODES.find((c) => c.code === "input-flattened-table")).toMatchObject({
      severity: "warning",
      stage: "parse",
    });
  });
});

describe("unflattenTables", () => {
  const row = (n: number) => `收到申请数 ${Array.from({ length: n }, (_, i) => String(i % 7)).join(" ")}`;
  const padded = (line: string) => `${line} ${"合计".repeat(200)}`;

  it(`needs ${MIN_NUMBERS} numbers between whitespace on a line of 400 characters or more`, () => {
    expect(unflattenTables(padded(row(MIN_NUMBERS - 1)))).toBeNull();
    expect(unflattenTables(padded(row(MIN_NUMBERS)))?.diagnostics).toHaveLength(1);
    // A short line is never scanned, whatever it holds.
    expect(unflattenTables(row(MIN_NUMBERS))).toBeNull();
  });

  it(`splits a line of 400 characters or more with a numbered heading and ${MIN_NUMBERS} runs of whitespace, whatever its numbers`, () => {
    const sentence = "本机关坚持以公开为常态、不公开为例外。";
    const words = (n: number) => Array.from({ length: n }, () => sentence).join(" ");
    const line = `某局2023年政府信息公开工作年度报告 一、总体情况 ${words(MIN_NUMBERS - 1)}`;
    expect(line.match(/\s+/g)).toHaveLength(MIN_NUMBERS);
    const split = unflattenTables(line);
    expect(split?.text.split("\n").slice(0, 3)).toEqual([
      "某局2023年政府信息公开工作年度报告",
      "一、总体情况",
      sentence,
    ]);
    expect(split?.diagnostics.map((d) => [d.source?.line, d.message.split(":")[0]])).toEqual([
      [1, "Line 1 holds a numbered heading and 24 or more runs of whitespace"],
    ]);
    // One whitespace run fewer, the heading glued to the text before it (a converter joining runs with no
    // separator), no numbered heading, or a line under 400 characters: not split.
    const fewer = `某局2023年政府信息公开工作年度报告 一、总体情况 ${words(MIN_NUMBERS - 2)}${sentence}`;
    expect(fewer.length).toBeGreaterThanOrEqual(400);
    expect(unflattenTables(fewer)).toBeNull();
    expect(unflattenTables(line.replace(" 一、", "一、"))).toBeNull();
    expect(unflattenTables(line.replace(" 一、", " 一"))).toBeNull();
    expect(unflattenTables(line.slice(0, 399))).toBeNull();
    // A long line of words between spaces that holds no headings (a minified script, a paragraph): not split.
    expect(unflattenTables("var a = b ; ".repeat(100))).toBeNull();
  });

  it("splits, in a text with a flattened line, every line with a numbered heading after whitespace (a last page)", () => {
    const page = `二、主动公开政府信息情况 ${Array.from({ length: 30 }, (_, i) => `本机关坚持公开${i}条规定。`).join(" ")}`;
    const last = "本机关严格落实收费办法。 六、其他需要报告的事项 无";
    const pieces = unflattenTables(`${page}\n${last}\n五、存在的主要问题\n七、 不是`)?.text.split("\n") ?? [];
    expect(pieces.slice(-6)).toEqual([
      "本机关严格落实收费办法。",
      "六、其他需要报告的事项",
      "无",
      "五、存在的主要问题",
      "七、",
      "不是",
    ]);
    const told = unflattenTables(`${page}\n${last}`)?.diagnostics.map((d) => [d.source?.line, d.message.split(":")[0]]);
    expect(told).toEqual([
      [1, "Line 1 holds a numbered heading and 24 or more runs of whitespace"],
      [2, "Line 2 holds a numbered heading after whitespace, in a text whose other lines were flattened"],
    ]);
    // Without a flattened line, the short line stays whole.
    expect(unflattenTables(last)).toBeNull();
  });

  it("does not count numbers of prose (a unit after them) nor numbers glued to words", () => {
    const prose = Array.from({ length: 40 }, (_, i) => `第${i}季度收到 ${i} 件，自 2023 年 ${(i % 12) + 1} 月`).join(
      "",
    );
    expect(unflattenTables(padded(prose))).toBeNull();
    expect(unflattenTables(padded(Array.from({ length: 40 }, (_, i) => `申请${i}件`).join(" ")))).toBeNull();
  });

  it("keeps every offset: only whitespace becomes line breaks; a number of prose stays on its piece", () => {
    const line = padded(`${row(MIN_NUMBERS)} 统计期限自 2023 年 1 月 1 日起 - 4 - 共收到 21 件`);
    const split = unflattenTables(`标题\n${line}\n落款`)?.text ?? "";
    expect(split).toHaveLength(line.length + 6);
    for (let i = 0; i < split.length; i++) {
      if (split[i] !== `标题\n${line}\n落款`[i])
        expect([split[i], /\s/.test(`标题\n${line}\n落款`[i] ?? "")]).toEqual(["\n", true]);
    }
    const pieces = split.split("\n");
    expect(pieces.slice(0, 3)).toEqual(["标题", "收到申请数", "0"]);
    expect(pieces).toContain("统计期限自 2023 年 1 月 1 日起");
    expect(pieces).toContain("共收到 21 件");
    // A page number is split like three cells: `- 4 -` may as well be a row's last values (`-` for none).
    expect(pieces.slice(pieces.indexOf("统计期限自 2023 年 1 月 1 日起") + 1).slice(0, 3)).toEqual(["-", "4", "-"]);
  });

  it("keeps page numbers whole: `第 3 页`, and three or more `- N -` a page apart counting up, none repeated", () => {
    const filler = "本机关坚持以公开为常态、不公开为例外。".repeat(12);
    const pieces = (text: string) => unflattenTables(padded(text))?.text.split("\n") ?? [];
    const three = pieces(`- 1 - ${row(MIN_NUMBERS)} ${filler} - 2 - ${filler} - 3 - ${filler} 第 5 页 共 9 页 规章 0`);
    expect(three).toEqual(expect.arrayContaining(["- 1 -", "- 2 -", "- 3 -", "第 5 页 共 9 页"]));
    // Two alone: also a row's cells `-` (none), a number, `-`; split.
    const two = pieces(`- 1 - ${row(MIN_NUMBERS)} ${filler} - 2 - ${filler} 第 3 页`);
    expect(two.slice(0, 3)).toEqual(["-", "1", "-"]);
    expect(two).toContain("第 3 页");
    // A row's cells repeating a page's number (规章 - 2 - on page 1, before the page number - 2 -): neither kept.
    const repeated = pieces(`- 1 - ${row(MIN_NUMBERS)} ${filler} 规章 - 2 - ${filler} - 2 - ${filler} - 3 -`);
    expect(repeated.slice(repeated.indexOf("规章"), repeated.indexOf("规章") + 4)).toEqual(["规章", "-", "2", "-"]);
    expect(repeated).not.toContain("- 2 -");
    // Counting up a few characters apart: a row's cells, split.
    const close = pieces(`- 1 - ${row(MIN_NUMBERS)} ${filler} - 2 - ${filler} - 3 - 规章 - 4 - 规范性文件 - 5 - 0`);
    expect(close.slice(close.indexOf("规章"), close.indexOf("规章") + 9)).toEqual([
      "规章",
      "-",
      "4",
      "-",
      "规范性文件",
      "-",
      "5",
      "-",
      "0",
    ]);
    expect(close).toContain("- 3 -");
  });

  it("reads a row whose cells look like a page number beside the real ones (corpus 023 joined): as before", () => {
    const pdf = read("corpus/023_2023_hongzequ.txt");
    // 规章 on page 2, its cells `- 3 -` (none, 3, none) before the page's number `- 3 -`.
    const text = pdf.replace("规章 0 0 0", "规章 - 3 -").replace(/\s+/g, " ");
    const { report } = parseReport(text);
    const cell = (id: keyof typeof report.cells) => report.cells[id]?.raw;
    expect([
      cell("active_disclosure.regulations.issued"),
      cell("active_disclosure.regulations.repealed"),
      cell("active_disclosure.regulations.in_force"),
    ]).toEqual(["-", "3", "-"]);
    // A Table 三 row holding `- 4 -` on page 4: its 7 cells.
    const row3 = "1.本机关不掌握相关政府信息 10 0 0 0 0 0 10";
    expect(pdf).toContain(row3);
    const t3 = parseReport(pdf.replace(row3, "1.本机关不掌握相关政府信息 6 - 4 - - - 10").replace(/\s+/g, " ")).report;
    const ids = Object.keys(t3.cells).filter((id) => id.startsWith("applications.results.unable.not_held."));
    expect(ids.map((id) => t3.cells[id as keyof typeof t3.cells]?.raw)).toEqual(["6", "-", "4", "-", "-", "-", "10"]);
  });

  it("relocate rewrites every position from its offset, in nested objects and arrays, and leaves frozen ones", () => {
    const text = "ab\ncd\nef";
    const frozen = Object.freeze({ line: 9, column: 9, offset: 4 });
    const value = {
      a: { line: 1, column: 5, offset: 4 },
      list: [{ source: { line: 1, column: 8, offset: 7 } }],
      frozen,
    };
    relocate(value, new Locator(text));
    expect(value).toEqual({
      a: { line: 2, column: 2, offset: 4 },
      list: [{ source: { line: 3, column: 2, offset: 7 } }],
      frozen: { line: 9, column: 9, offset: 4 },
    });
  });
});

describe("random reports flattened (property)", () => {
  /**
   * The report with every blank cell printed as 0 (a blank leaves no trace in text joined with spaces). A row
   * whose only value is the word 无 (Table 二's 行政事业性收费 无) is read too (recognize/na-words.ts).
   */
  const noBlanks = (report: AnnualReport): AnnualReport => {
    const cells: Record<string, Cell> = report.cells;
    for (const [id, cell] of Object.entries(cells)) {
      if (cell.status === "blank") cells[id] = cellOf("0");
    }
    return report;
  };
  const flat = (report: AnnualReport) => renderReport(report, "lines").replace(/\s+/g, " ");

  for (const era of ["gb2021", "gb2019"] as const) {
    it(`${era}: 150 random reports without blank cells, rendered one cell per line and joined with spaces, read back cell for cell`, () => {
      fc.assert(
        fc.property(reportArb(era, { plainProse: true }).map(noBlanks), (report) => {
          const { report: parsed, diagnostics } = parseReport(flat(report));
          expect(diagnostics[0]?.code).toBe("input-flattened-table");
          expect(cellTexts(parsed)).toEqual(cellTexts(report));
        }),
        { numRuns: 150 },
      );
    }, 120_000);
  }

  it("gb2021: with blank cells, a number read wrong is never silent (100 random reports)", () => {
    fc.assert(
      fc.property(reportArb("gb2021", { plainProse: true }), (report) => {
        const { report: parsed, diagnostics } = parseReport(flat(report));
        const truth: Record<string, Cell> = report.cells;
        const wrong = Object.entries(parsed.cells).filter(
          ([id, c]) => c.status === "number" && truth[id]?.value !== c.value,
        );
        const warned = diagnostics.some((d) => d.code === "row-missing-values" || d.code === "row-values-unplaced");
        if (wrong.length > 0) expect(warned).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe("a report on one line without separators", () => {
  it("is not-a-report, with a message saying the text is one line (any-text's .docx text joins runs without them)", () => {
    const glued = read("corpus/025_2024_huaianshi.txt").replace(/\s+/g, "");
    const [error, ...rest] = parseReport(glued).diagnostics;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: "not-a-report", severity: "error", source: { line: 1, column: 1 } });
    expect(error?.message).toBe(
      `No annual report was found in one line of ${glued.length} characters: a report whose line breaks were lost (a converter that joins a document's text runs without them, as any-text's .docx text does) cannot be read, no title, heading or table cell can be told apart; extract the text keeping its line breaks`,
    );
    // Short text, or text of many lines: the usual message.
    expect(parseReport("hello world").diagnostics[0]?.message).toBe(
      "No annual report was found: no title, no section headings and no statistics tables",
    );
    expect(parseReport("hello world\n".repeat(200)).diagnostics[0]?.message).toMatch(
      /^No annual report was found: no title/,
    );
  });
});
