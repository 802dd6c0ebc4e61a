import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/document.js";
import { parseReport } from "../../src/parse.js";
import { documentLines } from "../../src/recognize/lines.js";
import { tableRegions } from "../../src/recognize/table-regions.js";
import { recognizeTables } from "../../src/recognize/tables.js";
import { readDocument } from "../../src/shapes/index.js";
import { SEED_003 } from "./seed003.js";

/**
 * The `|`-cells rule of src/shapes/lines-cells.ts written the plain way: every line is a token (a cell text
 * or a line of pipes); for each column count from 1 to 20 one full walk counts the rows whose closing pipe
 * line accounts for exactly their missing cells, less the full rows cut by the next cell; the best count (the
 * smallest on a tie) cuts the rows.
 */
type Token = { cell: string } | { pipes: number };

function walk(tokens: readonly Token[], columns: number): { rows: string[][]; score: number } {
  const rows: string[][] = [];
  let cells: string[] = [];
  let open = false;
  let score = 0;
  const end = (pipes: number): void => {
    if (cells.length + pipes - 1 === columns) score++;
    rows.push(cells);
    cells = [];
  };
  for (const token of tokens) {
    if ("cell" in token) {
      if (cells.length >= columns) {
        // A full row cut by the next cell (no closing pipe line) breaks the rule.
        score--;
        rows.push(cells);
        cells = [];
      }
      cells.push(token.cell);
      open = true;
      continue;
    }
    if (open) {
      open = false;
      if (token.pipes > 1) end(token.pipes);
      continue;
    }
    if (token.pipes > 1 || cells.length >= columns) end(token.pipes);
    else cells.push("");
  }
  if (cells.length > 0) rows.push(cells);
  return { rows, score };
}

function referenceRows(tokens: readonly Token[]): string[][] {
  let best = 1;
  let bestScore = -1;
  for (let columns = 1; columns <= Math.min(20, tokens.length); columns++) {
    const { score } = walk(tokens, columns);
    if (score > bestScore) {
      best = columns;
      bestScore = score;
    }
  }
  return walk(tokens, best).rows.filter((row) => row.length > 0);
}

/** A cell line and the pipe line after it (one `|` closes it, more also end its row), or a pipe line alone. */
const unit: fc.Arbitrary<Token[]> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 6 })),
    )
    .map(([n, pipes]) => [{ cell: `c${n}` }, { pipes }]),
  fc.oneof({ weight: 2, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 6 })).map((pipes) => [{ pipes }]),
);

/** Four `|` lines first, so that the lines reader takes the `|`-cells variant. */
const PREFIX: Token[] = [{ pipes: 1 }, { pipes: 1 }, { pipes: 1 }, { pipes: 1 }];

function render(tokens: readonly Token[]): string {
  return tokens.map((t) => ("cell" in t ? t.cell : "|".repeat(t.pipes))).join("\n");
}

function gridTexts(text: string): string[][] {
  const tables = readDocument(text, "lines").blocks.filter((b): b is TableBlock => b.kind === "table");
  return tables.flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text)));
}

describe("lines reader, |-cells variant", () => {
  it("cuts random cell and pipe sequences into the rows of the best-scoring width (brute-force walk)", () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 100 }), (units) => {
        const tokens = [...PREFIX, ...units.flat()];
        expect(gridTexts(render(tokens))).toEqual(referenceRows(tokens));
      }),
      { numRuns: 400 },
    );
  });

  it("reads seed 003's statistics table as rows of four cells (label, unit, value, remark)", () => {
    const rows = gridTexts(SEED_003);
    expect(rows.find((r) => r[0] === "1.政府(部门)网站公开(不含政府信息公开网站)")).toEqual([
      "1.政府(部门)网站公开(不含政府信息公开网站)",
      "条",
      "502",
      "",
    ]);
    expect(rows.find((r) => r[0] === "4.其他便于公众知晓的方式")).toEqual([
      "4.其他便于公众知晓的方式",
      "条",
      "868",
      "微博",
    ]);
    expect(rows.find((r) => r[0] === "公开查阅点查阅数")).toEqual(["公开查阅点查阅数", "人(次)", "1280", ""]);
  });
});

describe("a legacy national table flattened to |-cells with no spans (every row full)", () => {
  const ROWS = [
    ["统计指标", "单位", "统计数"],
    ["一、主动公开情况", "—", "—"],
    ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"],
    ["其中：主动公开规范性文件数", "条", "12"],
    ["三、依申请公开情况", "—", "—"],
    ["（一）收到申请数", "件", "10"],
    ["1.当面申请数", "件", "2"],
    ["四、行政复议数量", "件", "1"],
    ["五、行政诉讼数量", "件", "2"],
  ];
  // Each cell followed by a `|` line, each row closed by one more `|` (as a crawler flattens <td> and <tr>).
  const text = ["政府信息公开情况统计表", ...ROWS.flatMap((row) => [...row.flatMap((cell) => [cell, "|"]), "|"])].join(
    "\n",
  );

  it("is read as rows of three cells, not one cell per row (one column would tie without the rule's breaks)", () => {
    expect(gridTexts(text)).toEqual(ROWS);
  });

  it("yields the national legacy table with its values", () => {
    const { report } = parseReport(text);
    expect(report.meta.formatEra).toBe("legacy_national");
    const rows = report.legacy[0]?.rows ?? [];
    const received = rows.find((r) => r.label === "（一）收到申请数");
    expect([received?.unit, received?.cell.value, received?.cell.status]).toEqual(["件", 10, "number"]);
    expect(rows.find((r) => r.label === "其中：主动公开规范性文件数")?.cell.value).toBe(12);
  });
});

describe("gb table recognition on seed 003 (a legacy report)", () => {
  const lines = documentLines(readDocument(SEED_003, "lines"));

  it("finds two 主动公开 headings: one over prose, one inside the legacy grid", () => {
    const regions = tableRegions(lines);
    expect(regions.map((r) => [r.id, r.heading.text])).toEqual([
      ["active_disclosure", "二、主动公开政府信息情况"],
      ["active_disclosure", "一、主动公开政府信息情况"],
    ]);
  });

  it("reads no gb table from either region, and reports nothing about gb tables", () => {
    const tables = recognizeTables(lines, { year: 2014 });
    expect(tables.tables).toEqual([]);
    expect(tables.diagnostics).toEqual([]);
    expect(tables.era).toBeNull();
    expect(tables.tableLines.size).toBe(0);
  });
});
