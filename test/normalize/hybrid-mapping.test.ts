import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeReport, parseReport } from "../../src/index.js";

const hybrid = (name: string) => readFileSync(new URL(`../render/hybrid/${name}`, import.meta.url), "utf8");

/** A metric of the normalized view of a text: [value, mapping]. */
const metric = (text: string, id: string) => {
  const m = normalizeReport(parseReport(text).report).metrics.find((x) => x.id === id);
  return [m?.value, m?.mapping];
};

describe("a table printed in the other gb layout is mapped by that layout's rules (red team R18 d9)", () => {
  const T2_2019 = hybrid("2021-with-2019-table2.html");

  it("a 2021 report's 2019 Table 二: 办件量 is approximate, as gb2019 says (it was exact under the 2021 rule)", () => {
    // Read off the file: 行政许可 | 18 | -2 | 356 and 行政处罚 | 41 | 0 | 87 (上一年项目数量 | 本年增/减 | 处理决定数量).
    expect(metric(T2_2019, "licensing.decisions")).toEqual([356, "approximate"]);
    expect(metric(T2_2019, "penalty.decisions")).toEqual([87, "approximate"]);
  });

  it("its 规范性文件 newly made (3) is read, approximately (the 2021 rule found no 行政规范性文件 cell: null)", () => {
    expect(metric(T2_2019, "active.normative_documents_issued")).toEqual([3, "approximate"]);
  });

  it("the tables read in the report's own layout keep its rules", () => {
    expect(normalizeReport(parseReport(T2_2019).report).era).toBe("gb2021");
    expect(metric(T2_2019, "applications.refused")).toEqual([5, "exact"]);
  });
});
