import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { stripAnnotation } from "../../src/recognize/labels.js";

/** A 2020 report as PDF text whose Hubei-style note (指…) wraps after the row's numbers (red team R18 d4). */
const WRAPPED = readFileSync(new URL("../fixtures/messy/gb2019-unclosed-note.txt", import.meta.url), "utf8");

describe("a row label whose annotation a line wrap left unclosed", () => {
  it("strips the open annotation after label text, as a closed one", () => {
    expect(stripAnnotation("其他对外管理服务事项（指行政许可以外的政务服务事项")).toBe("其他对外管理服务事项");
    expect(stripAnnotation("（一）予以公开（处罚结果）")).toBe("（一）予以公开");
    expect(stripAnnotation("（一）予以公开")).toBe("（一）予以公开");
    expect(stripAnnotation("（一")).toBe("（一");
  });

  it("其他对外管理服务事项（指… 25 +3 1204: its three cells (it was matched to 行政许可 and dropped as a duplicate)", () => {
    const { report, diagnostics } = parseReport(WRAPPED);
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.cells["active_disclosure.other_services.prev_year_items"]?.value).toBe(25);
    expect(report.cells["active_disclosure.other_services.items_change"]?.raw).toBe("+3");
    expect(report.cells["active_disclosure.other_services.decisions"]?.value).toBe(1204);
    expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(356);
    expect(diagnostics.map((d) => d.code)).not.toContain("row-duplicate");
  });
});
