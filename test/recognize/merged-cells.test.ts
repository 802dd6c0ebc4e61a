import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, renderReport, validateReport } from "../../src/index.js";

const DISTRICT = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");
const HTML = renderReport(parseReport(DISTRICT).report, "html");
/** Row （一）予以公开 of Table 三 as rendered: 50 (自然人), five 0 (法人或其他组织), 50 (总计). */
const GRANTED = "<td>50</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>50</td>";

describe("a value cell merged across columns the header prints apart (red team R21)", () => {
  it("the 总计 after a merged cell stays in 总计 (was read into 科研机构, with a false T3-RES error)", () => {
    expect(HTML).toContain(GRANTED);
    const html = HTML.replace(GRANTED, '<td>50</td><td colspan="5">0</td><td>50</td>');
    const { report, diagnostics } = parseReport(html);
    const cells = report.cells as Record<string, { value: number | null; status: string } | undefined>;
    const cell = (column: string) => cells[`applications.results.granted.${column}`];
    expect(cell("natural_person")?.value).toBe(50);
    expect(cell("commercial_enterprise")?.value).toBe(0);
    for (const column of ["research_institution", "social_welfare_org", "legal_service_org", "other_org"]) {
      expect(cell(column)?.status, column).toBe("blank");
    }
    expect(cell("total")?.value).toBe(50);
    const merged = diagnostics.filter((d) => d.code === "cell-merged");
    expect(merged.map((d) => [d.severity, d.text, d.source?.line])).toEqual([
      ["warning", "0", html.slice(0, html.indexOf('colspan="5">0')).split("\n").length],
    ]);
    expect(merged[0]!.message).toContain("merged across 5 columns");
    const errors = validateReport(report).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("a cell spanning columns its header spans too (行政许可 | 9487 under 本年处理决定数量, both colspan 3) is one value", () => {
    expect(HTML).toMatch(/<td colspan="3">\d+<\/td>/);
    const { report, diagnostics } = parseReport(HTML);
    expect(diagnostics.filter((d) => d.code === "cell-merged")).toEqual([]);
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(
      parseReport(DISTRICT).report.cells["active_disclosure.licensing.decisions"]?.value,
    );
  });
});
