import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, validateReport } from "../../src/index.js";

/** A page cut off by pagination before Table 四 (red team R22). */
const PAGE = readFileSync(new URL("../fixtures/messy/red-team/r22-x-paginated-page1.html", import.meta.url), "utf8");

describe("a table not found is one finding, with a place", () => {
  it("the reader's table-not-found names the table (表四) and joins STRUCT-TABLE-MISSING, which has a place", () => {
    const { report, diagnostics } = parseReport(PAGE);
    const notFound = diagnostics.find((d) => d.code === "table-not-found");
    expect(notFound?.text).toBe("表四");
    const findings = validateReport(report, { diagnostics });
    expect(findings.filter((f) => f.rule === "table-not-found")).toEqual([]);
    const missing = findings.filter((f) => f.rule === "STRUCT-TABLE-MISSING");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message.zh).toBe("缺少表格“四、政府信息公开行政复议、行政诉讼情况”（或未能识别其数据）");
    expect(missing[0]?.source?.line).toBeGreaterThan(0);
  });

  it("without STRUCT-TABLE-MISSING (its rule skipped) the parse finding stays, naming 表四", () => {
    const { report, diagnostics } = parseReport(PAGE);
    const findings = validateReport(report, { diagnostics, skipRules: ["STRUCT-TABLE-MISSING"] });
    const notFound = findings.filter((f) => f.rule === "table-not-found");
    expect(notFound).toHaveLength(1);
    expect(notFound[0]?.message.zh).toContain("“表四”");
  });
});
