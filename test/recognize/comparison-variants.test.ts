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

// 025 (淮安市, 2024): Table 二 licensing 447228; Table 三 new 3001 53 0 0 61 4 3119.
const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const BASE = parseReport(CITY).report;

const skipped = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "comparison-skipped")
    .map((d) => d.text);
const th = (text: string, attrs = ""): EditCell => ({ text, tag: "th", attrs });
const td = (text: string): EditCell => ({ text, tag: "td" });

function edited(shape: RenderShape, edit: Parameters<typeof editRows>[2]) {
  const plain = renderReport(BASE, shape);
  const text = editRows(plain, shape, edit);
  expect(text).not.toBe(plain);
  return { text, report: parseReport(text).report, plain: raws(parseReport(plain).report) };
}

describe("comparison columns and rows as real sites print them", () => {
  it.each(SHAPES)("%s: a two-row head 处理决定数量 over 上年 | 本年", (shape) => {
    const { text, report, plain } = edited(shape, (cells) => {
      if (cells[0]?.text === "信息内容" && cells[1]?.text === "本年处理决定数量" && cells.length <= 4)
        return [
          [th("信息内容", ' rowspan="2"'), th("处理决定数量", ' colspan="2"')],
          [th("上年"), th("本年")],
        ];
      if (["行政许可", "行政处罚", "行政强制"].includes(cells[0]!.text))
        return [[cells[0]!, td(String(Number(cells[1]!.text) - 100)), td(cells[1]!.text)]];
      return [cells];
    });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(report.cells["active_disclosure.coercion.decisions"]?.value).toBe(88283);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text)).toEqual(["上年", "上年"]);
  });

  it.each(SHAPES)("%s: Table 三 rows in two years, 2024年 then 2023年, under each label", (shape) => {
    const { text, report, plain } = edited(shape, (cells) => {
      if (cells[0]?.text !== "一、本年新收政府信息公开申请数量") return [cells];
      const at = cells.findIndex(isNumberCell);
      const lastYear = ["2000", "50", "0", "0", "60", "4", "2114"].map(td);
      return [insertAt(cells, at, th("2024年")), [...cells.slice(0, at).map(() => th("")), th("2023年"), ...lastYear]];
    });
    expect(report.cells["applications.new.natural_person"]?.value).toBe(3001);
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(raws(report)).toEqual(plain);
    expect(report.extraRows).toEqual([]);
    expect(skipped(text)).toEqual(["2023年"]);
  });

  it.each(SHAPES)("%s: a 同比增长 column after 总计 holding rates in per cent", (shape) => {
    const { text, report, plain } = edited(shape, (cells) => {
      const total = indexOfText(cells, "总计");
      if (indexOfText(cells, "法人或其他组织") >= 0)
        return [insertAt(cells, total + 1, th("同比增长（%）", ' rowspan="2"'))];
      const numbers = cells.filter(isNumberCell).length;
      if (numbers === 7 && cells.some((c) => /[\u4e00-\u9fff]/.test(c.text))) return [[...cells, td("12.5%")]];
      return [cells];
    });
    expect(report.cells["applications.new.total"]?.value).toBe(3119);
    expect(raws(report)).toEqual(plain);
    expect(report.extraRows).toEqual([]);
    expect(skipped(text)).toEqual(["同比增长（%）"]);
  });

  it.each(SHAPES)(
    "%s: another year's note after the label, 规章（上年） before 规章 and 行政许可（2023年） after 行政许可",
    (shape) => {
      const { text, report, plain } = edited(shape, (cells) => {
        if (cells[0]?.text === "规章") return [[th("规章（上年）"), td("2"), td("5"), td("10")], cells];
        if (cells[0]?.text === "行政许可") return [cells, [th("行政许可(2023年)"), td("400000")]];
        return [cells];
      });
      expect(report.cells["active_disclosure.regulations.issued"]?.value).toBe(1);
      expect(report.cells["active_disclosure.regulations.in_force"]?.value).toBe(11);
      expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
      expect(raws(report)).toEqual(plain);
      expect(report.extraRows).toEqual([]);
      expect(skipped(text)).toEqual(["规章（上年）", "行政许可(2023年)"]);
    },
  );

  it.each(SHAPES)("%s: two sub-rows under one label, 行政许可 | 上年 | 400000 then | 本年 | 447228", (shape) => {
    const { text, report, plain } = edited(shape, (cells) => {
      if (cells[0]?.text !== "行政许可") return [cells];
      const label = shape === "html" ? [th("行政许可", ' rowspan="2"')] : [th("行政许可")];
      return [
        [...label, th("上年"), td("400000")],
        [...(shape === "html" ? [] : [th("")]), th("本年"), td("447228")],
      ];
    });
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    expect(raws(report)).toEqual(plain);
    expect(report.extraRows).toEqual([]);
    expect(skipped(text)).toEqual(["行政许可 上年"]);
  });

  it.each(SHAPES)("%s: Table 四 printed a row a line (行政复议 and its five) with an 上年总计 column", (shape) => {
    let drop = 0;
    const { text, report, plain } = edited(shape, (cells) => {
      if (indexOfText(cells, "行政诉讼") >= 0) {
        drop = 2;
        return [["类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "上年总计"].map((t) => th(t))];
      }
      if (drop > 0) {
        drop--;
        return [];
      }
      if (cells.filter(isNumberCell).length !== 15) return [cells];
      const v = cells.filter(isNumberCell).map((c) => c.text);
      return [
        [th("行政复议"), ...v.slice(0, 5).map(td), td("300")],
        [th("未经复议直接起诉"), ...v.slice(5, 10).map(td), td("20")],
        [th("复议后起诉"), ...v.slice(10).map(td), td("18")],
      ];
    });
    expect(report.cells["review_litigation.review.total"]?.value).toBe(351);
    expect(report.cells["review_litigation.litigation_direct.upheld"]?.value).toBe(13);
    expect(report.cells["review_litigation.litigation_after_review.total"]?.value).toBe(20);
    expect(raws(report)).toEqual(plain);
    expect(skipped(text)).toEqual(["上年总计"]);
  });
});
