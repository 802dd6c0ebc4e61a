import { describe, expect, it } from "vitest";
import { isChromeLine } from "../../src/recognize/chrome.js";
import { findDate } from "../../src/recognize/dates.js";
import { recognizeText, report2021 } from "./helpers.js";

describe("sections", () => {
  it("reads markdown headings of any depth, with the heading text as printed", () => {
    const text = [
      "# 某县教育局 2023 年政府信息公开工作年度报告",
      "",
      "## 一、总体情况",
      "",
      "（一）主动公开情况。主要通过政府网站公开信息120条。",
      "",
      "（二）依申请公开情况：全年收到申请3件。",
      "",
      "#### 五、存在的主要问题和改进情况",
      "",
      "公开内容不够全面。",
      "",
      "###### 六、其他需要报告的事项",
      "",
      "无。",
    ].join("\n");
    const { report } = recognizeText(text, "markdown");
    expect(report.sections.map((s) => [s.number, s.id, s.heading])).toEqual([
      ["一", "overview", "一、总体情况"],
      ["五", "problems_improvements", "五、存在的主要问题和改进情况"],
      ["六", "other_matters", "六、其他需要报告的事项"],
    ]);
    const subs = report.sections[0]!.subsections;
    expect(subs.map((s) => [s.id, s.number, s.heading, s.text])).toEqual([
      ["overview.active_disclosure", "（一）", "（一）主动公开情况", "主要通过政府网站公开信息120条。"],
      ["overview.application_handling", "（二）", "（二）依申请公开情况", "全年收到申请3件。"],
    ]);
    expect(report.sections[1]!.text).toBe("公开内容不够全面。");
    expect(report.sections[0]!.source.line).toBe(3);
  });

  it("keeps narrative sentences that stand inside a table region in the section text", () => {
    const text = report2021({}).replace(
      "二、主动公开政府信息情况\n",
      "二、主动公开政府信息情况\n该部分以表格形式报告，本年度主动公开政府信息1234条。表格如下：\n",
    );
    const { report } = recognizeText(text);
    expect(report.sections[1]!.text).toBe("该部分以表格形式报告，本年度主动公开政府信息1234条。表格如下：");
    expect(report.tables).toHaveLength(3);
  });

  it("keeps the numbering as printed, duplicates included", () => {
    const text = ["一、概述", "甲。", "八、其他工作", "乙。", "八、存在的主要问题及改进措施", "丙。"].join("\n");
    const { report } = recognizeText(text, "lines");
    expect(report.sections.map((s) => [s.number, s.id, s.text])).toEqual([
      ["一", "overview", "甲。"],
      ["八", null, "乙。"],
      ["八", "problems_improvements", "丙。"],
    ]);
  });

  it("never lets site chrome or table rows into sections", () => {
    const text = [
      "11330781755947905Y/2024-86316",
      "当前位置：首页 > 政务公开 > 年度报告",
      "某市某局2023年政府信息公开工作年度报告",
      "发布时间: 2024-01-22 15:52",
      "访问次数:",
      "字体大小:大 中 小",
      "【打印】 【关闭】",
      report2021({ title: "" }).replace(
        "本机关认真贯彻落实《条例》。",
        "[bookmark: _GoBack]本机关认真贯彻落实《条例》。\n- 2 -",
      ),
      "某市某局2023年政府信息公开工作年度报告(图解版)",
    ].join("\n");
    const { report } = recognizeText(text);
    const all = report.sections.map((s) => s.text).join("\n");
    expect(report.sections[0]!.text).toBe("本机关认真贯彻落实《条例》。");
    for (const chrome of [
      "发布时间",
      "访问次数",
      "字体大小",
      "打印",
      "当前位置",
      "图解版",
      "86316",
      "bookmark",
      "- 2 -",
      "规章",
    ]) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(report.sections.at(-1)!.text).toBe("无。");
  });

  it("declares chrome as data", () => {
    expect(
      ["发布时间: 2024-01-22", "浏览次数：123", "字号：大 中 小", "- 3 -", "第 2 页 共 5 页", "分享"].every(
        isChromeLine,
      ),
    ).toBe(true);
    expect(isChromeLine("一、总体情况")).toBe(false);
    expect(isChromeLine("行政许可 550")).toBe(false);
  });

  it("takes for page numbers what the shapes' page furniture does (one pattern source, shapes/source-lines.ts)", () => {
    // Before, chrome.ts had its own copy: 1–3 digits, one dash each side, no `/ 9` or `of 9`.
    for (const line of ["- 3 -", "— 3 / 9 —", "-- 3 of 4 --", "─ 12 ─", "- 1024 -", "第 3 页／共 9 页"]) {
      expect([line, isChromeLine(line)]).toEqual([line, true]);
    }
    for (const line of ["- 3", "3 -", "第 3 页 共", "- 12345 -", "- 3 - 4 -"])
      expect([line, isChromeLine(line)]).toEqual([line, false]);
  });
});

describe("metadata", () => {
  it("reads dates in digits, Chinese numerals and with spaces", () => {
    expect(findDate("2025年1月16日")?.iso).toBe("2025-01-16");
    expect(findDate("二〇二四年一月十日")?.iso).toBe("2024-01-10");
    expect(findDate("二〇二四年十二月三十一日")?.iso).toBe("2024-12-31");
    expect(findDate("202 4 年 1 月 5 日")?.iso).toBe("2024-01-05");
    expect(findDate("发布日期：2024/03/08")?.iso).toBe("2024-03-08");
    expect(findDate("2024年13月1日")).toBeNull();
  });

  it("reads title, year, dates and statistics period; orgName from the signature when the title has none", () => {
    const text = [
      "二〇二三年度政府信息公开工作年度报告",
      "发布日期：2024-01-20",
      "本报告所列数据的统计时限自2023年1月1日起至2023年12月31日止。",
      "一、总体情况",
      "本县水利局依法公开。",
      "六、其他需要报告的事项",
      "无。",
      "某某县水利局",
      "二〇二四年一月十日",
    ].join("\n");
    const { report } = recognizeText(text, "lines");
    const m = report.meta;
    expect([m.title, m.year, m.orgName]).toEqual(["二〇二三年度政府信息公开工作年度报告", 2023, "某某县水利局"]);
    expect([m.publishDate, m.reportDate]).toEqual(["2024-01-20", "2024-01-10"]);
    expect(m.statPeriod).toMatchObject({
      start: "2023-01-01",
      end: "2023-12-31",
      raw: "本报告所列数据的统计时限自2023年1月1日起至2023年12月31日止。",
    });
    expect(m.statPeriod?.source.line).toBe(3);
  });

  it("reads a statistics period letter-spaced by pdftotext (统 计 期 限 自 2023 年 1 月 1 日, red team R14)", () => {
    const period = (sentence: string) =>
      recognizeText(["某某局2023年政府信息公开工作年度报告", sentence, "一、总体情况", "正文。"].join("\n"), "lines")
        .report.meta.statPeriod;
    for (const sentence of [
      "报 告 中 所 列 数 据 统 计 期 限 自 2023 年 1 月 1 日 起 至 2023 年 12 月 31 日 止 。",
      "本报告所列数据统\u3000计\u3000期\u3000限自2023年1月1日至2023年12月31日。",
    ]) {
      expect(period(sentence), sentence).toMatchObject({ start: "2023-01-01", end: "2023-12-31" });
    }
  });

  it("reads a statistics period whose end names no year (自2023年1月1日至12月31日止) in the start's year", () => {
    const period = (sentence: string) =>
      recognizeText(["某某局2023年政府信息公开工作年度报告", sentence, "一、总体情况", "正文。"].join("\n"), "lines")
        .report.meta.statPeriod;
    expect(period("本报告中所列数据的统计期限自2023年1月1日至12月31日止。")).toMatchObject({
      start: "2023-01-01",
      end: "2023-12-31",
    });
    // A month and day that is no date, or not right after the start, stays unread.
    expect(period("本报告中所列数据的统计期限自2023年1月1日至2月30日止。")).toMatchObject({
      start: "2023-01-01",
      end: null,
    });
    expect(period("统计期限为2023年1月1日至今，报告于3月31日前在本网站公开。")).toMatchObject({ end: null });
    // A month and day before the start ends the period in the next year (a fiscal year; review RV12).
    expect(period("统计期间为2023年7月1日至6月30日。")).toMatchObject({ start: "2023-07-01", end: "2024-06-30" });
  });

  it("reads the first 发布时间 stamp after other 发布 words, however far its date is, in full or compatibility forms", () => {
    const publish = (stamp: string) =>
      recognizeText(
        ["二〇二三年度政府信息公开工作年度报告", "召开新闻发布会3场。", stamp, "一、总体情况", "正文。"].join("\n"),
        "lines",
      ).report.meta.publishDate;
    expect(publish("发布时间：2024-02-01 10:00")).toBe("2024-02-01");
    // Whitespace, newlines included, may run on between the key and the colon and after the colon.
    expect(publish(`发布时间${" ".repeat(300)}：${" ".repeat(300)}2024年2月1日`)).toBe("2024-02-01");
    // Full-width digits and a small-form colon (﹕) read as NFKC reads them.
    expect(publish("发布日期﹕２０２４年２月１日")).toBe("2024-02-01");
    // The Kangxi radical ⽇ (U+2F47) reads 日 after NFKC: the whole text is normalised.
    expect(publish("发布\u{2F47}期：2024-02-01")).toBe("2024-02-01");
    expect(publish("新闻发布 2024-02-01")).toBeNull();
    // A stamp after lines of padding that end in spaces (PDF text extracted with its layout).
    const padded = `发布时间：${`${" ".repeat(60)}\n`.repeat(4)}${" ".repeat(6)}\n2023年12月5日`;
    expect(publish(padded)).toBe("2023-12-05");
  });

  it("joins a title split over two lines and reads a spaced year (202 3 年)", () => {
    const { report } = recognizeText(
      ["某某区人民政府", "202 3 年政府信息公开工作年度报告", "一、总体情况", "略。"].join("\n"),
      "lines",
    );
    expect([report.meta.title, report.meta.orgName, report.meta.year]).toEqual([
      "某某区人民政府202 3 年政府信息公开工作年度报告",
      "某某区人民政府",
      2023,
    ]);
  });

  it("takes the title line that says more than a title key over a menu item that is only one (政府信息公开年报)", () => {
    const { report } = recognizeText(
      [
        "政府信息公开指南",
        "政府信息公开制度",
        "政府信息公开年报",
        "太康县卫健委2023年政府信息公开工作年度报告",
        "一、总体情况",
        "略。",
      ].join("\n"),
      "lines",
    );
    expect([report.meta.title, report.meta.orgName, report.meta.year]).toEqual([
      "太康县卫健委2023年政府信息公开工作年度报告",
      "太康县卫健委",
      2023,
    ]);
  });

  it("reads the body above a title that is only a key and the bracketed year below it", () => {
    const { report } = recognizeText(
      ["太康县卫生健康委员会", "政府信息公开工作年度报告", "（2023年度）", "一、总体情况", "略。"].join("\n"),
      "lines",
    );
    expect([report.meta.title, report.meta.orgName, report.meta.year]).toEqual([
      "太康县卫生健康委员会政府信息公开工作年度报告",
      "太康县卫生健康委员会",
      2023,
    ]);
  });

  it("keeps a statistics-period sentence whose dates lost their 年/月 characters, with null dates", () => {
    const text = [
      "某县审计局2020年政府信息公开工作年度报告",
      "本报告中所列数据统计期限为202011日至20201231日。",
      "一、总体情况",
      "略。",
    ];
    const { report } = recognizeText(text.join("\n"), "lines");
    expect(report.meta.statPeriod).toMatchObject({
      start: null,
      end: null,
      raw: "本报告中所列数据统计期限为202011日至20201231日。",
    });
  });

  it("falls back to the statistics period for the year", () => {
    const text = [
      "政府信息公开工作年度报告",
      "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
      "一、总体情况",
      "略。",
    ];
    const { report } = recognizeText(text.join("\n"), "lines");
    expect(report.meta.year).toBe(2022);
  });
});
