/**
 * Tables as converters write them (red team R23): pandoc's grid tables with numbers wrapped in narrow
 * columns, pandoc's simple and multiline tables, reStructuredText simple tables.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { readMarkdown } from "../../src/shapes/markdown.js";
import { recordedOffset } from "../../src/shapes/offsets.js";
import { readPipe } from "../../src/shapes/pipe.js";
import { fixture, rowTexts, tablesOf } from "./helpers.js";

describe("pandoc rst grid table whose numbers wrap in one-digit columns (R23 D10)", () => {
  const text = fixture("messy/r23/rst-grid-wrapped-numbers.rst");

  it("joins a number's pieces (7 over 2) into one number, at its characters' offsets", () => {
    const doc = readPipe(text);
    const table = tablesOf(doc)[0];
    // lines 26–28: | 7 | 6 | 1 | 3 | 3 | … over | 2 | 4 | 7 | 7 | 5 | … over |   |   | 8 |   | 1 | …
    const values = rowTexts(table, (table?.rows.length ?? 0) - 1);
    expect(values).toEqual(["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]);
    const cell = table?.rows.at(-1)?.[2];
    const lines = text.split("\n");
    const lineStart = (n: number): number => lines.slice(0, n - 1).join("\n").length + 1;
    // "178": 1 on line 26, 7 on line 27, 8 on line 28, each in the third cell (code unit 10 of its line)
    expect(cell && [0, 1, 2].map((i) => recordedOffset(cell.position, i))).toEqual([
      lineStart(26) + 10,
      lineStart(27) + 10,
      lineStart(28) + 10,
    ]);
  });

  it("reads Table 四 as printed: 72 64 178 37 351 / 13 4 8 1 26 / 12 1 1 6 20", () => {
    const { report } = parseReport(text);
    const value = (id: string): unknown => (report.cells as Record<string, { value?: unknown }>)[id]?.value;
    expect(
      ["upheld", "corrected", "other", "pending", "total"].map((k) => value(`review_litigation.review.${k}`)),
    ).toEqual([72, 64, 178, 37, 351]);
    expect(
      ["upheld", "corrected", "other", "pending", "total"].map((k) =>
        value(`review_litigation.litigation_direct.${k}`),
      ),
    ).toEqual([13, 4, 8, 1, 26]);
    expect(
      ["upheld", "corrected", "other", "pending", "total"].map((k) =>
        value(`review_litigation.litigation_after_review.${k}`),
      ),
    ).toEqual([12, 1, 1, 6, 20]);
  });

  it("keeps a table ruled between row groups (stacked numbers that do not fill their column) one row a line", () => {
    const doc = readPipe(
      [
        "+--------+-------+",
        "| a      | b     |",
        "+--------+-------+",
        "| x      | 7     |",
        "| y      | 2     |",
        "+--------+-------+",
        "| z      | 3     |",
        "+--------+-------+",
        "| w      | 4     |",
        "+--------+-------+",
      ].join("\n"),
    );
    expect(tablesOf(doc)[0]?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["a", "b"],
      ["x", "7"],
      ["y", "2"],
      ["z", "3"],
      ["w", "4"],
    ]);
  });
});

/** A legacy row of a parse, by its typed id: unit, value and remark. */
function legacyRow(text: string, id: string): [string | null, unknown, string | null] | undefined {
  const { report } = parseReport(text);
  for (const table of report.legacy ?? []) {
    const row = table.rows.find((r) => r.id === id);
    if (row) return [row.unit, row.cell.value, row.remark];
  }
  return undefined;
}

describe("pandoc simple table in Markdown (html -> markdown, R23 D1)", () => {
  const text = fixture("messy/r23/pandoc-simple-table-legacy.md");

  it("reads the header line and the rows as a grid, cells split at the dash groups by display width", () => {
    const table = tablesOf(readMarkdown(text))[0];
    expect(rowTexts(table, 0)).toEqual(["项目", "单位", "数量", "备注"]);
    // line 19: "  4.其他便于公众知晓的方式    条       868     微博" (CJK two columns wide)
    expect(rowTexts(table, 7)).toEqual(["4.其他便于公众知晓的方式", "条", "868", "微博"]);
    const cell = table?.rows[7]?.[2];
    expect(cell?.position.line).toBe(19);
    expect(text.slice(cell?.position.offset, (cell?.position.offset ?? 0) + 3)).toBe("868");
  });

  it("reads the legacy table's values (none were read before, with no diagnostic)", () => {
    expect(legacyRow(text, "legacy_yn.active.channel.website")).toEqual(["条", 502, null]);
    expect(legacyRow(text, "legacy_yn.active.channel.other")).toEqual(["条", 868, "微博"]);
    expect(legacyRow(text, "legacy_yn.active.reading_point_visits")).toEqual(["人(次)", 1280, null]);
    expect(legacyRow(text, "legacy_yn.applications.channel.mail")?.[1]).toBe(2);
  });
});

describe("pandoc multiline table in Markdown (docx -> markdown, R23 D1)", () => {
  const text = fixture("messy/r23/pandoc-multiline-table-legacy.md");

  it("reads rows separated by blank lines between the top and bottom rules as a grid", () => {
    const table = tablesOf(readMarkdown(text))[0];
    expect(rowTexts(table, 0)).toEqual(["项目", "单位", "数量", "备注"]);
    expect(rowTexts(table, 2)).toEqual([
      "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）",
      "条",
      "1520",
      "",
    ]);
  });

  it("reads the legacy table's values (7 of 58 cells were read before)", () => {
    expect(legacyRow(text, "legacy_national.active.total")).toEqual(["条", 1520, null]);
    expect(legacyRow(text, "legacy_national.active.channel.wechat")?.[1]).toBe(180);
    expect(legacyRow(text, "legacy_national.response.press_conferences_by_principal")?.[1]).toBe(2);
  });

  it("leaves a dash line that starts no table (a thematic break, a dash line under a blank) as before", () => {
    const doc = readMarkdown("正文一。\n\n-------- --------\n\n正文二。\n");
    expect(tablesOf(doc)).toEqual([]);
  });
});
