import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/** pdftotext's word-box output is read as its words' lines (helper F22): the parse says so, once, as an info. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/messy/r23/${name}`, import.meta.url), "utf8");

describe("word-boxes-read", () => {
  it("a -tsv file: one word-boxes-read info at its start", () => {
    const notes = parseReport(fixture("pdftotext-tsv-pages-1-4-5.txt")).diagnostics.filter(
      (d) => d.code === "word-boxes-read",
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe("info");
    expect(notes[0]!.message).toContain("-tsv");
    expect(notes[0]!.source?.offset).toBe(0);
  });

  it("a -bbox-layout XHTML file: the info names -bbox", () => {
    const notes = parseReport(fixture("pdftotext-bbox-layout-pages-4-5.html")).diagnostics.filter(
      (d) => d.code === "word-boxes-read",
    );
    expect(notes.map((d) => d.message.includes("-bbox"))).toEqual([true]);
  });

  it("ordinary PDF text gives none", () => {
    const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
    expect(parseReport(text).diagnostics.some((d) => d.code === "word-boxes-read")).toBe(false);
  });
});
