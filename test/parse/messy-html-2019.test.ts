/**
 * A 2019-layout report as a Shanghai-style web page: GB18030 bytes declared as gb2312 by an old-style
 * `<meta http-equiv>`, site chrome (breadcrumb, 发布时间/访问次数/字体大小, 打印/关闭), headings as bold paragraphs,
 * Table 二 with the （八）/（九） header and value cells as colspan-2 pairs (5 physical columns), `<br>` inside
 * header cells, values wrapped in `<p><span>`, `&nbsp;` and a dash as cells, 三、本年度办理结果 with rowspan 20 and
 * the 2019 one-row （六）其他处理, Table 四 with its after-review block left blank. The page was written for this
 * test; the expected values below are the ones printed in it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Cell } from "../../src/schema/common.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const bytes = readFileSync(new URL("../fixtures/messy/sh2019-gb18030.html", import.meta.url));
const { report, diagnostics } = parseReport(bytes);
const cells = report.cells as Record<string, Cell | undefined>;
const value = (id: string) => cells[id]?.value;
const status = (id: string) => cells[id]?.status;

describe("a messy 2019-layout HTML page (GB18030, spans, blanks, chrome)", () => {
  it("decodes the bytes and reads the metadata, not the chrome", () => {
    expect(report.meta.encoding).toBe("gb18030");
    expect(report.meta.shape).toBe("html");
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.meta.title).toBe("上海市某某区审计局2019年政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("上海市某某区审计局");
    expect(report.meta.year).toBe(2019);
    expect(report.meta.publishDate).toBe("2020-01-20");
    expect(report.meta.reportDate).toBe("2020-01-20");
    const text = report.sections.map((s) => s.text).join("\n");
    for (const chrome of ["访问次数", "字体大小", "打印本页", "首页"]) expect(text).not.toContain(chrome);
  });

  it("finds the six sections by their bold-paragraph headings", () => {
    expect(report.sections.map((s) => s.id)).toEqual([...SIX_SECTION_IDS]);
    expect(report.sections[0]!.text).toBe("2019年，我局主动公开政府信息120条，收到政府信息公开申请16件。");
  });

  it("reads all 22 cells of the 2019 Table 二 through the colspan pairs", () => {
    const ad = Object.keys(report.cells).filter((id) => id.startsWith("active_disclosure."));
    expect(ad).toHaveLength(22);
    expect(value("active_disclosure.normative_documents.newly_made")).toBe(3);
    expect(value("active_disclosure.normative_documents.total_published")).toBe(27);
    expect(value("active_disclosure.licensing.items_change")).toBe(-1);
    expect(value("active_disclosure.licensing.decisions")).toBe(35);
    expect(status("active_disclosure.other_services.decisions")).toBe("blank");
    expect(value("active_disclosure.penalty.decisions")).toBe(113);
    expect(status("active_disclosure.coercion.decisions")).toBe("na");
    expect(value("active_disclosure.fees.prev_year_items")).toBe(2);
    expect(value("active_disclosure.procurement.projects")).toBe(6);
    expect(value("active_disclosure.procurement.amount")).toBe(251.3);
  });

  it("reads Table 三 under the rowspan-20 group, with the one-row （六）", () => {
    const apps = Object.keys(report.cells).filter((id) => id.startsWith("applications."));
    expect(apps).toHaveLength(161);
    expect(value("applications.new.natural_person")).toBe(12);
    expect(value("applications.new.commercial_enterprise")).toBe(3);
    expect(value("applications.new.total")).toBe(16);
    expect(value("applications.carried_over.total")).toBe(1);
    expect(value("applications.results.withheld.third_party_rights.natural_person")).toBe(1);
    expect(value("applications.results.unable.not_held.legal_service_org")).toBe(1);
    expect(value("applications.results.unable.not_held.total")).toBe(5);
    expect(value("applications.results.other_total.total")).toBe(0);
    expect(Object.keys(report.cells).filter((id) => id.startsWith("applications.results.other."))).toEqual([]);
    expect(value("applications.results.total.total")).toBe(15);
    expect(value("applications.carried_forward.commercial_enterprise")).toBe(1);
  });

  it("reads Table 四's blank cells as blank, never as 0", () => {
    expect(value("review_litigation.review.upheld")).toBe(1);
    expect(value("review_litigation.litigation_direct.pending")).toBe(1);
    for (const col of ["upheld", "corrected", "other", "pending", "total"]) {
      expect(status(`review_litigation.litigation_after_review.${col}`)).toBe("blank");
    }
  });

  it("places every cell at its text in the decoded page and reports nothing unplaced", () => {
    const text = new TextDecoder("gb18030").decode(bytes);
    for (const cell of Object.values(report.cells)) {
      if (cell.status === "blank") continue;
      expect(text.slice(cell.source.offset, cell.source.offset + cell.raw.length)).toBe(cell.raw);
    }
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(report.extraRows).toEqual([]);
  });

  it("validation finds the page's imbalance: 16 + 1 received against 15 + 1 ended", () => {
    const findings = validateReport(report).filter((f) => f.severity === "error");
    expect(findings.map((f) => f.rule)).toEqual(["T3-BAL", "T3-BAL"]);
  });
});
