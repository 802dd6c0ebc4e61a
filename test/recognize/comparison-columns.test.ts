import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";
import {
  type EditCell,
  editRows,
  indexOfText,
  insertAt,
  isNumberCell,
  type RenderShape,
  raws,
  SHAPES,
} from "./table-edit.js";

// 025 (淮安市, 2024): Table 二 licensing 447228, 规章 1 / 0 / 11, 行政规范性文件 8 / 26 / 66; Table 三 new 3001 … 3119.
const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const BASE = parseReport(CITY).report;

/** The `comparison-skipped` warnings of a parse: the text named and the line it points at. */
const skipped = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "comparison-skipped")
    .map((d) => ({ severity: d.severity, text: d.text, line: d.source?.line }));

/** The 1-based line of the text's first line holding a cell `cell` (in any of the shapes). */
const lineOf = (text: string, cell: string): number =>
  text
    .split("\n")
    .findIndex(
      (l) =>
        l.trim() === cell ||
        l.includes(`| ${cell} |`) ||
        l.startsWith(`${cell}\t`) ||
        l.includes(`\t${cell}\t`) ||
        l.endsWith(`\t${cell}`) ||
        l.includes(`>${cell}<`),
    ) + 1;

const th = (text: string, attrs = ""): EditCell => ({ text, tag: "th", attrs });
const td = (text: string): EditCell => ({ text, tag: "td" });
const texts = (cells: readonly EditCell[]) => cells.map((c) => c.text);
/** A Table 三 data row: a label and its seven numbers. */
const isApplicationsRow = (cells: readonly EditCell[]) =>
  cells.filter(isNumberCell).length === 7 && cells.some((c) => c.text.length > 0 && !isNumberCell(c));
/** Table 四's row of fifteen numbers. */
const isReviewRow = (cells: readonly EditCell[]) => cells.filter(isNumberCell).length === 15;

/** Parses the rendering of 025 in a shape edited by `edit`; also returns the unedited rendering's cells. */
function edited(shape: RenderShape, edit: Parameters<typeof editRows>[2]) {
  const plain = renderReport(BASE, shape);
  const text = editRows(plain, shape, edit);
  expect(text).not.toBe(plain);
  return { text, report: parseReport(text).report, plain: raws(parseReport(plain).report) };
}

describe("the table editor", () => {
  it.each(SHAPES)("gives back a %s rendering unchanged when no row is edited", (shape) => {
    const plain = renderReport(BASE, shape);
    expect(editRows(plain, shape, (cells) => [cells])).toBe(plain);
  });
});

describe("Table 二: a comparison column beside this year's (red team: last year's number in this year's cell)", () => {
  it.each(SHAPES)("%s: 上年处理决定数量 before 本年处理决定数量 — licensing is 447228, not 400000", (shape) => {
    let header = -1;
    const { text, report, plain } = edited(shape, (cells, i) => {
      if (cells[0]?.text === "信息内容" && cells[1]?.text === "本年处理决定数量" && header < 0) {
        header = i;
        return [insertAt(cells, 1, th("上年处理决定数量"))];
      }
      if (cells[0]?.text === "行政许可") return [insertAt(cells, 1, td("400000"))];
      return [cells];
    });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text)).toEqual([
      { severity: "warning", text: "上年处理决定数量", line: lineOf(text, "上年处理决定数量") },
    ]);
  });

  it.each(SHAPES)("%s: 2023年处理决定数量 before, 同比增减 after this year's column", (shape) => {
    const { text, report, plain } = edited(shape, (cells) => {
      if (cells[0]?.text === "信息内容" && cells[1]?.text === "本年处理决定数量")
        return [insertAt(insertAt(cells, 2, th("同比增减")), 1, th("2023年处理决定数量"))];
      if (cells[0]?.text === "行政许可") return [insertAt(cells, 1, td("400000"), cells[1]!, td("47228")).slice(0, 4)];
      if (cells[0]?.text === "行政处罚") return [insertAt(cells, 1, td("3985000"), cells[1]!, td("758")).slice(0, 4)];
      if (cells[0]?.text === "行政强制") return [insertAt(cells, 1, td("88000"), cells[1]!, td("283")).slice(0, 4)];
      return [cells];
    });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(report.cells["active_disclosure.penalty.decisions"]?.value).toBe(3985758);
    expect(report.cells["active_disclosure.coercion.decisions"]?.value).toBe(88283);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text).map((d) => d.text)).toEqual([
      "2023年处理决定数量",
      "同比增减",
      "2023年处理决定数量",
      "同比增减",
    ]);
  });

  it.each(SHAPES)(
    "%s: the three-column 规章 block with 上年制发件数 between its columns and a row 上年规章",
    (shape) => {
      const { text, report, plain } = edited(shape, (cells) => {
        if (texts(cells).join() === "信息内容,本年制发件数,本年废止件数,现行有效件数")
          return [insertAt(cells, 2, th("上年制发件数"))];
        if (cells[0]?.text === "规章")
          return [[th("上年规章"), td("2"), td("5"), td("0"), td("10")], insertAt(cells, 2, td("2"))];
        if (cells[0]?.text === "行政规范性文件") return [insertAt(cells, 2, td("7"))];
        return [cells];
      });
      const docs = (row: string) =>
        ["issued", "repealed", "in_force"].map(
          (c) => report.cells[`active_disclosure.${row}.${c}` as "active_disclosure.regulations.issued"]?.value,
        );
      expect(docs("regulations")).toEqual([1, 0, 11]);
      expect(docs("normative_documents")).toEqual([8, 26, 66]);
      expect(raws(report)).toEqual(plain);
      expect(report.extraRows).toEqual([]);
      expect(skipped(text)).toEqual([
        { severity: "warning", text: "上年规章", line: lineOf(text, "上年规章") },
        { severity: "warning", text: "上年制发件数", line: lineOf(text, "上年制发件数") },
      ]);
    },
  );
});

describe("Table 三: an 上年 column after 总计, before 总计, before 自然人; a row 上年同期", () => {
  /** Table 三 of 025 with a head put in its 自然人 / 法人或其他组织 / 总计 line at `headAt` and a value in each row at `valueAt`. */
  const withColumn = (
    shape: RenderShape,
    head: string,
    headAt: (cells: EditCell[]) => number,
    valueAt: (cells: EditCell[]) => number,
  ) =>
    edited(shape, (cells) => {
      if (indexOfText(cells, "法人或其他组织") >= 0) return [insertAt(cells, headAt(cells), th(head, ' rowspan="2"'))];
      if (isApplicationsRow(cells)) return [insertAt(cells, valueAt(cells), td("999"))];
      return [cells];
    });
  const firstNumber = (cells: EditCell[]) => cells.findIndex(isNumberCell);
  const lastNumber = (cells: EditCell[]) => cells.findLastIndex(isNumberCell);

  it.each(SHAPES)("%s: 上年总计 appended after 总计", (shape) => {
    const { text, report, plain } = withColumn(
      shape,
      "上年总计",
      (c) => indexOfText(c, "总计") + 1,
      (c) => lastNumber(c) + 1,
    );
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(report.cells["applications.results.total.total"]?.value).toBe(3050);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text)).toEqual([{ severity: "warning", text: "上年总计", line: lineOf(text, "上年总计") }]);
  });

  it.each(SHAPES)("%s: 上年总计 before 总计 — the total is 3119, not 999", (shape) => {
    const { text, report, plain } = withColumn(shape, "上年总计", (c) => indexOfText(c, "总计"), lastNumber);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(report.cells["applications.new.other_org"]?.value).toBe(4);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text).map((d) => d.text)).toEqual(["上年总计"]);
  });

  it.each(SHAPES)("%s: 上年合计 before 自然人 — natural persons are 3001, not 999", (shape) => {
    const { text, report, plain } = withColumn(shape, "上年合计", (c) => indexOfText(c, "自然人"), firstNumber);
    expect(report.cells["applications.new.natural_person"]?.value).toBe(3001);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text).map((d) => d.text)).toEqual(["上年合计"]);
  });

  it.each(SHAPES)("%s: a row 上年同期 after the last row is no extra row of this year", (shape) => {
    const { text, report, plain } = edited(shape, (cells) =>
      cells[0]?.text === "四、结转下年度继续办理"
        ? [cells, [th("上年同期"), ...["30", "1", "0", "0", "0", "0", "31"].map(td)]]
        : [cells],
    );
    expect(raws(report)).toEqual(plain);
    expect(report.extraRows).toEqual([]);
    expect(skipped(text)).toEqual([{ severity: "warning", text: "上年同期", line: lineOf(text, "上年同期") }]);
  });
});

describe("Table 四: a row of another year's fifteen numbers", () => {
  const LAST_YEAR = ["60", "50", "150", "30", "290", "10", "3", "7", "0", "20", "9", "1", "2", "5", "17"];

  it.each(SHAPES)("%s: a row 上年 before this year's numbers — review upheld is 72, not 60", (shape) => {
    const { text, report, plain } = edited(shape, (cells) =>
      isReviewRow(cells) ? [[th("上年"), ...LAST_YEAR.map(td)], cells] : [cells],
    );
    expect(report.cells["review_litigation.review.upheld"]?.value).toBe(72);
    expect(report.cells["review_litigation.litigation_after_review.total"]?.value).toBe(20);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text)).toEqual([{ severity: "warning", text: "上年", line: lineOf(text, "上年") }]);
  });

  it.each(SHAPES)("%s: rows 2023年 and 2024年 — the report's year is read", (shape) => {
    const { text, report, plain } = edited(shape, (cells) =>
      isReviewRow(cells)
        ? [
            [th("2023年"), ...LAST_YEAR.map(td)],
            [th("2024年"), ...cells],
          ]
        : [cells],
    );
    expect(report.cells["review_litigation.review.upheld"]?.value).toBe(72);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text).map((d) => d.text)).toEqual(["2023年"]);
  });
});
