// PDF-to-Markdown converters (MinerU, Marker) write table values as inline math: $8$, $ 4 4 7 $, $\mathrm{12}$.
// Red team R15: every cell of corpus 025 was lost, and some were invented as blank.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

const city = parseReport(readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url))).report;
const markdown = renderReport(city, "markdown");

/** The Markdown with every numeric table cell rewritten by `wrap`. */
const rewrite = (wrap: (value: string) => string): string =>
  markdown
    .split("\n")
    .map((line) =>
      line.startsWith("|") ? line.replace(/\| (-?[\d.]+) (?=\|)/g, (_m, v: string) => `| ${wrap(v)} `) : line,
    )
    .join("\n");

describe("table values written as inline math", () => {
  const clean = parseReport(markdown).report;
  const cases: [string, (v: string) => string][] = [
    ["$n$", (v) => `$${v}$`],
    ["$ n $ with spaced digits", (v) => `$ ${[...v].join(" ")} $`],
    ["$\\mathrm{n}$", (v) => `$\\mathrm{${v}}$`],
  ];
  for (const [name, wrap] of cases) {
    it(`${name}: the same 200 cells as the plain Markdown, each pointing at its first digit`, () => {
      const text = rewrite(wrap);
      expect(text).not.toBe(markdown);
      const { report } = parseReport(text);
      expect(Object.keys(report.cells)).toHaveLength(Object.keys(clean.cells).length);
      for (const [id, cell] of Object.entries(report.cells)) {
        const want = clean.cells[id as keyof typeof clean.cells]!;
        expect({ value: cell.value, status: cell.status }, id).toEqual({ value: want.value, status: want.status });
        expect(text.charAt(cell.source.offset), id).toBe(want.raw.charAt(0));
      }
      // 行政许可 447228 (corpus 025, Table 二).
      expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(447228);
    });
  }

  it("math that is not a lone value stays text", () => {
    const { report } = parseReport(markdown.replace(/\| 447228 \|/, "| $x+1$ |"));
    expect(report.cells["active_disclosure.licensing.decisions"]).toMatchObject({ raw: "$x+1$", status: "text" });
  });
});
