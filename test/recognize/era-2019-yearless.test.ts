/**
 * A 2019 report printing no year anywhere, without Table 二, whose Table 三 prints （六）其他处理 as one row (the
 * 2019 layout): no table decides its era by a label, and only the 2019 layout reads every table as printed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport } from "../../src/index.js";

const TOWNSHIP = readFileSync(new URL("../fixtures/messy/red-team/lines_word_2019_township.txt", import.meta.url));

describe("the era of a yearless 2019 report without Table 二 (F18 item 4)", () => {
  it("gb2019, with no mixed-layout block (was gb2021 with （六） recorded as a 2019 block)", () => {
    const lines = renderReport(parseReport(TOWNSHIP).report, "pipe")
      .replace(/(?:19|20)\d{2}\s*年度?/g, "本年")
      .split("\n");
    const from = lines.findIndex((l) => l.startsWith("二、主动公开"));
    const to = lines.findIndex((l) => l.startsWith("三、收到"));
    const { report } = parseReport([...lines.slice(0, from + 1), ...lines.slice(to)].join("\n"));
    expect(report.meta.year).toBeNull();
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.meta.hybridBlocks).toEqual([]);
  });
});
