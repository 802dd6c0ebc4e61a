/** Reading one cell's text (formats.md §5.6, §8.5, §8.7): numbers, blanks, dashes, text; never a made-up value. */
import { describe, expect, it } from "vitest";
import { cellReading, isMarkedNumber, readCellValue } from "../../src/recognize/cell-value.js";

describe("readCellValue", () => {
  it.each([
    ["12", 12],
    ["1,204", 1204],
    ["1 204", 1204],
    ["12 345 678", 12345678],
    ["3 4 9", 349],
    ["２５", 25],
    ["+2", 2],
    ["-3", -3],
    ["−3", -3],
    // Word's autocorrect makes `-3` an en dash; an em dash stands for minus in 增/减 columns (red team R13).
    ["–3", -3],
    ["—3", -3],
    ["- 1 204", -1204],
    ["+ 3 4", 34],
    ["65.8", 65.8],
  ])("%s reads as the number %d", (raw, value) => {
    expect(readCellValue(raw)).toEqual({ value, status: "number" });
  });

  it("keeps a unit written in the cell", () => {
    expect(readCellValue("251000元")).toEqual({ value: 251000, status: "number", unit: "元" });
    expect(readCellValue("25 件")).toEqual({ value: 25, status: "number", unit: "件" });
  });

  it("reads blanks and dashes, U+2212 alone among them", () => {
    for (const raw of ["", " ", "\u00a0", "\u3000"]) expect(readCellValue(raw).status).toBe("blank");
    for (const raw of ["-", "—", "／", "无", "不适用", "\u2212", "–", "——"])
      expect(readCellValue(raw).status).toBe("na");
    // Two dashes before a number are no sign.
    expect(readCellValue("——3").status).toBe("text");
  });

  it("reads several numbers side by side as text, never as the number their digits make together", () => {
    // A converter put a row's values in one cell: 217 7 6 7 7 2 246 is no 21776772246.
    expect(readCellValue("217 7 6 7 7 2 246")).toEqual({ value: null, status: "text" });
    expect(readCellValue("12 3")).toEqual({ value: null, status: "text" });
    expect(readCellValue("1 2345")).toEqual({ value: null, status: "text" });
  });

  it("reads a number with more digits than a double holds exactly as text, never as another number", () => {
    // 9007199254740993 would read as 9007199254740992; 1e23 would print as 1e+23 in TSV.
    for (const raw of ["9007199254740993", "100000000000000000000000", "1,234,567,890,123,456", "1234567890123.4567"]) {
      expect(readCellValue(raw), raw).toEqual({ value: null, status: "text" });
    }
    // Fifteen significant digits are exact; leading zeros do not count.
    expect(readCellValue("999999999999999")).toEqual({ value: 999999999999999, status: "number" });
    expect(cellReading("0000999999999999999")).toEqual({ value: 999999999999999, status: "number" });
    // (a table cell so written is text: digits after a leading 0 are no count)
    expect(readCellValue("0000999999999999999")).toEqual({ value: null, status: "text" });
    expect(readCellValue("0.000000000000000001")).toEqual({ value: 1e-18, status: "number" });
  });

  it("reads a number with a footnote mark (²³¹ ① ⑴ ₁) as text, never as the number with the mark's digit (red team R14)", () => {
    for (const raw of ["233¹", "233①", "233₁", "5⑴", "12²", "⒈5"]) {
      expect(readCellValue(raw), raw).toEqual({ value: null, status: "text" });
    }
    // Full-width digits are the digits they are.
    expect(readCellValue("２３３")).toEqual({ value: 233, status: "number" });
    expect(readCellValue("－３")).toEqual({ value: -3, status: "number" });
  });

  it("tells a number with a footnote mark or sign (72*, 10※, 5①, 𝟏 marks) from a label, a bare sign and a sum", () => {
    for (const raw of ["72*", "10※", "3＊", "1,024**", "5†", "233¹", "5①", "12⑴*"]) {
      expect(isMarkedNumber(raw), raw).toBe(true);
      expect(readCellValue(raw), raw).toEqual({ value: null, status: "text" });
    }
    for (const raw of ["*", "**", "注*", "合计*", "*72", "72", "2×3", "2023年*", "72 64*"]) {
      expect(isMarkedNumber(raw), raw).toBe(false);
    }
  });

  it("reads the space entities a tag-stripping scraper left literal as space (red team R14)", () => {
    expect(readCellValue("&nbsp;0")).toEqual({ value: 0, status: "number" });
    expect(readCellValue("12&ensp;")).toEqual({ value: 12, status: "number" });
    expect(readCellValue("&nbsp;")).toEqual({ value: null, status: "blank" });
    expect(readCellValue("&#160;&#12288;")).toEqual({ value: null, status: "blank" });
    expect(readCellValue("&amp;0")).toEqual({ value: null, status: "text" });
  });
});
