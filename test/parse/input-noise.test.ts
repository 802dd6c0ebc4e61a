/**
 * Input noise the decoder must see through (red team R14): a stray byte in a UTF-8 file, a GBK page whose
 * meta says utf-8, BOM-less UTF-16 of a CJK-dense report, invisible and look-alike characters.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell } from "../../src/schema/common.js";
import { CORPUS_025 } from "../fixtures/expected/corpus.js";
import { SEED_000 } from "../fixtures/expected/seeds.js";
import { encodeGbk } from "./gbk.js";

const read = (file: string) => readFileSync(new URL(`../fixtures/${file}`, import.meta.url), "utf8");
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of parts) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};
/** The cells as `status:value` by id (positions left out: they shift with the noise). */
const values = (cells: Record<string, Cell>): Record<string, string> =>
  Object.fromEntries(Object.entries(cells).map(([id, c]) => [id, `${c.status}:${c.value}`]));

describe("a UTF-8 report with one stray non-UTF-8 character", () => {
  it.each([SEED_000, CORPUS_025].map((e) => [e.file, e] as const))(
    "%s with one GBK 。 or one 0xFF in a character: UTF-8, every cell",
    (_, e) => {
      const text = read(e.file);
      const clean = parseReport(text).report;
      const at = text.indexOf("。", 200);
      const gbkStop = concat(utf8(text.slice(0, at)), encodeGbk("。"), utf8(text.slice(at + 1)));
      const bytes = utf8(text);
      const inside = utf8(text.slice(0, 300)).length + 1; // the second byte of a three-byte CJK character
      expect(bytes[inside - 1]).toBeGreaterThanOrEqual(0xe0);
      const oneFF = concat(bytes.subarray(0, inside), new Uint8Array([0xff]), bytes.subarray(inside));
      for (const noisy of [gbkStop, oneFF]) {
        const { report } = parseReport(noisy);
        expect(report.meta.encoding).toBe("utf-8");
        expect(report.meta.title).toBe(e.meta.title);
        expect(Object.keys(report.cells).length).toBe(200);
        expect(values(report.cells)).toEqual(values(clean.cells));
        expect(report.cells["applications.results.total.total"]?.value).toBe(e.applications["results.total"]?.[6]);
      }
    },
  );
});

describe("a GBK page whose <meta charset> says utf-8", () => {
  it("reads all 200 cells of seed 000 rendered as HTML, as it does with the meta removed", () => {
    const text = read(SEED_000.file);
    const clean = parseReport(text).report;
    const html = renderReport(clean, "html");
    expect(html).toContain('<meta charset="utf-8">');
    for (const page of [html, html.replace('<meta charset="utf-8">', "")]) {
      const { report, diagnostics } = parseReport(encodeGbk(page));
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(report.meta.encoding).toBe("gb18030");
      expect(report.meta.title).toBe(SEED_000.meta.title);
      expect(Object.keys(report.cells).length).toBe(200);
      expect(values(report.cells)).toEqual(values(clean.cells));
    }
  });
});

describe("BOM-less UTF-16 of a CJK-dense report", () => {
  it("reads seed 003 (2014 format) as it reads its text, in either byte order", () => {
    const text = read("seeds/003_80aeb6f3312619ab.txt");
    const clean = parseReport(text).report;
    expect(clean.meta.title).toBe("昆明市卫生局2014年政府信息公开工作年度报告");
    const le = new Uint8Array(text.length * 2);
    const view = new DataView(le.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) be.set([le[i + 1] as number, le[i] as number], i);
    for (const [bytes, encoding] of [
      [le, "utf-16le"],
      [be, "utf-16be"],
    ] as const) {
      const { report, diagnostics } = parseReport(bytes);
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(report.meta.encoding).toBe(encoding);
      expect(report.meta.title).toBe(clean.meta.title);
      expect(report.legacy.flatMap((t) => t.rows).length).toBe(clean.legacy.flatMap((t) => t.rows).length);
      expect(report.legacy.flatMap((t) => t.rows).length).toBeGreaterThan(10);
    }
  });
});
