/**
 * Input noise the decoder must see through (red team R14): a stray byte in a UTF-8 file, a GBK page whose
 * meta says utf-8, BOM-less UTF-16 of a CJK-dense report, invisible and look-alike characters.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import type { Cell } from "../../src/schema/common.js";
import { readPipe } from "../../src/shapes/pipe.js";
import { CORPUS_023, CORPUS_025 } from "../fixtures/expected/corpus.js";
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

describe("the decode-time fold: other line breaks, invisible characters, Kangxi radicals", () => {
  const seed000 = read(SEED_000.file);
  const corpus025 = read(CORPUS_025.file);

  it.each([
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
    ["NEL", "\u0085"],
    ["vertical tab", "\u000b"],
  ])("reads seed 000 and corpus 025 with %s for every line feed exactly as with \\n", (_, separator) => {
    for (const text of [seed000, corpus025]) {
      const clean = parseReport(text).report;
      const { report } = parseReport(text.replaceAll("\n", separator));
      expect(report.meta.shape).toBe(clean.meta.shape);
      expect(report.meta.title).toBe(clean.meta.title);
      expect(report.cells).toEqual(clean.cells); // positions too: the fold keeps every offset
      expect(report.sections.map((x) => x.id)).toEqual(clean.sections.map((x) => x.id));
    }
  });

  it("reads pipe and tab text whose line ends were converted twice (\\r\\r\\n) in its own shape", () => {
    const tab = renderReport(parseReport(seed000).report, "tab");
    for (const [text, shape] of [
      [seed000, "pipe"],
      [tab, "tab"],
    ] as const) {
      const clean = parseReport(text).report;
      expect(clean.meta.shape).toBe(shape);
      const { report } = parseReport(text.replaceAll("\n", "\r\r\n"));
      expect(report.meta.shape).toBe(shape);
      expect(report.meta.title).toBe(SEED_000.meta.title);
      expect(values(report.cells)).toEqual(values(clean.cells));
      expect(report.cells["applications.results.total.total"]?.value).toBe(SEED_000.applications["results.total"]?.[6]);
    }
  });

  it.each([
    ["soft hyphen", "\u00ad"],
    ["zero-width joiner", "\u200d"],
    ["word joiner", "\u2060"],
  ])("reads every pipe value of seed 000 with a %s after it as a number, and sub-headings behind one", (_, ch) => {
    const clean = parseReport(seed000).report;
    const { report } = parseReport(seed000.replace(/\| (\d+) (?=\|)/g, `| $1${ch} `));
    expect(Object.values(report.cells).filter((c) => c.status === "number").length).toBe(200);
    expect(values(report.cells)).toEqual(values(clean.cells));
    // The folded mark is a trailing space of the cell, trimmed off its raw text.
    expect(report.cells["active_disclosure.licensing.decisions"]?.raw).toBe("2473");
    const headed = parseReport(seed000.replace(/^\((一|二)\)/gm, `${ch}($1)`)).report;
    expect(headed.sections[0]?.subsections.map((x) => x.id)).toEqual([
      "overview.active_disclosure",
      "overview.application_handling",
      "overview.information_management",
      "overview.platform_building",
      "overview.supervision_guarantee",
    ]);
  });

  it("reads corpus 023 with ⼯ (U+2F2F) for 工, ⼀ ⼆ in its sub-section numbers, and seed 000 with U+F98E for 年", () => {
    const text = read(CORPUS_023.file);
    const clean = parseReport(text).report;
    const kangxi = parseReport(
      text.replaceAll("工", "⼯").replaceAll("（一）", "（⼀）").replaceAll("（二）", "（⼆）"),
    );
    expect(kangxi.report.meta.title).toBe(CORPUS_023.meta.title);
    expect(kangxi.report.meta.orgName).toBe(CORPUS_023.meta.orgName);
    expect(kangxi.report.sections[0]?.subsections.map((x) => x.id)).toEqual(
      clean.sections[0]?.subsections.map((x) => x.id),
    );
    expect(kangxi.report.sections[0]?.subsections.length).toBe(5);
    expect(kangxi.report.cells).toEqual(clean.cells);
    const compat = parseReport(seed000.replaceAll("年", "\uf98e")).report;
    expect(compat.meta.title).toBe(SEED_000.meta.title);
    expect(compat.meta.orgName).toBe(SEED_000.meta.orgName);
  });
});

describe("a full-width ｜ or a broken bar ¦ as the cell delimiter", () => {
  it.each([
    ["｜ (U+FF5C)", "\uff5c"],
    ["¦ (U+00A6)", "\u00a6"],
  ])("reads seed 000 with %s for every | exactly as with |", (_, bar) => {
    const text = read(SEED_000.file);
    const clean = parseReport(text).report;
    const { report } = parseReport(text.replaceAll("|", bar));
    expect(report.meta.shape).toBe("pipe");
    expect(report.cells).toEqual(clean.cells); // one code unit for one: positions hold
    expect(Object.keys(report.cells).length).toBe(200);
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(2473);
  });

  it("splits on ｜ and ¦ only on a line without | that opens or closes with one (the pipe writer's ｜ is text)", () => {
    const doc = readPipe("甲｜乙两项合计100元。\n｜规章｜5｜\n行政许可 ¦ 7 ¦\n| 甲｜乙 | 0 |\n| 丙 ¦ 丁 | 1 |");
    const blocks = doc.blocks.map((b) =>
      b.kind === "text" ? b.text : b.rows.map((r) => r.map((c) => c.text.trim()).join("/")).join("\n"),
    );
    expect(blocks).toEqual(["甲｜乙两项合计100元。", "规章/5\n行政许可/7\n甲｜乙/0\n丙 ¦ 丁/1"]);
  });
});
