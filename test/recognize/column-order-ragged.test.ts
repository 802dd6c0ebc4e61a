import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

/**
 * Table 三 whose header, exported without its spans (ragged pipe, tab or one-cell-per-line text, as Word writes a
 * table with merged cells), prints its columns in another order than the layout's: the labels of each header row
 * in order place the values. Before, such a table was read in the layout's order: 76 cells wrong with no
 * diagnostic when 总计 came first.
 */
const source = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const report = parseReport(source).report;
type Shape = "pipe" | "tab" | "lines";
const SEP: Record<Shape, [string, string, string]> = {
  pipe: ["| ", " | ", " |"],
  tab: ["", "\t", ""],
  lines: ["\t", "\n\t", ""],
};

/**
 * 025 rendered in a ragged shape with its Table 三 header row `from` printed as `to`, and each row's seven values
 * moved by `move` (printed position → layout position, as the header now says).
 */
function reordered(shape: Shape, from: string[], to: string[], move: (values: string[]) => string[]): string {
  const text = renderReport(report, shape);
  const start = text.indexOf("申请人情况");
  const end = text.indexOf("四、政府信息公开行政复议");
  const [open, sep, close] = SEP[shape];
  const row = (cells: readonly string[]) => open + cells.join(sep) + close;
  let table = text.slice(start, end);
  expect(table).toContain(row(from));
  table = table.replace(row(from), row(to));
  // Seven values closing a row: `| 1 | 2 | … | 7 |`, `\t1\t…\t7` at a line's end, or seven lines `\t1` … `\t7`.
  const seven = shape === "pipe" ? /((?:\| \d+ ){7})\|/g : shape === "tab" ? /((?:\t\d+){7})$/gm : /((?:\t\d+\n){7})/g;
  let rows = 0;
  table = table.replace(seven, (_whole, run: string) => {
    rows++;
    const values = run.match(/\d+/g)!;
    const moved = move(values);
    if (shape === "pipe") return `${moved.map((v) => `| ${v} `).join("")}|`;
    if (shape === "tab") return moved.map((v) => `\t${v}`).join("");
    return moved.map((v) => `\t${v}\n`).join("");
  });
  expect(rows).toBe(25);
  return text.slice(0, start) + table + text.slice(end);
}

const cell = (result: ReturnType<typeof parseReport>, id: string) =>
  (result.report.cells as Record<string, { value: number | null } | undefined>)[id]?.value;
const applicationCells = (result: ReturnType<typeof parseReport>) =>
  Object.keys(report.cells).filter(
    (id) => id.startsWith("applications.") && cell(result, id) !== cell({ report, diagnostics: [] }, id),
  );

describe("Table 三 with a ragged header printing its columns in another order", () => {
  for (const shape of ["pipe", "tab", "lines"] as const) {
    it(`${shape}: 总计 printed first — 一、本年新收 3119 3001 53 0 0 61 4 is total 3119, natural person 3001`, () => {
      const text = reordered(shape, ["自然人", "法人或其他组织", "总计"], ["总计", "自然人", "法人或其他组织"], (v) => [
        v[6]!,
        ...v.slice(0, 6),
      ]);
      const result = parseReport(text);
      expect(cell(result, "applications.new.total")).toBe(3119);
      expect(cell(result, "applications.new.natural_person")).toBe(3001);
      expect(cell(result, "applications.new.commercial_enterprise")).toBe(53);
      expect(cell(result, "applications.results.partially_granted.total")).toBe(454);
      expect(applicationCells(result)).toEqual([]);
      const info = result.diagnostics.find((d) => d.code === "columns-reordered");
      expect(info?.message).toContain("(总计 | 自然人 | 商业企业");
    });
  }

  it("pipe: 科研机构 printed before 商业企业 — each value goes to the column its label names", () => {
    const text = reordered(
      "pipe",
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
      ["科研机构", "商业企业", "社会公益组织", "法律服务机构", "其他"],
      (v) => [v[0]!, v[2]!, v[1]!, ...v.slice(3)],
    );
    const result = parseReport(text);
    expect(cell(result, "applications.new.commercial_enterprise")).toBe(53);
    expect(cell(result, "applications.new.research_institution")).toBe(0);
    expect(cell(result, "applications.results.granted.commercial_enterprise")).toBe(21);
    expect(applicationCells(result)).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain("columns-reordered");
  });

  it("the layout's order in a ragged header: read as printed, no columns-reordered", () => {
    for (const shape of ["pipe", "tab", "lines"] as const) {
      const result = parseReport(renderReport(report, shape));
      expect(applicationCells(result)).toEqual([]);
      expect(result.diagnostics.some((d) => d.code === "columns-reordered")).toBe(false);
    }
  });

  it("总计 printed on the header's first row beside 申请人情况 (a rowspan): its row says nothing of its place", () => {
    // The header's rows: 申请人情况 | 总计, then 自然人 | 法人或其他组织, then the five organisations; values in the
    // layout's order. The top items do not stand on one row: the layout's order is kept.
    const pipe = renderReport(report, "pipe");
    expect(pipe).toContain(" | 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |");
    const text = pipe.replace(
      " | 申请人情况 |\n| 自然人 | 法人或其他组织 | 总计 |",
      " | 申请人情况 | 总计 |\n| 自然人 | 法人或其他组织 |",
    );
    const result = parseReport(text);
    expect(cell(result, "applications.new.total")).toBe(3119);
    expect(cell(result, "applications.new.natural_person")).toBe(3001);
    expect(result.diagnostics.some((d) => d.code === "columns-reordered")).toBe(false);
  });
});

describe("Table 三 with a ragged header printing no 法律服务机构 column", () => {
  /** 025 as pipe, its Table 三 printed without 法律服务机构: header and each row's fifth value gone. */
  function withoutLegal(unknownLabel?: string): string {
    const text = renderReport(report, "pipe");
    const start = text.indexOf("申请人情况");
    const end = text.indexOf("四、政府信息公开行政复议");
    const header = "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |";
    expect(text.slice(start, end)).toContain(header);
    const printed = unknownLabel
      ? `| 商业企业 | 科研机构 | 社会公益组织 | ${unknownLabel} | 其他 |`
      : "| 商业企业 | 科研机构 | 社会公益组织 | 其他 |";
    let table = text.slice(start, end).replace(header, printed);
    if (!unknownLabel) table = table.replace(/((?:\| \d+ ){4})\| \d+ ((?:\| \d+ ){2})\|/g, "$1$2|");
    return text.slice(0, start) + table + text.slice(end);
  }

  it("其他 and 总计 keep their values, 法律服务机构's cells are absent, one columns-missing warning", () => {
    const result = parseReport(withoutLegal());
    // 一、本年新收 3001 53 0 0 | 61 | 4 3119, printed without the fifth value 61.
    expect(cell(result, "applications.new.other_org")).toBe(4);
    expect(cell(result, "applications.new.total")).toBe(3119);
    expect(cell(result, "applications.new.legal_service_org")).toBeUndefined();
    expect(cell(result, "applications.results.granted.total")).toBe(1362);
    const codes = result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.code);
    expect(codes).toEqual(["columns-missing"]);
  });

  it("a label the layout does not know in place of 法律服务机构 (values all there): read in the layout's order", () => {
    const result = parseReport(withoutLegal("法律服务机构（律师事务所）"));
    expect(applicationCells(result)).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "columns-missing" || d.code === "columns-reordered")).toBe(false);
  });
});

describe("a ragged header printing 总计 first over values in the layout's order (review RV25)", () => {
  it("023 as pipe: rows of 自然人 alone (21 0 0 0 0 0 21) hold their sums either way: the layout's order is kept", () => {
    const source023 = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
    const pipe = renderReport(parseReport(source023).report, "pipe");
    const header = "| 自然人 | 法人或其他组织 | 总计 |";
    expect(pipe).toContain(header);
    const result = parseReport(pipe.replace(header, "| 总计 | 自然人 | 法人或其他组织 |"));
    expect(cell(result, "applications.new.natural_person")).toBe(21);
    expect(cell(result, "applications.new.other_org")).toBe(0);
    expect(cell(result, "applications.new.total")).toBe(21);
    expect(result.diagnostics.some((d) => d.code === "columns-reordered")).toBe(false);
  });
});
