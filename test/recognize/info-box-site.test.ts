import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/** A page's byline naming a website as its source (review RV24): no body's name. */
const page = (source: string) =>
  [
    "<html><body>",
    "<h1>2024年政府信息公开工作年度报告</h1>",
    `<div>发布时间：2025-01-18 09:30:12　来源：${source}　浏览次数：1234</div>`,
    "<h2>一、总体情况</h2><p>2024年，我局共受理政府信息公开申请1件。</p>",
    "<h2>六、其他需要报告的事项</h2><p>无。</p>",
    "</body></html>",
  ].join("\n");

describe("来源： naming a website is no body", () => {
  it.each(["本站", "市中区人民政府门户网站"])("来源：%s gives no orgName (it was the site's name)", (source) => {
    expect(parseReport(page(source)).report.meta.orgName).toBeNull();
  });

  it("来源：a body still names it", () => {
    expect(parseReport(page("市中区卫生健康局")).report.meta.orgName).toBe("市中区卫生健康局");
  });
});
