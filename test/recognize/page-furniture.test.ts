/**
 * Web pages as CMSs publish them (red team R22): the furniture after the report (相关文件 lists with dates,
 * 上一篇/下一篇, 附件：….pdf, footers) gives no report date, no body and no section text; the report's own
 * signature before it still does, and prose that looks like furniture stays.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const page = (name: string) =>
  parseReport(readFileSync(new URL(`../fixtures/messy/red-team/r22-page-${name}.html`, import.meta.url), "utf8"))
    .report;
const lastText = (report: ReturnType<typeof page>) => report.sections.at(-1)?.text;

/** A page of two sections whose section 六 reads `six` (HTML) and whose page ends with `after`. */
const html = (six: string, after = "") =>
  parseReport(
    `<html><body><h1>兰溪市卫生健康局2023年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>2023年，我局共受理政府信息公开申请2件。</p>` +
      `<h2>六、其他需要报告的事项</h2>${six}${after}</body></html>`,
  ).report;

describe("the report ends before the page's furniture", () => {
  it("takes no report date from a 相关文件 list's first link (d1)", () => {
    const report = page("d1-related-list-date");
    // Before: 2023-04-06, the date of 关于印发2023年政务公开工作要点的通知, and a false META-DATE.
    expect(report.meta.reportDate).toBeNull();
    expect(report.meta.publishDate).toBe("2024-01-22");
    expect(lastText(report)).toBe("本年度我局未收取信息处理费。");
  });

  it("takes no body and no date from a link list laid out as a table (d2)", () => {
    const report = page("d2-related-list-org");
    // Before: orgName 兰溪市教育局2023年政府信息公开工作年度报告 (a link's title), reportDate 2024-01-25.
    expect(report.meta.reportDate).toBeNull();
    expect(report.meta.orgName).toBe("兰溪市卫生健康局");
    expect(lastText(report)).toBe("本年度我局未收取信息处理费。");
  });

  it("takes no date from 上一篇/下一篇 blocks printing their dates on lines of their own", () => {
    const report = page("prev-next-dates");
    // Before: 2024-01-10, the date of the 上一篇 article, also left in section 六's text.
    expect(report.meta.reportDate).toBeNull();
    expect(lastText(report)).toBe("本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。");
  });

  it("takes no date from a footer's 最后更新：", () => {
    const report = page("update-date");
    // Before: 2025-06-30 (and a false META-DATE-LATE); 最后更新： was section 六's last line.
    expect(report.meta.reportDate).toBeNull();
    expect(lastText(report)).toBe("本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。");
  });

  it("reads the signature before the furniture and keeps both out of the section (d3)", () => {
    const report = page("d3-signature-then-related");
    expect(report.meta.reportDate).toBe("2025-01-16");
    expect(report.meta.orgName).toBe("市中区卫生健康局");
    // Before: the text went on with 市中区卫生健康局, 2025年1月16日, 附件：….pdf, two links and their dates.
    expect(lastText(report)?.endsWith("电子邮箱：szqwsjkj@zz.shandong.cn） 。")).toBe(true);
    expect(report.sections.at(-1)?.subsections.at(-1)?.text.endsWith("szqwsjkj@zz.shandong.cn） 。")).toBe(true);
  });

  it("leaves attachment links, 相关解读, other years' reports and the footer out of the last section (d5)", () => {
    // Before: 附件：…pdf, 相关解读：…, two reports' titles, 政府网站标识码 … 浙ICP备…, 联系电话 … and 您是第 1234 位访客.
    expect(lastText(page("d5-furniture-in-last-section"))).toBe("本年度我局未收取信息处理费。");
  });

  it.each([
    ["附件：兰溪市卫生健康局2023年政府信息公开工作年度报告.pdf"],
    ["附件下载："],
    ["相关解读：一图读懂2023年政府信息公开工作年度报告"],
    ["政府网站标识码：3307810001"],
    ["技术支持：某某网络科技有限公司"],
    ["您是第 1234 位访客"],
    ["（责任编辑：张三）"],
    ["扫码关注“兰溪发布”"],
    ["上一页 1 2 下一页"],
    ["阅读次数：[ 88 ]"],
    ["兰溪市卫生健康局2022年政府信息公开工作年度报告 2023-01-20"],
  ])("leaves a footer's %s out of section 六", (furniture) => {
    expect(
      html("<p>本年度我局未收取信息处理费。</p>", `<div class="foot"><p>${furniture}</p></div>`).sections.at(-1)?.text,
    ).toBe("本年度我局未收取信息处理费。");
  });

  it("reads a body named …规划局 as the signature, not as a listed article", () => {
    const report = parseReport(
      "<html><body><h1>泰州市海陵区自然资源和规划局2023年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>2023年，共受理申请2件。</p>" +
        "<h2>六、其他需要报告的事项</h2><p>本年度未收取信息处理费。</p><p>泰州市海陵区自然资源和规划局</p><p>2024年1月20日</p>" +
        "<h3>相关链接</h3><p>泰州市海陵区自然资源和规划局2022年政府信息公开工作年度报告</p><p>2023-01-18</p></body></html>",
    ).report;
    expect(report.meta.reportDate).toBe("2024-01-20");
    expect(report.sections.at(-1)?.text).toBe("本年度未收取信息处理费。");
  });
});

describe("prose that looks like furniture stays in the report", () => {
  it("keeps 联系电话 inside a sentence of section 六, and the signature after it", () => {
    const report = html(
      "<p>如对本报告有疑问，请与我局办公室联系，联系电话：0579-88888888，地址：兰溪市某某路1号。</p><p>兰溪市卫生健康局</p><p>2024年1月22日</p>",
    );
    expect(report.sections.at(-1)?.text).toBe(
      "如对本报告有疑问，请与我局办公室联系，联系电话：0579-88888888，地址：兰溪市某某路1号。",
    );
    expect(report.meta.reportDate).toBe("2024-01-22");
  });

  it("keeps a contact line of its own (联系电话：…, 地址：…): it may be the report's", () => {
    const six =
      "<p>本年度我局未收取信息处理费。</p><p>联系电话：0579-88888888</p><p>地址：兰溪市某某路1号 邮编：321100</p>";
    expect(html(six).sections.at(-1)?.text).toBe(
      "本年度我局未收取信息处理费。\n联系电话：0579-88888888\n地址：兰溪市某某路1号 邮编：321100",
    );
  });

  it("keeps an annex named in a sentence, and a line naming a plan that no date follows", () => {
    const six =
      "<p>本年度统计数据详见附件：政府信息公开情况统计表.xls。</p><p>2024年度政务公开工作要点</p><p>下一步，我局将落实上述要点。</p>";
    expect(html(six).sections.at(-1)?.text).toBe(
      "本年度统计数据详见附件：政府信息公开情况统计表.xls。\n2024年度政务公开工作要点\n下一步，我局将落实上述要点。",
    );
  });

  it.each([
    ["扫码关注“兰溪卫健”公众号，即可在手机上查看本机关主动公开的政府信息。"],
    ["技术支持：由市大数据中心提供（政务公开专栏）"],
    ["最后更新：本报告数据截至2023年12月31日。"],
  ])("keeps prose opening like furniture: %s", (line) => {
    const report = html(`<p>${line}</p><p>本年度我局未收取信息处理费。</p>`);
    expect(report.sections.at(-1)?.text).toBe(`${line}\n本年度我局未收取信息处理费。`);
  });

  it("reads one title-like line over a date as the signature: a list has two entries", () => {
    const report = html("<p>本年度我局未收取信息处理费。</p><p>特此报告</p><p>2024年1月22日</p>");
    expect(report.meta.reportDate).toBe("2024-01-22");
    expect(report.sections.at(-1)?.text).toBe("本年度我局未收取信息处理费。\n特此报告");
  });

  it("reads the signature under an attachment the report names (附件：….xls, then the body and the date)", () => {
    const report = html(
      "<p>本年度我局未收取信息处理费。</p><p>附件：2023年政府信息公开情况统计表.xls</p><p>兰溪市卫生健康局</p><p>2024年1月22日</p>",
    );
    // Without the signature check the attachment line ended the report above its signature: reportDate null.
    expect(report.meta.reportDate).toBe("2024-01-22");
    expect(report.sections.find((s) => s.number === "六")?.text).toBe("本年度我局未收取信息处理费。");
    expect(report.sections.map((s) => s.text).join("\n")).not.toContain("2024年1月22日");
  });
});
