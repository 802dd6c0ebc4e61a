import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const CITY = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");

describe("zero-width characters inside the years of the title and the dates (kept in the text since they join numbers)", () => {
  for (const [name, mark] of [
    ["U+200B", "\u200b"],
    ["U+200D", "\u200d"],
    ["U+2060", "\u2060"],
    ["U+FEFF", "\ufeff"],
  ] as const) {
    it(`${name} after the first digit of every 2024 and 2025: the year, the period and the report date are read`, () => {
      const signed = `${CITY}淮安市人民政府\n2025年1月18日\n`;
      const text = signed.replaceAll("2024", `2${mark}024`).replaceAll("2025", `2${mark}025`);
      const { meta } = parseReport(text).report;
      expect(meta.year).toBe(2024);
      expect(meta.title).toContain("政府信息公开工作年度报告");
      expect([meta.statPeriod?.start, meta.statPeriod?.end]).toEqual(["2024-01-01", "2024-12-31"]);
      expect(meta.reportDate).toBe("2025-01-18");
    });
  }
});
