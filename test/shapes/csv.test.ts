// The CSV shape: RFC 4180 records as spreadsheets export a sheet and tabula/camelot extract a PDF's tables.
import { describe, expect, it } from "vitest";
import { detectShape } from "../../src/input/detect.js";
import { readCsv } from "../../src/shapes/csv.js";
import { csvRecords } from "../../src/shapes/csv-records.js";
import { expectConsistentPositions, rowTexts, tablesOf, textsOf } from "./helpers.js";

/** Each record's field texts. */
const texts = (text: string): string[][] => csvRecords(text).map((r) => r.fields.map((f) => f.text));

describe("csvRecords", () => {
  it("splits on commas outside quotes; a quoted field holds commas, doubled quotes and line breaks", () => {
    const text = 'a,"1,234","say ""hi""","two\r\nlines",\r\n,x\n';
    expect(texts(text)).toEqual([
      ["a", "1,234", 'say "hi"', "two\nlines", ""],
      ["", "x"],
    ]);
  });

  it("gives each field the offset of its text's first character (inside its quotes, past its spaces)", () => {
    const text = ' a , "b,c" ,d\n"e\nf",g';
    const records = csvRecords(text);
    for (const record of records)
      for (const field of record.fields) {
        const first = field.text.split("\n")[0] ?? "";
        expect(text.slice(field.offset, field.offset + first.length)).toBe(first);
      }
    expect(records.map((r) => r.start)).toEqual([0, 14]);
    expect(records[1]?.fields.map((f) => f.offset)).toEqual([15, 20]);
  });

  it("reads a quote that never closes as a character and goes on with the next line", () => {
    // Before a field's quote is known to be unclosed, it would swallow every line after it.
    expect(texts('"放管服"改革,1,2\n下一行,3,4\n')).toEqual([
      ['"放管服"改革', "1", "2"],
      ["下一行", "3", "4"],
    ]);
    // A quote followed by a comma closes a quoted field, lines later too (as RFC 4180 readers do); one
    // followed by other text is a character.
    expect(texts('x,"abc\ny,1\n"z",2\n')).toEqual([["x", 'abc\ny,1\n"z', "2"]]);
  });

  it("keeps an empty line as a record of one empty field and a trailing comma as an empty field", () => {
    expect(texts("a,\n\nb")).toEqual([["a", ""], [""], ["b"]]);
  });

  it("reads thousands of unclosed quotes in linear time (one scan to the end, then line by line)", () => {
    const line = '"a,"b,"c\n';
    const time = (n: number): number => {
      const text = line.repeat(n);
      const t0 = performance.now();
      const records = csvRecords(text);
      expect(records).toHaveLength(n);
      return performance.now() - t0;
    };
    time(2_000);
    const small = Math.min(time(2_000), time(2_000));
    const large = Math.min(time(20_000), time(20_000));
    // 10× the lines: quadratic would be ~100×; generous bounds for a loaded machine.
    expect(large / Math.max(small, 0.05)).toBeLessThan(40);
  });
});

describe("readCsv", () => {
  const sheet = [
    "某局2024年政府信息公开情况统计表,,,",
    "第二十条第（一）项,,,",
    "信息内容,本年制发件数,本年废止件数,现行有效件数",
    "规章,1,0,11",
    ",,,",
    "行政规范性文件,8,26,66",
    "说明：本表数据统计期限为2024年1月1日至12月31日，由各科室填报后汇总，请以正式公布的年度报告为准。,,,",
  ].join("\r\n");
  const doc = readCsv(sheet);

  it("reads a padded one-cell record as text, and as a row when a row follows it", () => {
    expect(doc.shape).toBe("csv");
    expect(textsOf(doc).map((t) => t.text)).toEqual([
      "某局2024年政府信息公开情况统计表",
      "说明：本表数据统计期限为2024年1月1日至12月31日，由各科室填报后汇总，请以正式公布的年度报告为准。",
    ]);
    const [table] = tablesOf(doc);
    expect(table?.rows.map((_, k) => rowTexts(table, k))).toEqual([
      ["第二十条第（一）项", "", "", ""],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "0", "11"],
      ["", "", "", ""],
      ["行政规范性文件", "8", "26", "66"],
    ]);
  });

  it("positions every cell where its text is in the input", () => {
    expectConsistentPositions(doc);
    const [table] = tablesOf(doc);
    expect(table?.rows[4]?.[3]?.position).toEqual({ line: 6, column: 14, offset: sheet.indexOf("66") });
  });

  it("keeps a quoted cell's line breaks and positions the cells after it on their own line", () => {
    const text = '"（二）部分公开\r（区分处理的）",447,7\n"一、本年新收政府信息\n公开申请数量",3001,53\n';
    const [table] = tablesOf(readCsv(text));
    expect(rowTexts(table, 0)).toEqual(["（二）部分公开\n（区分处理的）", "447", "7"]);
    expect(table?.rows[0]?.[1]?.position.line).toBe(2);
    expect(table?.rows[1]?.[2]?.position).toEqual({ line: 4, column: 14, offset: text.indexOf("53") });
  });
});

describe("detectShape and CSV", () => {
  it("detects spreadsheet exports, with and without the sheet's padding", () => {
    const rows =
      "信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,1,0,11\n行政规范性文件,8,26,66\n行政许可,447228,,\n";
    expect(detectShape(`标题,,,\n${rows}`)).toBe("csv");
    expect(detectShape(`标题\n${rows}`)).toBe("csv");
  });

  it("leaves prose with ASCII commas (a PDF font's comma) as lines", () => {
    const prose = [
      "2023年,我局严格按照市委、市政府关于政务公开的工作部署,创新公",
      "开方式,公开面达100%。全年主动公开信息2926条,其中通知公告32条,",
      "受理办结依申请公开2件,均严格按照要求及时办理,其中予以公开1",
      "件,部分公开1件。",
    ].join("\n");
    expect(detectShape(prose)).toBe("lines");
  });
});
