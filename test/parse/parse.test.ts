import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isUsable, parseReport } from "../../src/parse.js";
import { emptyReport } from "../../src/schema/empty.js";
import { ParseResultSchema } from "../../src/schema/report.js";
import { CORPUS_023, CORPUS_025 } from "../fixtures/expected/corpus.js";
import { SEED_000, SEED_001, SEED_002, SEED_004 } from "../fixtures/expected/seeds.js";
import { encodeGbk } from "./gbk.js";

const read = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");

describe("parseReport", () => {
  it.each([SEED_000, SEED_001, SEED_002, SEED_004, CORPUS_023, CORPUS_025].map((e) => [e.file, e] as const))(
    "parses %s from UTF-8 bytes: usable, with the hand-read totals",
    (file, e) => {
      const result = parseReport(new TextEncoder().encode(read(file)));
      expect(isUsable(result)).toBe(true);
      expect(result.report.meta.encoding).toBe("utf-8");
      expect(result.report.meta.title).toBe(e.meta.title);
      expect(result.report.cells["applications.results.total.total"]?.value).toBe(e.applications["results.total"]![6]);
      expect(result.report.cells["active_disclosure.licensing.decisions"]?.value).toBe(
        e.activeDisclosure.licensing![0],
      );
      expect(result.report.cells["review_litigation.review.upheld"]?.value).toBe(e.reviewLitigation[0]);
    },
  );

  it.each([[SEED_000.file], [SEED_004.file], [CORPUS_023.file], [CORPUS_025.file]])(
    "GBK bytes of %s parse to the same cells as its UTF-8 text",
    (file) => {
      const text = read(file);
      const fromText = parseReport(text);
      const fromGbk = parseReport(encodeGbk(text));
      expect(fromGbk.report.meta.encoding).toBe("gb18030");
      expect(fromText.report.meta.encoding).toBe("string");
      expect(fromGbk.report.cells).toEqual(fromText.report.cells);
      expect(fromGbk.report.meta.title).toBe(fromText.report.meta.title);
      expect(Object.keys(fromGbk.report.cells).length).toBeGreaterThan(70);
    },
  );

  it("returns an empty report and input-empty for empty bytes, without throwing", () => {
    const result = parseReport(new Uint8Array());
    expect(isUsable(result)).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["input-empty", "error"]]);
    expect(result.report.cells).toEqual({});
    expect(result.report.sections).toEqual([]);
  });

  it("returns input-binary for a PNG", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = parseReport(png);
    expect(result.diagnostics[0]?.code).toBe("input-binary");
    expect(isUsable(result)).toBe(false);
  });

  it("returns not-a-report for text with no report in it", () => {
    const result = parseReport("Hello, world.\nNothing to see here.\n");
    expect(result.diagnostics[0]).toMatchObject({ code: "not-a-report", severity: "error" });
    expect(isUsable(result)).toBe(false);
    expect(result.report).toEqual({ ...emptyReport("lines", "string"), meta: result.report.meta });
  });

  it("does not take a document with one numbered heading for a report", () => {
    expect(isUsable(parseReport("一、引言\n这是一篇普通文章。\n"))).toBe(false);
    expect(isUsable(parseReport("一、总体情况\n略。\n五、存在的主要问题及改进情况\n略。\n"))).toBe(true);
  });

  it("throws TypeError only for programmer misuse", () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseReport(null as unknown as string)).toThrow(TypeError);
  });

  it("honours options.shape and options.era", () => {
    const text = read(SEED_000.file);
    const forced = parseReport(text, { era: "gb2019" });
    expect(forced.report.tables.map((t) => t.era)).toEqual(["gb2019", "gb2019", "gb2019"]);
    expect(forced.report.meta.formatEra).toBe("gb2019");
    expect(forced.report.cells["applications.results.total.total"]?.value).toBe(2);
    const pipe = parseReport(text, { shape: "pipe" });
    expect(pipe.report.meta.shape).toBe("pipe");
  });

  it.each([
    "seeds/000_cc43e5a43c1be886.txt",
    "seeds/002_d039ec262de9d514.txt",
    "seeds/003_80aeb6f3312619ab.txt",
    "corpus/023_2023_hongzequ.txt",
  ])("the result for %s satisfies the ParseResult contract (zod schema)", (file) => {
    const result = parseReport(read(file));
    const checked = ParseResultSchema.safeParse(result);
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
  });

  it("is pure: the same input parses to the same result twice", () => {
    const text = read(CORPUS_023.file);
    expect(parseReport(text)).toEqual(parseReport(text));
  });
});
