import { describe, expect, it } from "vitest";
import { linesVariant, readLines } from "../../src/shapes/lines.js";
import { splitTrailingNumbers } from "../../src/shapes/pdf-trailing-numbers.js";
import { sourceLines } from "../../src/shapes/source-lines.js";
import { expectCell, expectConsistentPositions, fixture, rowTexts, tablesOf, textsOf } from "./helpers.js";

describe("lines reader, Word export variant (seed 002)", () => {
  const text = fixture("seeds/002_d039ec262de9d514.txt");
  const doc = readLines(text);
  const tables = tablesOf(doc);

  it("is detected as the word variant, rows reliable", () => {
    expect(linesVariant(sourceLines(text))).toBe("word");
    expect(tables.length).toBe(3);
    expect(tables.every((t) => t.rowsReliable)).toBe(true);
    expect(tables.map((t) => t.rows.length)).toEqual([14, 28, 4]);
  });

  it("groups blank-line separated cells into rows", () => {
    const t0 = tables[0];
    expect(rowTexts(t0, 1)).toEqual(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
    expect(rowTexts(t0, 10)).toEqual(["行政强制", "1"]);
    expectCell(doc, t0?.rows[9]?.[1], "45", 53, 2);
  });

  it("joins wrapped cells and strips bookmarks keeping positions right", () => {
    const t1 = tables[1];
    const wrapped = t1?.rows.flat().find((c) => c.text.startsWith("5.要求行政机关"));
    expectCell(doc, wrapped, "5.要求行政机关确认或重新\n出具已获取信息", 295, 2);
    const first = t1?.rows[3];
    expect(first?.map((c) => c.text)).toEqual(["一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"]);
    // "\t[bookmark: _Hlk66973412]一、…": the label starts after the tab and the 24-character marker
    expectCell(doc, first?.[0], "一、本年新收政府信息公开申请数量", 90, 26);
    const note = t1?.rows[0]?.[0];
    expect(note?.text).toBe("（本列数据的勾稽关系为：第一项加第二项之和，\n等于第三项加第四项之和）");
    const prose = textsOf(doc).find((b) => b.text.startsWith("在2024年，我局政务"));
    expect(prose?.position.line).toBe(408);
    expect(prose?.position.column).toBe(89);
    expect(textsOf(doc).some((b) => b.text.includes("[bookmark:"))).toBe(false);
  });

  it("keeps the empty cells of the header rows and the table-四 number row", () => {
    const t2 = tables[2];
    expect(rowTexts(t2, 0)).toEqual(["行政复议", "行政诉讼"]);
    expect(rowTexts(t2, 2).slice(0, 6)).toEqual(["", "", "", "", "", "结果 维持"]);
    expect(rowTexts(t2, 3)).toEqual(Array(15).fill("0"));
    expect(t2?.rows[3]?.[14]?.position.line).toBe(404);
    expect(textsOf(doc).find((b) => b.text.startsWith("四、政府信息公开行政复议"))?.position.column).toBe(2);
    expectConsistentPositions(doc);
  });
});

describe("lines reader, |-line cell variant (seed 003)", () => {
  const text = fixture("seeds/003_80aeb6f3312619ab.txt");
  const doc = readLines(text);
  const [table] = tablesOf(doc);

  it("is detected as the cells variant and yields label|unit|value|remark rows", () => {
    expect(linesVariant(sourceLines(text))).toBe("cells");
    expect(tablesOf(doc).length).toBe(1);
    const rows = table?.rows ?? [];
    expect(rows[0]?.map((c) => c.text)).toEqual(["一、主动公开政府信息情况"]);
    expect(rowTexts(table, 1)).toEqual(["政府信息公开形式和公开数量", "单位", "数量", "备注"]);
    expect(rowTexts(table, 2)).toEqual(["1.政府(部门)网站公开(不含政府信息公开网站)", "条", "502", ""]);
    expectCell(doc, rows[2]?.[2], "502", 57, 1);
    expect(rowTexts(table, 3)).toEqual(["2.新闻发布会", "场", "0", ""]);
    // the second row of a rowspan label: the printed row has three cells
    expect(rowTexts(table, 4)).toEqual(["条", "0", ""]);
    expectCell(doc, rows[4]?.[0], "条", 69, 1);
    expect(rowTexts(table, 7)).toEqual(["4.其他便于公众知晓的方式", "条", "868", "微博"]);
    expectCell(doc, rows[7]?.[3], "微博", 95, 1);
  });

  it("reads the last section and keeps the report text as prose", () => {
    const rows = table?.rows ?? [];
    const title = rows.find((r) => r[0]?.text.startsWith("六、实施重大决策听证"));
    expect(title?.[0]?.position.line).toBe(573);
    expect(rowTexts(table, rows.length - 1)).toEqual(["发布重点工作通报事项", "项", "93", ""]);
    expectCell(doc, rows[rows.length - 1]?.[2], "93", 608, 1);
    const texts = textsOf(doc).map((b) => b.text);
    expect(texts).toContain("2014年昆明市卫生局政府信息公开工作统计表");
    expect(texts).toContain("八、存在的主要问题及改进措施");
    expect(texts.some((t) => t === "|" || t.startsWith("||"))).toBe(false);
    expectConsistentPositions(doc);
  });
});

describe("lines reader, PDF text variant (corpus 023–025)", () => {
  it("023: splits trailing numbers off labels, drops page numbers, rows unreliable", () => {
    const text = fixture("corpus/023_2023_hongzequ.txt");
    const doc = readLines(text);
    const tables = tablesOf(doc);
    expect(linesVariant(sourceLines(text))).toBe("pdf");
    expect(tables.length).toBe(3);
    expect(tables.every((t) => !t.rowsReliable)).toBe(true);
    const cells = tables.flatMap((t) => t.rows.flat());
    const all = [...cells.map((c) => c.text), ...textsOf(doc).map((b) => b.text)];
    expect(all.some((t) => /^[-—]\s*\d+\s*[-—]$/.test(t))).toBe(false);
    const row49 = tables[0]?.rows.find((r) => r[0]?.position.line === 49);
    expect(row49?.map((c) => c.text)).toEqual(["行政规范性文件", "0", "5", "5"]);
    expectCell(doc, row49?.[3], "5", 49, 13);
    const fee = tables[0]?.rows.find((r) => r[0]?.text === "行政事业性收费");
    expect(fee?.map((c) => c.text)).toEqual(["行政事业性收费", "7730.28"]);
    expectCell(doc, fee?.[1], "7730.28", 60, 9);
    const numbersOnly = tables[1]?.rows.find((r) => r[0]?.position.line === 93);
    expect(numbersOnly?.map((c) => c.text)).toEqual(["4", "0", "0", "0", "0", "0", "4"]);
    const review = tables[2]?.rows[tables[2].rows.length - 1];
    expect(review?.map((c) => c.text)).toEqual([
      "10",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "5",
      "0",
      "0",
      "0",
      "0",
    ]);
    expect(review?.[10]?.position).toMatchObject({ line: 149, column: 22 });
    // vertical labels stay one-cell rows in reading order
    const vertical = tables[1]?.rows.filter((r) => r[0] && r[0].position.line >= 81 && r[0].position.line <= 89);
    expect(vertical?.map((r) => r[0]?.text).join("")).toBe("三、本年度办理结果");
    expectConsistentPositions(doc);
  });

  it("023: section headings and prose stay text blocks", () => {
    const doc = readLines(fixture("corpus/023_2023_hongzequ.txt"));
    const texts = textsOf(doc);
    expect(texts.find((b) => b.text === "二、主动公开政府信息情况")?.position.line).toBe(45);
    expect(texts.find((b) => b.text === "三、收到和处理政府信息公开申请情况")?.position.line).toBe(61);
    expect(texts.find((b) => b.text.startsWith("泽区人民政府办公室联系"))?.position.line).toBe(9);
    expect(texts.find((b) => b.text.startsWith("级审核、先审后发"))?.position.line).toBe(32);
  });

  it("024: a prose line ending in a number does not make a table", () => {
    const doc = readLines(fixture("corpus/024_2024_hongzequ.txt"));
    const tables = tablesOf(doc);
    expect(tables.length).toBe(3);
    expect(textsOf(doc).find((b) => b.text === "公开政府常务会议 7")?.position.line).toBe(22);
    const permit = tables[0]?.rows.find((r) => r[0]?.text === "行政许可");
    expect(permit?.map((c) => c.text)).toEqual(["行政许可", "9487"]);
  });

  it("025: big numbers, the 15-number review row and page furniture", () => {
    const text = fixture("corpus/025_2024_huaianshi.txt");
    const doc = readLines(text);
    const tables = tablesOf(doc);
    expect(tables.length).toBe(3);
    const permit = tables[0]?.rows.find((r) => r[0]?.position.line === 80);
    expect(permit?.map((c) => c.text)).toEqual(["行政许可", "447228"]);
    const received = tables[1]?.rows.find((r) => r[0]?.position.line === 105);
    expect(received?.map((c) => c.text)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "3001",
      "53",
      "0",
      "0",
      "61",
      "4",
      "3119",
    ]);
    const total = tables[1]?.rows.find((r) => r[0]?.text === "（七）总计");
    expect(total?.map((c) => c.text)).toEqual(["（七）总计", "2932", "53", "0", "0", "61", "4", "3050"]);
    const review = tables[2]?.rows[tables[2].rows.length - 1];
    expect(review?.map((c) => c.text).join(" ")).toBe("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20");
    expect(review?.[0]?.position).toMatchObject({ line: 188, column: 1 });
    expectConsistentPositions(doc);
  });

  it("pdftotext -layout text: runs of spaces separate header cells", () => {
    const doc = readLines(fixture("corpus/D02_2023_hongzequ_pdftotext-layout.txt"));
    const [t0] = tablesOf(doc);
    const header = t0?.rows.find((r) => r[0]?.position.line === 45);
    expect(header?.map((c) => c.text)).toEqual(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
    expectCell(doc, header?.[1], "本年制发件数", 45, 15);
    const permit = t0?.rows.find((r) => r[0]?.text === "行政许可");
    expect(permit?.map((c) => c.text)).toEqual(["行政许可", "550"]);
    expectCell(doc, permit?.[1], "550", 59, 27);
    expectConsistentPositions(doc);
  });
});

describe("splitTrailingNumbers", () => {
  const line = (text: string) => ({ text, start: 100, number: 7 });

  it("splits whitespace-separated numbers, dashes, slashes and full-width digits off the label", () => {
    const s = splitTrailingNumbers(line("行政处罚 1,234 －  ／ ４５ 7.5%"));
    expect(s.label).toEqual({ text: "行政处罚", offset: 100 });
    expect(s.numbers.map((n) => n.text)).toEqual(["1,234", "－", "／", "４５", "7.5%"]);
    expect(s.numbers[1]?.offset).toBe(100 + "行政处罚 1,234 ".length);
  });

  it("keeps numbers inside the label and lines of only numbers", () => {
    expect(splitTrailingNumbers(line("其中:1.96128电话查询数 246")).label?.text).toBe("其中:1.96128电话查询数");
    const only = splitTrailingNumbers(line("  10 1 0"));
    expect(only.label).toBeUndefined();
    expect(only.numbers.map((n) => [n.text, n.offset])).toEqual([
      ["10", 102],
      ["1", 105],
      ["0", 107],
    ]);
    expect(splitTrailingNumbers(line("3. 其他")).numbers).toEqual([]);
  });
});
