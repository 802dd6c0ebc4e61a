// A report pasted into a CMS as preformatted text (<pre>): its line breaks are breaks, as <br> is (red team
// R15: the lines ran together and nothing was read).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe("<pre> in HTML", () => {
  for (const name of [
    "corpus/023_2023_hongzequ.txt",
    "corpus/025_2024_huaianshi.txt",
    "seeds/002_d039ec262de9d514.txt",
  ]) {
    it(`${name}: the text in a <pre> reads as the text itself`, () => {
      const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8").replace(/\f/g, "");
      const plain = parseReport(text).report;
      const html = `<html><body><div class="TRS_Editor"><pre>${escapeHtml(text)}</pre></div></body></html>`;
      const { report } = parseReport(html);
      expect(report.meta.shape).toBe("html");
      expect(report.meta.formatEra).toBe(plain.meta.formatEra);
      expect(report.meta.title).toBe(plain.meta.title);
      expect(report.sections.map((s) => s.id)).toEqual(plain.sections.map((s) => s.id));
      const values = (r: typeof report) => Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.value]));
      expect(values(report)).toEqual(values(plain));
      expect(Object.keys(report.cells).length).toBeGreaterThan(150);
    });
  }

  it("a cell's source points into the <pre> at its digits", () => {
    const text = readFileSync(new URL("../fixtures/corpus/023_2023_hongzequ.txt", import.meta.url), "utf8");
    const html = `<pre>${escapeHtml(text)}</pre>`;
    const cell = parseReport(html).report.cells["active_disclosure.licensing.decisions"]!;
    expect(cell.value).toBe(550);
    expect(html.slice(cell.source.offset, cell.source.offset + 3)).toBe("550");
  });
});
