/**
 * A footnote mark written out as HTML in a text shape (`5<sup>1</sup>`, `5<sup>注1</sup>`: Markdown's inline
 * HTML, or pipe / tab / PDF text pasted from a page) is read as the HTML reader reads the element: a mark
 * after the value, never a digit of it (not 51) and never a label that shifts the row. The cell keeps what
 * it shows and is text, as 5¹ is (test/parse/footnote-marks.test.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trailingFootnoteStart } from "../../src/footnote-marks.js";
import { parseReport } from "../../src/parse.js";
import { isMarkedNumber } from "../../src/recognize/cell-value.js";
import { renderReport } from "../../src/render/index.js";
import { splitTrailingNumbers } from "../../src/shapes/pdf-trailing-numbers.js";

const read = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
const MARKED = [
  "active_disclosure.licensing.decisions",
  "applications.new.total",
  "applications.results.granted.natural_person",
] as const;

/** The text with `mark` written after each of the MARKED cells (found by their positions in `text`). */
function marked(text: string, mark: string): string {
  const { cells } = parseReport(text).report;
  const ends = MARKED.map((id) => (cells[id]?.source.offset as number) + (cells[id]?.raw.length as number));
  let out = text;
  for (const end of ends.sort((a, b) => b - a)) out = out.slice(0, end) + mark + out.slice(end);
  return out;
}

describe("trailingFootnoteStart and isMarkedNumber", () => {
  it("find a <sup>/<sub> element written out after a number, alone or with mark characters", () => {
    for (const [text, at] of [
      ["5<sup>1</sup>", 1],
      ["2473<SUP>注1</SUP>", 4],
      ['5<sup class="fn"> 1 </sup>', 1],
      ["5<sub>2</sub>", 1],
      ["5¹<sup>2</sup>", 1],
      ["5<sup>1</sup>*", 1],
      ["5<sup>1</sub>", 13],
      ["5<b>1</b>", 9],
      ["5", 1],
    ] as const) {
      expect(trailingFootnoteStart(text, 0, text.length), text).toBe(at);
    }
  });

  it("read 5<sup>1</sup> and 5<sup>注1</sup> as a marked number; a label with a mark is none", () => {
    for (const raw of ["5<sup>1</sup>", "2473<sup>注1</sup>", "1,024<sub>2</sub>", "5<sup>①</sup>", "72<sup>*</sup>"]) {
      expect(isMarkedNumber(raw), raw).toBe(true);
    }
    for (const raw of ["<sup>1</sup>", "行政许可<sup>1</sup>", "5<b>1</b>", "5<sup>1</sup>件数"]) {
      expect(isMarkedNumber(raw), raw).toBe(false);
    }
  });

  it("the PDF line splitter keeps 3<sup> 1 </sup> one value of the row", () => {
    const split = splitTrailingNumbers({ text: "规章 3<sup> 1 </sup> 5", start: 0, number: 1 });
    expect(split.label?.text).toBe("规章");
    expect(split.numbers.map((n) => n.text)).toEqual(["3<sup> 1 </sup>", "5"]);
  });
});

describe("a <sup> mark after table values in every text shape", () => {
  const seed = parseReport(read("seeds/000_cc43e5a43c1be886.txt")).report;
  const city = read("corpus/025_2024_huaianshi.txt");
  const inputs: [string, string][] = [
    ["corpus 025 (PDF text)", city],
    ...(["pipe", "tab", "lines", "markdown"] as const).map((shape): [string, string] => [
      `seed 000 as ${shape}`,
      renderReport(seed, shape),
    ]),
  ];

  it.each(inputs)("%s: the marked cells are text with their marks, every other cell as it was", (name, text) => {
    const clean = parseReport(text).report;
    expect(clean.cells["applications.new.total"]?.status).toBe("number");
    for (const mark of ["<sup>1</sup>", "<sup>注1</sup>", "<sub>2</sub>"]) {
      const { report, diagnostics } = parseReport(marked(text, mark));
      const markdown = name.endsWith("markdown");
      for (const id of MARKED) {
        const raw = clean.cells[id]?.raw as string;
        // Markdown reads the element as HTML does (5¹, 5注¹, 5₂); the other text shapes keep it as written.
        const shown = markdown
          ? `${raw}${mark
              .replace(/<\/?su[pb]>/g, "")
              .replace("1", "¹")
              .replace("2", "₂")}`
          : raw + mark;
        expect(report.cells[id], `${name} ${mark} ${id}`).toMatchObject({ raw: shown, value: null, status: "text" });
      }
      const cells: Record<string, { value: number | null } | undefined> = report.cells;
      for (const [id, cell] of Object.entries(clean.cells)) {
        if (!(MARKED as readonly string[]).includes(id))
          expect(cells[id]?.value, `${name} ${mark} ${id}`).toBe(cell.value);
      }
      if (!markdown) {
        const warned = diagnostics.filter((d) => d.code === "cell-footnote-mark").map((d) => d.field);
        expect(warned.sort(), `${name} ${mark}`).toEqual([...MARKED].sort());
      }
    }
  });
});
