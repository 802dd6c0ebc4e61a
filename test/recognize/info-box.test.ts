/**
 * A web page's info box (发布机构 / 成文日期 / 发文日期), its byline (来源：…, a date alone under the title) and its
 * <title> (the site's name first, a breadcrumb) as metadata (red team R22).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const page = (name: string) =>
  parseReport(readFileSync(new URL(`../fixtures/messy/red-team/r22-page-${name}.html`, import.meta.url), "utf8"))
    .report;

/** A page of two sections under `top` (an info box, a byline) and the heading `h1`. */
const html = (top: string, h1 = "2023年政府信息公开工作年度报告") =>
  parseReport(
    `<html><body>${top}<h1>${h1}</h1><h2>一、总体情况</h2><p>2023年，我局共受理政府信息公开申请2件。</p>` +
      "<h2>六、其他需要报告的事项</h2><p>本年度我局未收取信息处理费。</p></body></html>",
  ).report;

describe("the info box", () => {
  it("reads 发布机构, 成文日期 and 发文日期 (d4)", () => {
    const { meta } = page("d4-infobox-fawen-chengwen");
    // Before: orgName, publishDate and reportDate null, and a false META-DATE-MISSING.
    expect(meta.orgName).toBe("兰溪市卫生健康局");
    expect(meta.publishDate).toBe("2024-01-22");
    expect(meta.reportDate).toBe("2024-01-15");
    expect(meta.sources?.reportDate).toMatchObject({ table: 0, row: 1, col: 0 });
  });

  it("reads 成文日期 alone as the report date, the title's body kept over 发布机构", () => {
    const { meta } = page("infobox-chengwen");
    expect(meta.reportDate).toBe("2024-01-15");
    expect(meta.publishDate).toBeNull();
    // 发布机构 is 洪泽区人民政府办公室: the title names the body.
    expect(meta.orgName).toBe("洪泽区人民政府");
  });

  it("reads the byline's 来源 as the body when the title names none", () => {
    const { meta } = page("byline-source");
    // Before: orgName null.
    expect(meta.orgName).toBe("洪泽区人民政府");
    expect(meta.publishDate).toBe("2024-01-18");
  });

  it("reads fields printed in blocks of their own (发布机构： / 某局)", () => {
    const { meta } = html("<div>发布机构：</div><div>兰溪市卫生健康局</div><div>发文日期：</div><div>2024-01-22</div>");
    expect(meta.orgName).toBe("兰溪市卫生健康局");
    expect(meta.publishDate).toBe("2024-01-22");
  });

  it("takes no body from a source that is not one (来源：本站原创, 数据来源：…)", () => {
    expect(html("<div>来源：本站原创　发布时间：2024-01-22</div>").meta.orgName).toBeNull();
    expect(html("<p>数据来源：兰溪市卫生健康局</p>").meta.orgName).toBeNull();
  });

  it("keeps a signature's date over 成文日期", () => {
    const report = parseReport(
      "<html><body><table><tr><td>成文日期：</td><td>2024-01-15</td></tr></table><h1>兰溪市卫生健康局2023年政府信息公开工作年度报告</h1>" +
        "<h2>一、总体情况</h2><p>2023年，我局共受理政府信息公开申请2件。</p><h2>六、其他需要报告的事项</h2><p>本年度未收取费用。</p>" +
        "<p>兰溪市卫生健康局</p><p>2024年1月20日</p></body></html>",
    ).report;
    expect(report.meta.reportDate).toBe("2024-01-20");
  });
});

describe("the byline", () => {
  it("reads a date alone under the title as the publication date, not the report's (d6)", () => {
    const { meta } = page("d6-bare-date-byline");
    // Before: reportDate 2024-01-22, publishDate null.
    expect(meta.publishDate).toBe("2024-01-22");
    expect(meta.reportDate).toBeNull();
  });
});

describe("the page's <title>", () => {
  it("reads the report's part of a title that puts the site's name first (d8)", () => {
    const { meta } = page("d8-head-title-site-first");
    // Before: the whole <title>, orgName 兰溪市人民政府-.
    expect(meta.title).toBe("兰溪市卫生健康局2023年政府信息公开工作年度报告");
    expect(meta.orgName).toBe("兰溪市卫生健康局");
  });

  it("reads the last step of a breadcrumb <title>", () => {
    const { meta } = page("head-breadcrumb");
    // Before: no title, no body, no year (META-YEAR-MISSING).
    expect(meta.title).toBe("兰溪市卫生健康局2023年政府信息公开工作年度报告");
    expect(meta.orgName).toBe("兰溪市卫生健康局");
    expect(meta.year).toBe(2023);
  });
});
