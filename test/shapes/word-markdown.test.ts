// Word reports turned into Markdown by JavaScript converters (red team R27): mammoth's convertToMarkdown writes
// a heading's bookmark as an empty anchor before the hashes (`<a id="_Toc2"></a>## 一、总体情况`) and escapes
// Markdown's characters (`2\.其他`, `7730\.28`); officeparser's to("md") keeps pandoc's heading attributes
// (`# …年度报告 {#2024}`). Values hand-read in test/fixtures/expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { expectedCells } from "../fixtures/expected/cells.js";
import { CORPUS_023 } from "../fixtures/expected/corpus.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const read = (name: string): string => readFileSync(new URL(`../fixtures/messy/r27/${name}`, import.meta.url), "utf8");

describe("mammoth's Markdown with heading bookmarks", () => {
  const text = read("023-mammoth-markdown.md");
  const { report } = parseReport(text);

  it("is read as Markdown: the six sections under their headings", () => {
    // Before: read as lines (no heading seen), 0 of 6 sections, the escapes kept in the labels.
    expect(text).toContain('<a id="');
    expect(report.meta.shape).toBe("markdown");
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    const first = report.sections[0]!;
    expect(first.heading).toBe("一、总体情况");
    // (the heading's place is its text's, after the anchor and the hashes)
    expect(text.slice(first.source!.offset, first.source!.offset + 6)).toBe("一、总体情况");
  });

  it("reads every cell as read by hand (7730\\.28 is 7730.28, 3\\.其他 its row)", () => {
    const expected = expectedCells(CORPUS_023);
    for (const [id, value] of expected) expect(report.cells[id as keyof typeof report.cells]?.value, id).toBe(value);
    expect(Object.keys(report.cells)).toHaveLength(expected.size);
  });
});

describe("a heading's pandoc attributes (officeparser's to('md'))", () => {
  it("are no part of the title: # …年度报告 {#2024}", () => {
    const { meta } = parseReport(read("officeparser-md-heading-id.md")).report;
    expect(meta.title).toBe("某局2024年政府信息公开工作年度报告");
  });
});
