/**
 * Text holding U+FFFD replacement characters: characters lost in decoding, here or by the converter that made the
 * text. word-extractor 1.0.4 decodes a .docx's XML 4 KB at a time, so a Chinese character cut at a chunk's edge
 * becomes two U+FFFD (red team R32): a label holding them matches no row, and the row's value was lost with
 * nothing but an info. Now the parse says so, at the first one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostic-codes.js";
import { parseReport, parseReports } from "../../src/parse.js";

const fixture = (file: string) => readFileSync(`test/fixtures/messy/r32/${file}`);
const warningsOf = (input: string | Uint8Array) =>
  parseReport(input).diagnostics.filter((d) => d.code === "input-replacement-characters");

describe("input-replacement-characters", () => {
  it("warns at the first of word-extractor's replacement characters, with their count (R32, seed 003 as .docx)", () => {
    const [warning, ...more] = warningsOf(fixture("s003-word-extractor-docx.txt"));
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      severity: "warning",
      source: { line: 28, column: 355 },
      text: "查缺补漏,对昆明���生网进行整改",
    });
    expect(warning?.message).toMatch(/^The text holds 5 replacement characters \(U\+FFFD\), the first in 「查缺补漏/);
  });

  it("warns where a label was cut (a legacy table's 设立公开查阅点数 as ��立…)", () => {
    const [warning] = warningsOf(fixture("legacy-fffd-label.txt"));
    expect(warning).toMatchObject({ source: { line: 98, column: 1 }, text: "微博 | | ��立公开查阅点数" });
    expect(warning?.message).toContain("holds 2 replacement characters");
  });

  it("warns for bytes invalid in UTF-8 the decoder replaced, and for a string holding one", () => {
    const head = "2023年某局政府信息公开工作年度报告\n一、总体情况\n本年度收到申请3件";
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xe4, 0xb8, 0x0a]);
    expect(warningsOf(bytes).map((d) => [d.message.slice(0, 47), d.source?.line])).toEqual([
      ["The text holds 1 replacement character (U+FFFD)", 3],
    ]);
    expect(warningsOf(`${head}\ufffd。`)).toHaveLength(1);
    expect(warningsOf(`${head}。`)).toEqual([]);
    // parseReports: in the report whose text holds it.
    const two = `${head}。\n\n2024年某局政府信息公开工作年度报告\n一、总体情况\n收到申请\ufffd件`;
    expect(parseReports(two).map((r) => r.diagnostics.some((d) => d.code === "input-replacement-characters"))).toEqual([
      false,
      true,
    ]);
  });

  it("is a catalogued warning of the decode stage", () => {
    expect(DIAGNOSTIC_CODES.find((c) => c.code === "input-replacement-characters")).toMatchObject({
      severity: "warning",
      stage: "decode",
    });
  });
});
