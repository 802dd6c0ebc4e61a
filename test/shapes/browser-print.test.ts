import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { isPageFurniture } from "../../src/shapes/source-lines.js";

/**
 * Reports printed to PDF from a browser with its default header and footer (date and time, the page's title; the
 * address and page n/m), then pdftotext (red team R23). Before, the header's title became the report's title and
 * body (`年兰溪市卫生健康局…`, year null), and the year its title wrapped onto a line of its own became Table 四's
 * first value (2024 1 1 0 0 for 1 1 0 0 2, every cell one place on).
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/messy/r23-lead/${name}`, import.meta.url), "utf8");
const cell = (result: ReturnType<typeof parseReport>, id: string) =>
  (result.report.cells as Record<string, { value: number | null } | undefined>)[id]?.value;

describe("a browser's print header and footer in PDF text", () => {
  it("layout mode: the header's wrapped year is no value of Table 四 (1 1 0 0 2)", () => {
    const result = parseReport(fixture("browser-print-layout-table4.txt"));
    const review = ["upheld", "corrected", "other", "pending", "total"].map((c) =>
      cell(result, `review_litigation.review.${c}`),
    );
    expect(review).toEqual([1, 1, 0, 0, 2]);
    expect(cell(result, "review_litigation.litigation_direct.total")).toBe(1);
    expect(result.diagnostics.filter((d) => d.code === "row-extra-values")).toEqual([]);
  });

  it("layout mode: the title printed beside the date, or first on a later page, is not the report's", () => {
    const { report } = parseReport(fixture("browser-print-layout-title.txt"));
    expect(report.meta.title).toBe("2023年兰溪市卫生健康局政府信息公开工作年度报告");
    expect(report.meta.year).toBe(2023);
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
  });

  it("default mode: the title and year on lines of their own after each date line are page furniture", () => {
    const { report } = parseReport(fixture("browser-print-default.txt"));
    expect(report.meta.title).toBe("2023年兰溪市卫生健康局政府信息公开工作年度报告");
    expect(report.meta.year).toBe(2023);
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
    for (const section of report.sections) {
      expect(section.text).not.toContain("1:58 AM");
      expect(section.text).not.toContain("年兰溪市卫生健康局政府信息公开工作年度报告");
    }
  });

  it("a date and time printed once in a report (no title beside it) takes nothing: 一、总体情况 after it stays (review RV25)", () => {
    const head = "淮安市人民政府\n2024年政府信息公开工作年度报告\n";
    const body = "一、总体情况\n2024年，我市坚持公开为常态、不公开为例外。\n二、主动公开政府信息情况\n略。\n";
    const alone = parseReport(`${head}2025-01-20 10:30\n${body}`).report;
    expect(alone.sections.map((s) => s.id)).toEqual(["overview", "active_disclosure"]);
    expect(alone.meta.orgName).toBe("淮安市人民政府");
    const stamped = parseReport(`${head}发布时间：\n2025-01-20 10:30\n${body}`).report;
    expect(stamped.meta.publishDate).toBe("2025-01-20");
    expect(stamped.sections.map((s) => s.id)).toEqual(["overview", "active_disclosure"]);
  });

  it("header and footer lines are page furniture; dates, times and addresses in a report's text are not", () => {
    // A date and time alone is a header only when the print repeats it (browser-print.ts), not line by line.
    expect(isPageFurniture("11/24/26, 1:58 AM")).toBe(false);
    expect(isPageFurniture("2025-01-20 10:30")).toBe(false);
    expect(isPageFurniture("11/24/26, 1:58 AM                    年兰溪市卫生健康局政府信息公开工作年度报告")).toBe(
      true,
    );
    expect(isPageFurniture("2024/1/25 下午3:30      某局2023年政府信息公开工作年度报告")).toBe(true);
    expect(isPageFurniture("2024/1/25 15:30     2023")).toBe(true);
    expect(isPageFurniture("2024/1/25 15:30     会议召开")).toBe(false);
    expect(isPageFurniture("https://www.hongze.gov.cn/hzqrmzf/zfxxgkndbg/content.html         5/7")).toBe(true);
    expect(isPageFurniture("file:///C:/Users/a/report.html   1/4\f11/24/26, 1:58 AM     某局年度报告")).toBe(true);
    expect(isPageFurniture("https://www.hongze.gov.cn")).toBe(false);
    expect(isPageFurniture("2024年1月25日")).toBe(false);
    expect(isPageFurniture("2024/1/25 会议召开")).toBe(false);
    expect(isPageFurniture("1/4")).toBe(true);
  });
});
