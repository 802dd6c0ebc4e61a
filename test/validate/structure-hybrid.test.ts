import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, validateReport } from "../../src/index.js";

const hybrid = (name: string) => readFileSync(new URL(`../render/hybrid/${name}`, import.meta.url), "utf8");
/** A 2021 report printing Table 二 in the 2019 layout (red team R18 d7). */
const T2_2019 = hybrid("2021-with-2019-table2.html");
/** A 2020 report printing the 2021 （六） sub-rows in Table 三 (red team R18 d7b). */
const T3_2021 = hybrid("2020-with-2021-table3.html");

const structure = (text: string) =>
  validateReport(parseReport(text).report)
    .filter((f) => f.rule.startsWith("STRUCT-"))
    .map((f) => `${f.rule} ${f.message.en}`);

describe("a table printed in another era's layout is checked by that layout's rows (formats.md D10)", () => {
  it("a 2021 report with the 2019 Table 二: no row reported missing (规章, 行政规范性文件, 行政事业性收费 were)", () => {
    const { report } = parseReport(T2_2019);
    expect(report.meta.formatEra).toBe("gb2021");
    expect(report.tables.find((t) => t.id === "active_disclosure")?.era).toBe("gb2019");
    // The table's own layout is said once, as a warning (F16): no row of it is reported missing.
    expect(structure(T2_2019)).toEqual([
      "STRUCT-HYBRID table 二 (active_disclosure) follows the 2019 layout (gb2019), unlike the rest of the report: check that its columns hold what the layout says",
    ]);
  });

  it("a 2020 report with the 2021 （六） sub-rows: （六）其他处理 is not reported missing", () => {
    const { report } = parseReport(T3_2021);
    expect(report.meta.formatEra).toBe("gb2019");
    expect(report.tables.find((t) => t.id === "applications")?.era).toBe("gb2021");
    expect(structure(T3_2021)).toEqual([
      "STRUCT-HYBRID table 三 (applications) follows the 2021 layout (gb2021), unlike the rest of the report: check that its columns hold what the layout says",
    ]);
  });

  it("a row the 2019 Table 二 lacks is still reported, by its 2019 label", () => {
    const without = T2_2019.replace(/<tr>(?:(?!<tr>)[\s\S])*?其他对外管理服务事项[\s\S]*?<\/tr>/u, "");
    expect(without).not.toContain("其他对外管理服务事项");
    const found = structure(without).filter((f) => !f.startsWith("STRUCT-HYBRID"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("STRUCT-ROW-MISSING");
    expect(found[0]).toContain("其他对外管理服务事项");
  });
});
