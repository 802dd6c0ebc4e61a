import { describe, expect, it } from "vitest";
import { parseReport, validateReport } from "../../src/index.js";

/** A report of prose only: its title (with `year` when given) and three sections, no statistics table. */
const proseOnly = (year: string) =>
  [
    `某县人民政府${year}政府信息公开工作年度报告`,
    "一、总体情况",
    "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请12件。",
    "五、存在的主要问题及改进情况",
    "信息公开工作仍有不足。",
    "六、其他需要报告的事项",
    "无。",
  ].join("\n");

const rules = (text: string) => validateReport(parseReport(text).report).map((f) => f.rule);

describe("a report without a statistics table takes the layout of its year", () => {
  it("2024: gb2021, so its three missing tables are reported (it was `unknown`, with only STRUCT-ERA)", () => {
    const { report } = parseReport(proseOnly("2024年"));
    expect(report.meta.year).toBe(2024);
    expect(report.meta.formatEra).toBe("gb2021");
    expect(report.tables).toEqual([]);
    const found = rules(proseOnly("2024年"));
    expect(found.filter((r) => r === "STRUCT-TABLE-MISSING")).toHaveLength(3);
    expect(found).not.toContain("STRUCT-ERA");
  });

  it("2020 and 2019: gb2019; 2021: gb2021", () => {
    expect(parseReport(proseOnly("2020年")).report.meta.formatEra).toBe("gb2019");
    expect(parseReport(proseOnly("2019年")).report.meta.formatEra).toBe("gb2019");
    expect(parseReport(proseOnly("2021年")).report.meta.formatEra).toBe("gb2021");
  });

  it("before 2019 (two families of tables were in use) and without a year: unknown, with STRUCT-ERA", () => {
    for (const year of ["2014年", ""]) {
      expect(parseReport(proseOnly(year)).report.meta.formatEra, year).toBe("unknown");
      expect(rules(proseOnly(year)), year).toContain("STRUCT-ERA");
    }
  });
});
