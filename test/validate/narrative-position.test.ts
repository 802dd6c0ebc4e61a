import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport, type Shape, validateReport } from "../../src/index.js";
import { joinedOffsets } from "../../src/validate/claim-position.js";
import { joinWrapped } from "../../src/validate/wrapped-lines.js";

const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");

/** The narrative findings of a text: rule, stated, table value, line. */
const narrative = (text: string) =>
  validateReport(parseReport(text).report)
    .filter((f) => f.rule.startsWith("NARR-"))
    .map((f) => [f.rule, f.actual, f.expected, f.source?.line]);

describe("a narrative finding points at the line holding the number (PDF text of 025, wrapped paragraphs)", () => {
  it("the correct report has none", () => {
    expect(narrative(CITY)).toEqual([]);
  });

  // Lines 33–38 of the file: the sentence of 3119 starts on line 33; 3050 follows on line 34, after the
  // wrap (答 / 复); 351 ends line 35; 46 is on line 37, inside a sentence wrapped from line 35.
  it.each([
    ["申请 3119 件", "申请 3118 件", ["NARR-RECEIVED", 3118, 3119, 33]],
    ["复 3050 件", "复 3051 件", ["NARR-HANDLED", 3051, 3050, 34]],
    ["结转申请 34 件", "结转申请 35 件", ["NARR-CARRIED-OVER", 35, 34, 34]],
    ["行政复议 351", "行政复议 352", ["NARR-REVIEW", 352, 351, 35]],
    ["行政诉讼 46 件", "行政诉讼 47 件", ["NARR-LITIGATION", 47, 46, 37]],
  ])("%s changed to %s", (from, to, expected) => {
    expect(narrative(CITY.replace(from, to))).toEqual([expected]);
  });

  it("rendered into every shape, each finding is on the rendered line holding its number", () => {
    const report = parseReport(
      CITY.replace("复 3050 件", "复 3051 件").replace("行政诉讼 46 件", "行政诉讼 47 件"),
    ).report;
    const shapes: Shape[] = ["pipe", "tab", "lines", "markdown", "html"];
    for (const shape of shapes) {
      const text = renderReport(report, shape);
      const lines = text.split("\n");
      const lineOf = (needle: RegExp) => lines.findIndex((line) => needle.test(line)) + 1;
      expect(
        narrative(text).map(([rule, , , line]) => [rule, line]),
        shape,
      ).toEqual([
        ["NARR-HANDLED", lineOf(/复 ?3051/)],
        ["NARR-LITIGATION", lineOf(/行政诉讼 ?47/)],
      ]);
    }
  });

  it("a sub-section's run-in body (text on its heading line) is at the heading line", () => {
    const text = CITY.replace(
      "（二）依申请公开情况。定期对政府信息公开申请集中的领",
      "（二）依申请公开情况。2024 年共受理政府信息公开申请 3000 件。定期对政府信息公开申请集中的领",
    );
    expect(narrative(text)).toContainEqual(["NARR-RECEIVED", 3000, 3119, 30]);
  });
});

describe("Section.lines", () => {
  const fixtures = fileURLToPath(new URL("../fixtures", import.meta.url));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(json|ts)$/.test(name)) files.push(path);
    }
  };
  walk(fixtures);

  it("has one position per line of text, in order, for every section and sub-section of every fixture", () => {
    expect(files.length).toBeGreaterThan(100);
    let texts = 0;
    for (const file of files) {
      for (const section of parseReport(readFileSync(file)).report.sections) {
        for (const part of [section, ...section.subsections]) {
          const lines = part.lines ?? [];
          const count = part.text === "" && lines.length === 0 ? 0 : part.text.split("\n").length;
          expect(lines.length, `${file}: ${part.heading}`).toBe(count);
          for (let k = 1; k < lines.length; k++) expect(lines[k]!.offset).toBeGreaterThan(lines[k - 1]!.offset);
          texts++;
        }
      }
    }
    expect(texts).toBeGreaterThan(500);
  });

  it("025's section 一 (heading on line 12) starts its text on line 13, and its sub-section （二） on line 30", () => {
    const overview = parseReport(CITY).report.sections[0]!;
    expect(overview.source.line).toBe(12);
    expect(overview.lines?.slice(0, 2).map((p) => p.line)).toEqual([13, 14]);
    const applications = overview.subsections[1]!;
    expect(applications.heading.startsWith("（二）依申请公开")).toBe(true);
    // Its run-in body (the text after the heading on line 30) is its first line.
    expect(applications.lines?.map((p) => p.line).slice(0, 3)).toEqual([30, 31, 32]);
  });

  it("is left out of reports built by hand: the finding falls back to the heading", () => {
    const report = parseReport(CITY.replace("复 3050 件", "复 3051 件")).report;
    for (const section of report.sections) {
      delete section.lines;
      for (const sub of section.subsections) delete sub.lines;
    }
    const found = validateReport(report).find((f) => f.rule === "NARR-HANDLED");
    expect(found?.source?.line).toBe(30);
  });
});

describe("joinedOffsets", () => {
  it("maps each character of a joined stretch back to the text", () => {
    const text = "答\n复 3050 件：\n  其中 12 件";
    const joined = joinWrapped(text);
    const offsets = joinedOffsets(text, 0, text.length);
    expect(offsets.length).toBe(joined.length);
    for (let i = 0; i < joined.length; i++) {
      if (!/\s/.test(joined[i]!)) expect(text[offsets[i]!], `${i}`).toBe(joined[i]);
    }
    expect(offsets[joined.indexOf("12")]).toBe(text.indexOf("12"));
  });
});
