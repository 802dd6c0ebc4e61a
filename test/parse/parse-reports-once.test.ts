/**
 * parseReports finds where reports start once for a file holding one report (it was twice: once to split the
 * file, once more in recognizeDocument), and gives the same results.
 */
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseReport, parseReports } from "../../src/index.js";
import { reportStarts } from "../../src/recognize/report-starts.js";

vi.mock("../../src/recognize/report-starts.js", async (original) => {
  const module = await original<typeof import("../../src/recognize/report-starts.js")>();
  return { ...module, reportStarts: vi.fn(module.reportStarts) };
});

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const D2023 = fixture("corpus/023_2023_hongzequ.txt");
const D2024 = fixture("corpus/024_2024_hongzequ.txt");
const starts = vi.mocked(reportStarts);

describe("parseReports looks for report starts once in a file of one report (F18)", () => {
  beforeEach(() => {
    starts.mockClear();
  });

  it("024 alone: one search, parseReport's result", () => {
    const [result, ...rest] = parseReports(D2024);
    expect(starts).toHaveBeenCalledTimes(1);
    expect(rest).toEqual([]);
    // 95 applications received: 024 line 78.
    expect(result!.report.cells["applications.new.total"]?.value).toBe(95);
    starts.mockClear();
    expect(result).toEqual(parseReport(D2024));
    expect(starts).toHaveBeenCalledTimes(1);
  });

  it("024 then 023: still two reports, 95 and 21 received (023 line 72)", () => {
    const results = parseReports(`${D2024}\n${D2023}`);
    expect(results.map((r) => r.report.cells["applications.new.total"]?.value)).toEqual([95, 21]);
    expect(results.map((r) => r.report.meta.year)).toEqual([2024, 2023]);
  });
});
