// A page break (\f) in a Word one-cell-per-line export (seed 002's shape): glued before a cell line, or on a line
// of its own between two cells of a row. It ends no row and joins no cells (red team R14: the row lost values).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";

const seed = readFileSync(new URL("../fixtures/seeds/002_d039ec262de9d514.txt", import.meta.url), "utf8");
const lines = seed.split("\n");
const IDS = [
  "active_disclosure.regulations.issued",
  "active_disclosure.regulations.repealed",
  "active_disclosure.regulations.in_force",
];
const values = (text: string) => {
  const cells = parseReport(text).report.cells as Readonly<Record<string, Cell | undefined>>;
  return IDS.map((id) => cells[id] && `${cells[id].status}:${cells[id].value}`);
};

describe("page breaks in a Word one-cell-per-line export (red team R14)", () => {
  // The second value cell of 规章 (本年废止件数), a line `\t0`.
  const at = lines.findIndex((l, k) => k > 20 && l === "\t0") + 1;

  it("seed 002: 规章 reads 0, 0, 0", () => {
    expect(lines[at]).toBe("\t0");
    expect(values(seed)).toEqual(["number:0", "number:0", "number:0"]);
  });

  it("a form feed glued before a cell line", () => {
    const glued = [...lines.slice(0, at), `\f${lines[at]}`, ...lines.slice(at + 1)].join("\n");
    expect(values(glued)).toEqual(["number:0", "number:0", "number:0"]);
  });

  it("a form feed on a line of its own between two cells of a row", () => {
    const alone = [...lines.slice(0, at), "\f", ...lines.slice(at)].join("\n");
    expect(values(alone)).toEqual(["number:0", "number:0", "number:0"]);
    // The whole table as before.
    expect(Object.keys(parseReport(alone).report.cells)).toHaveLength(200);
  });

  it("a form feed line between a row's last cell and the next prose line continues no cell (review RV17)", () => {
    // The 结转下年度 row's last cell, then a page break and a line of prose right after it.
    const last = lines.findIndex((l) => l.includes("四、结转下年度继续办理")) + 7;
    expect(lines.slice(last - 6, last + 2)).toEqual(["\t0", "\t0", "\t0", "\t0", "\t0", "\t0", "\t0", ""]);
    const broken = [...lines.slice(0, last + 1), "\f", "注：本表数据截至12月31日。", ...lines.slice(last + 1)].join(
      "\n",
    );
    const read = parseReport(broken).report;
    expect(read.cells["applications.carried_forward.total"]).toMatchObject({ raw: "0", value: 0, status: "number" });
    expect(Object.keys(read.cells)).toHaveLength(200);
  });
});
