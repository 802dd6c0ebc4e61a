import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/**
 * Report headings web pages print other than the official 政府信息公开工作年度报告 (red team R22): the heading is the
 * title, not a related link to another year's report printed after the report.
 */
const page = (heading: string) =>
  [
    "<html><body>",
    `<h1>${heading}</h1>`,
    "<div>发布时间：2024-01-22</div>",
    "<h2>一、总体情况</h2><p>2023年，我局共受理政府信息公开申请2件。</p>",
    "<h2>六、其他需要报告的事项</h2><p>本年度我局未收取信息处理费。</p>",
    "<div><h3>相关链接</h3><ul><li><a href='/1.html'>兰溪市卫生健康局2022年政府信息公开工作年度报告</a></li></ul></div>",
    "</body></html>",
  ].join("\n");

describe("a report's heading worded otherwise is its title", () => {
  it.each([
    "兰溪市卫生健康局关于2023年度政府信息公开工作情况的报告",
    "兰溪市卫生健康局2023年度政府信息公开报告",
    "兰溪市卫生健康局2023年度政务公开工作报告",
    "兰溪市卫生健康局2023年度信息公开工作年度报告",
    "兰溪市卫生健康局政府信息公开工作2023年度报告",
  ])("%s: year 2023, body 兰溪市卫生健康局 (was the 2022 link's)", (heading) => {
    const { report } = parseReport(page(heading));
    expect(report.meta.title).toBe(heading);
    expect(report.meta.year).toBe(2023);
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
  });

  it("the official wording, as before", () => {
    const { report } = parseReport(page("兰溪市卫生健康局2023年政府信息公开工作年度报告"));
    expect(report.meta.year).toBe(2023);
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
  });

  it("a line going on after the key is no title (…政务公开工作报告已于2024年1月发布; review RV24)", () => {
    const html = readFileSync(
      new URL("../fixtures/messy/red-team/rv24-title-none-prose.html", import.meta.url),
      "utf8",
    );
    const { report } = parseReport(html);
    expect(report.meta.title ?? "").not.toContain("已于");
    expect(report.meta.year).toBe(2024);
    // The page's only title is the report's own file linked after it (附件：….pdf): its name, without 附件： and .pdf.
    expect(report.meta.title).toBe("市中区卫生健康局2024年政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("市中区卫生健康局");
  });

  it("a sentence citing such a report is no title (现将…情况的报告如下)", () => {
    const text = page("兰溪市卫生健康局2023年政府信息公开工作年度报告").replace(
      "<h2>一、总体情况</h2>",
      "<p>现将本局2023年度政府信息公开工作情况的报告公布如下。</p><h2>一、总体情况</h2>",
    );
    expect(parseReport(text).report.meta.title).toBe("兰溪市卫生健康局2023年政府信息公开工作年度报告");
  });
});
