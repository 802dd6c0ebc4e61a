// Title and metadata defects found by red teams R15 and R16: CMS breadcrumbs, nav bars and sidebars taken for
// the title, lines above a title glued onto it, titles split after their year. The report is a correct
// 2019-layout report (test/fixtures/messy/red-team/tab_2019_unicode_minus.txt, 溧水区农业农村局, 2020).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const fixture = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const TITLE = "溧水区农业农村局2020年政府信息公开工作年度报告";
const PERIOD = "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。";

/** The report's title, body and year with its title line replaced by `lines`. */
function titled(lines: readonly string[], text = fixture) {
  if (!text.startsWith(`${TITLE}\n`)) throw new Error("fixture title moved");
  const { report } = parseReport(lines.join("\n") + text.slice(TITLE.length));
  const { title, orgName, year } = report.meta;
  return { title, orgName, year };
}

const WANT = { title: TITLE, orgName: "溧水区农业农村局", year: 2020 };

describe("breadcrumbs, nav bars and sidebars before the title (R15 #1)", () => {
  it.each([
    "您现在的位置：首页 > 政府信息公开年报",
    "您当前所在位置：首页 > 政府信息公开年报",
    "位置：首页 > 政府信息公开年报",
    "首页 > 政府信息公开年报",
    "首页 » 政府信息公开年报",
    "首页 / 政府信息公开年报",
    "首页 - 政府信息公开年报",
    "首页＞政府信息公开年报",
    "首页 | 政府信息公开年报",
    "政府信息公开 · 政府信息公开年报",
    "政府信息公开年报 > 正文",
    "首页 政务公开 政府信息公开年报",
    "首页 | 信息公开指南 | 政府信息公开年报",
  ])("%s is no title", (crumb) => {
    expect(titled([crumb, TITLE])).toEqual(WANT);
  });

  it("a one-separator breadcrumb is no title even when the title has no year of its own", () => {
    const got = titled(["首页 > 政府信息公开年报", "溧水区农业农村局政府信息公开工作年度报告", "（2020年度）"]);
    expect(got).toEqual({ title: "溧水区农业农村局政府信息公开工作年度报告", orgName: "溧水区农业农村局", year: 2020 });
  });

  it("a sidebar listing the site's other reports before the article yields to the article's title", () => {
    const sidebar = [
      "年度报告",
      "溧水区农业农村局2019年政府信息公开工作年度报告",
      "溧水区农业农村局2018年政府信息公开工作年度报告",
    ];
    expect(titled([...sidebar, TITLE])).toEqual(WANT);
  });

  it("a related-reports list after the report does not replace the title", () => {
    const text = `${fixture}相关链接\n溧水区农业农村局2021年政府信息公开工作年度报告\n`;
    expect(titled([TITLE], text)).toEqual(WANT);
  });

  it("the period's year is still the title's when the title has one (no section heading in the way)", () => {
    expect(titled([TITLE], fixture.replace(PERIOD, ""))).toEqual(WANT);
  });
});

describe("a short line above a title that opens with its year (R15 #2)", () => {
  it.each(["政务公开", "年度报告", "部门文件", "溧水区人民政府"])(
    "%s above `2020年溧水区农业农村局…报告` is not glued on",
    (above) => {
      const title = "2020年溧水区农业农村局政府信息公开工作年度报告";
      expect(titled([above, title])).toEqual({ title, orgName: "溧水区农业农村局", year: 2020 });
    },
  );

  it("the body above a title that goes straight from its year to the key is still read (`某局` / `2020年…报告`)", () => {
    expect(titled(["溧水区农业农村局", "2020年政府信息公开工作年度报告"])).toEqual(WANT);
  });
});

describe("a title split after its year (R15 #3)", () => {
  const JOINED = "2020年溧水区农业农村局政府信息公开工作年度报告";
  it("`2020年某局` / `…报告`: the lines joined, the body after the year, the year from the first line", () => {
    expect(titled(["2020年溧水区农业农村局", "政府信息公开工作年度报告"])).toEqual({
      title: JOINED,
      orgName: "溧水区农业农村局",
      year: 2020,
    });
  });

  it("`2020年` / `某局` / `…报告`: the three lines joined", () => {
    expect(titled(["2020年", "溧水区农业农村局", "政府信息公开工作年度报告"])).toEqual({
      title: JOINED,
      orgName: "溧水区农业农村局",
      year: 2020,
    });
  });

  it("`2020年` / `某局…报告`: the body is what precedes the key", () => {
    const title = "溧水区农业农村局政府信息公开工作年度报告";
    const got = titled(["2020年", title], fixture.replace(PERIOD, ""));
    expect(got).toEqual({ title, orgName: "溧水区农业农村局", year: 2020 });
  });

  it("in HTML, an <h1> split by <br> (`2020年某局<br>…报告`)", () => {
    const body = fixture.slice(TITLE.length + 1).split("\n");
    const html = `<html><body><h1>2020年溧水区农业农村局<br>政府信息公开工作年度报告</h1>${body.map((l) => `<p>${l}</p>`).join("")}</body></html>`;
    const { title, orgName, year } = parseReport(html).report.meta;
    expect({ title, orgName, year }).toEqual({ title: JOINED, orgName: "溧水区农业农村局", year: 2020 });
  });
});

/** The fixture's text after its title as HTML paragraphs, with `head` (HTML) before it and `headTags` in <head>. */
function page(before: string, headTags = "") {
  const rest = fixture.slice(TITLE.length + 1).split("\n");
  return `<html><head>${headTags}</head><body>${before}${rest.map((l) => `<p>${l}</p>`).join("")}</body></html>`;
}

function meta(html: string) {
  const { title, orgName, year, publishDate } = parseReport(html).report.meta;
  return { title, orgName, year, publishDate };
}

describe("titles in a CMS header, a table or the page head (R15 #9, #10)", () => {
  it("a Jina/Firecrawl `Title:` header with the site's name after the key", () => {
    const got = titled(
      ["Title: 溧水区农业农村局2020年政府信息公开工作年度报告_南京市溧水区人民政府"],
      fixture.replace(PERIOD, ""),
    );
    expect(got).toEqual(WANT);
  });

  it("a title in a one-cell row of a page-header table, the stamp in the next row", () => {
    const head = `<table><tr><td><strong>${TITLE}</strong></td></tr><tr><td>发布日期：2021-01-25　来源：区农业农村局　【打印】</td></tr></table>`;
    expect(meta(page(head))).toEqual({ ...WANT, publishDate: "2021-01-25" });
  });

  it("a title in an info table's 名　　称： row", () => {
    const head = `<table><tr><td>索引号：</td><td>11320117MB1234567X/2021-00012</td></tr><tr><td>名　　称：</td><td>${TITLE}</td></tr></table>`;
    expect(meta(page(head))).toEqual({ ...WANT, publishDate: null });
  });

  it("a page whose body prints no title: the ArticleTitle meta tag, else <title> without the site's name", () => {
    const tags = `<title>${TITLE}_南京市溧水区人民政府</title><meta name="ArticleTitle" content="${TITLE}">`;
    expect(meta(page("", tags))).toEqual({ ...WANT, publishDate: null });
    expect(meta(page("", `<title>${TITLE}_南京市溧水区人民政府</title>`))).toEqual({ ...WANT, publishDate: null });
  });
});

describe("the publication stamp (R15 #6)", () => {
  const stamp = (before: string, tags = "") => meta(page(before, tags)).publishDate;
  it("split over <span>s, or over two cells with or without a colon", () => {
    expect(stamp(`<div><span>发布日期：</span><span class="time">2021-01-25</span></div><h1>${TITLE}</h1>`)).toBe(
      "2021-01-25",
    );
    expect(stamp(`<table><tr><td>发布日期：</td><td>2021-01-25</td></tr></table><h1>${TITLE}</h1>`)).toBe("2021-01-25");
    expect(
      stamp(`<table><tr><th>发布机构</th><td>区农业农村局</td><th>发布日期</th><td>2021-01-25</td></tr></table>`),
    ).toBe("2021-01-25");
  });

  it("a 发布时间 in a meta description, a script or a sidebar list before the article does not win", () => {
    const own = `<div>来源：区农业农村局 发布时间：2021-01-25</div><h1>${TITLE}</h1>`;
    const desc = `<meta name="description" content="发布时间：2019-05-01 溧水区人民政府门户网站">`;
    expect(stamp(own, desc)).toBe("2021-01-25");
    expect(stamp(own, `<script>var s = "发布时间：" + "2018-01-01";</script>`)).toBe("2021-01-25");
    expect(stamp(`<ul><li><a>关于某某的通知</a> 发布时间：2021-01-15</li></ul>${own}`)).toBe("2021-01-25");
  });
});

describe("titles and dates as web-to-Markdown readers print them", () => {
  const md = (header: string) => `${header}\n\n${fixture.slice(TITLE.length + 1)}`;

  it("a year set as MinerU math ($2020$ 年, $2 0 2 0$ 年) and an escaped heading mark (\\#)", () => {
    for (const title of [
      "# $2020$ 年溧水区农业农村局政府信息公开工作年度报告",
      "# $2 0 2 0$ 年溧水区农业农村局政府信息公开工作年度报告",
    ]) {
      expect(meta(md(title))).toMatchObject({ title: "2020年溧水区农业农村局政府信息公开工作年度报告", year: 2020 });
    }
    expect(meta(md("\\# 2020年溧水区农业农村局政府信息公开工作年度报告"))).toMatchObject({
      title: "2020年溧水区农业农村局政府信息公开工作年度报告",
      orgName: "溧水区农业农村局",
    });
  });

  it("a report date set as math ($2021$ 年 $1$ 月 $20$ 日)", () => {
    const text = fixture.replace("\n2021年1月20日\n", "\n$2021$ 年 $1$ 月 $20$ 日\n");
    expect(parseReport(text).report.meta.reportDate).toBe("2021-01-20");
  });

  it("the publication date of a Jina `Published Time:` header or an HTML head's PubDate, when the text prints none", () => {
    expect(
      meta(md(`Title: ${TITLE}\n\nPublished Time: 2021-01-25T10:05:00+08:00\n\nMarkdown Content:\n# ${TITLE}`))
        .publishDate,
    ).toBe("2021-01-25");
    expect(meta(page(`<h1>${TITLE}</h1>`, `<meta name="PubDate" content="2021-01-25 10:05">`)).publishDate).toBe(
      "2021-01-25",
    );
    expect(meta(page(`<h1>${TITLE}</h1>`)).publishDate).toBeNull();
  });
});
