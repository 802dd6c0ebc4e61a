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
