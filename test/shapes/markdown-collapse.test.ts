import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Document, Point } from "../../src/document.js";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { readMarkdown } from "../../src/shapes/markdown.js";
import { collapsePseudoTables, markdownPieces } from "../../src/shapes/markdown-collapse.js";
import { hasRecordedOffsets, recordedOffset } from "../../src/shapes/offsets.js";
import { sourceLines } from "../../src/shapes/source-lines.js";
import { fixture } from "./helpers.js";

const SEED_001 = fixture("seeds/001_a728f3a6d1ee2bff.txt");

function collapse(text: string) {
  return collapsePseudoTables(text, sourceLines(text));
}

/** Every point of a document with the length of the text that starts there. */
function points(doc: Document): [Point, number][] {
  return doc.blocks.flatMap((b): [Point, number][] =>
    b.kind === "text"
      ? [[b.position, b.text.length]]
      : [[b.position, 0], ...b.rows.flatMap((r) => r.map((c): [Point, number] => [c.position, c.text.length]))],
  );
}

/** The per-character offsets a reader recorded for each point (null when none). */
function recorded(doc: Document): ((number | undefined)[] | null)[] {
  return points(doc).map(([p, length]) =>
    hasRecordedOffsets(p) ? Array.from({ length: length + 2 }, (_, i) => recordedOffset(p, i)) : null,
  );
}

/**
 * Collapsed (and cut) readings equal the reference reading: blocks, texts, positions, recorded offsets,
 * diagnostics. Read with the default stretch size and with stretches as small as possible (a cut before
 * every top-level block start).
 */
function expectSameReading(text: string): void {
  const reference = readMarkdown(text, { collapse: false });
  for (const fast of [readMarkdown(text), readMarkdown(text, { pieceChars: 1 })]) {
    expect(fast).toEqual(reference);
    expect(recorded(fast)).toEqual(recorded(reference));
  }
}

describe("collapsePseudoTables on seed 001 (three tab pseudo-tables after blank lines)", () => {
  const collapsed = collapse(SEED_001);

  it("replaces lines 11–24, 28–55 and 59–62 by one placeholder line each", () => {
    const lines = collapsed?.text.split("\n") ?? [];
    expect(lines.length).toBe(72 - 13 - 27 - 3);
    expect([lines[10], lines[14], lines[18]]).toEqual(["字", "字", "字"]);
    expect(lines[12]).toBe("### 三、收到和处理政府信息公开申请情况");
    expect(lines[16]).toBe("#### 四、政府信息公开行政复议、行政诉讼情况");
    expect(collapsed?.text.includes("\t")).toBe(false);
  });

  it("maps lines back: a placeholder to its run's first and last line, later lines shifted", () => {
    expect([collapsed?.line(9), collapsed?.line(11), collapsed?.endLine(11)]).toEqual([9, 11, 24]);
    expect([collapsed?.line(13), collapsed?.endLine(13)]).toEqual([26, 26]);
    expect([collapsed?.line(15), collapsed?.endLine(15)]).toEqual([28, 55]);
    expect([collapsed?.line(17), collapsed?.line(19), collapsed?.endLine(19), collapsed?.line(29)]).toEqual([
      57, 59, 62, 72,
    ]);
  });

  it("maps offsets back to the same characters of the input", () => {
    for (const label of ["## 二、主动公开", "### 三、收到", "#### 四、政府", "#### 六、其他", "无"]) {
      const at = collapsed?.text.lastIndexOf(label) ?? -1;
      expect(at).toBeGreaterThan(0);
      expect(collapsed?.offset(at)).toBe(SEED_001.lastIndexOf(label));
    }
    const placeholder = collapsed?.text.indexOf("字") ?? -1;
    expect(collapsed?.offset(placeholder)).toBe(SEED_001.indexOf("第二十条第（一）项"));
    // just past the placeholder: the end of line 24 ("行政事业性收费\t0\t\t")
    expect(collapsed?.offset(placeholder + 1)).toBe(SEED_001.indexOf("行政事业性收费\t0\t\t") + 11);
  });
});

describe("collapsePseudoTables declines what could change the block structure", () => {
  const TABLE = "规章\t0\t0\n行政许可\t9\t1\n";

  it("collapses plain tab and pipe pseudo-tables, tab-indented rows and a row starting 3.", () => {
    expect(collapse(`# 标题\n\n${TABLE}`)?.text).toBe("# 标题\n\n字\n");
    expect(collapse("前言\n\n规章 | 0 | 0\n| 许可 | 9 |\n\n结语")?.text).toBe("前言\n\n字\n\n结语");
    expect(collapse(`${TABLE}\t\t1. 属于\t0\n3. 其他\t0\n`)?.text).toBe("字\n");
  });

  it("collapses a run right after an ATX heading and one ended by an ATX heading", () => {
    expect(collapse(`## 二、主动公开\n${TABLE}### 三、申请\n正文\n`)?.text).toBe(
      "## 二、主动公开\n字\n### 三、申请\n正文\n",
    );
    expectSameReading(`## 二、主动公开\n${TABLE}### 三、申请\n正文\n`);
  });

  it.each([
    ["a code fence anywhere", `\`\`\`\n\n${TABLE}`],
    ["an HTML comment anywhere", `<!--\n\n${TABLE}-->\n`],
    ["a byte order mark", `\uFEFF${TABLE}`],
    ["a row that starts an ordered list at 1", `${TABLE}1. 属于\t0\n`],
    ["a row that starts a block quote", `${TABLE}> 引用\t0\n`],
    ["a setext underline", `${TABLE}===\n`],
    ["a possible GFM delimiter row", `规章 | 0\n--- | ---\n行政许可 | 9\n`],
    ["a first line indented (could continue a list item)", `- 项\n\n  ${TABLE}`],
    ["a first line that starts a list", `2. 规章\t0\n行政许可\t9\n`],
    ["prose without tabs or pipes", "前言\n\n正文一\n正文二\n"],
    ["a run after `#标题` (no space: paragraph text, not a heading)", `#标题\n${TABLE}`],
    ["a run after seven #", `####### 标题\n${TABLE}`],
    ["a run after an HTML block line (the block runs to the next blank line)", `<div>\n# 标题\n${TABLE}`],
  ])("%s", (_, text) => {
    expect(collapse(text)).toBeUndefined();
    expectSameReading(text);
  });
});

describe("markdownPieces cuts the input before top-level blocks", () => {
  const text = "# 一\n\n甲乙\n\n## 二\n规章\t0\n\n丙\n";

  it("cuts before each paragraph or heading that starts with nothing open, collapsing runs inside", () => {
    const pieces = markdownPieces(text, sourceLines(text), 1);
    expect(pieces?.map((p) => p.text)).toEqual(["# 一\n\n", "甲乙\n\n", "## 二\n", "字\n\n", "丙\n"]);
    const run = pieces?.[3];
    expect([run?.line(1), run?.endLine(1), run?.line(2)]).toEqual([6, 6, 7]);
    expect([run?.offset(0), run?.offset(1)]).toEqual([text.indexOf("规章"), text.indexOf("\t0") + 2]);
    expect([pieces?.[4]?.offset(0), pieces?.[4]?.line(1)]).toEqual([text.indexOf("丙"), 8]);
    expectSameReading(text);
  });

  it("keeps stretches of at least pieceChars characters, and the last one at least half as long", () => {
    expect(markdownPieces(text, sourceLines(text), 6)?.map((p) => p.text)).toEqual([
      "# 一\n\n甲乙\n\n",
      "## 二\n字\n\n丙\n",
    ]);
    expect(markdownPieces("甲\n\n乙\n", sourceLines("甲\n\n乙\n"))).toBeUndefined();
  });

  it("does not cut a text holding a definition (a reference elsewhere would lose it)", () => {
    const withDefinition = `${text}\n[丙]: https://example.org\n`;
    expect(markdownPieces(withDefinition, sourceLines(withDefinition), 1)?.map((p) => p.text.length)).toEqual([
      withDefinition.length - "规章\t0".length + 1,
    ]);
    expectSameReading(withDefinition);
  });

  it("cuts corpus 025 rendered as Markdown three times over into several stretches read alike", () => {
    const markdown = [1, 2, 3]
      .map(() => renderReport(parseReport(fixture("corpus/025_2024_huaianshi.txt")).report, "markdown"))
      .join("\n");
    const lines = markdown.split("\n");
    const pieces = markdownPieces(markdown, sourceLines(markdown)) ?? [];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.map((p) => p.text).join("")).toBe(markdown);
    for (const piece of pieces) expect(lines[piece.line(1) - 1]).toBe(piece.text.split("\n")[0]);
    expectSameReading(markdown);
  });
});

describe("collapsed reading equals the reference reading", () => {
  it.each([
    "seeds/000_cc43e5a43c1be886.txt",
    "seeds/001_a728f3a6d1ee2bff.txt",
    "seeds/002_d039ec262de9d514.txt",
    "seeds/003_80aeb6f3312619ab.txt",
    "seeds/004_592a88c54830d4c2.txt",
    "corpus/023_2023_hongzequ.txt",
    "corpus/025_2024_huaianshi.txt",
  ])("%s read as Markdown", (path) => {
    expectSameReading(fixture(path));
  });

  const STARTS = [
    ...[" ", "   ", "    ", "\t", "> ", "- ", "* ", "+ ", "1. ", "1) ", "2. ", "10. ", "# "],
    ...["=", "===", "---", "***", "|", ":", "[a]: /u", "[^1]: x", "<table>", "<div>", "\\", "\f", "\u3000"],
    ...["#", "## ", "#######", "#x"],
  ];
  const PIECES = ["规章", "0", "\t", "\t", "|", " | ", "**a**", "`c`", "[a]", "<br>", "|---|---|", ":-:", "1.属于"];
  const line = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\t") },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom(...STARTS) }),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }),
        )
        .map(([start, pieces]) => start + (pieces.length > 0 ? pieces.join("") : "规章\t0")),
    },
  );
  const markdown = fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 20 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
    .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ""));

  it("property: random Markdown-ish texts (tabs, pipes, block openers, blank lines, any line ending)", () => {
    let collapsed = 0;
    let cut = 0;
    fc.assert(
      fc.property(markdown, (text) => {
        if (collapse(text)) collapsed++;
        if ((markdownPieces(text, sourceLines(text), 1)?.length ?? 0) > 1) cut++;
        expectSameReading(text);
      }),
      { numRuns: 600 },
    );
    // the property must exercise the collapsed and cut paths, not only the declines
    expect(collapsed).toBeGreaterThan(60);
    expect(cut).toBeGreaterThan(60);
  });
});
