import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/**
 * A title wrapped inside its key by a PDF (red team R23: Chromium on A4, then pdftotext): `…2024 年政府` over
 * `信息公开工作年度报告`. The second line holds the shorter key 信息公开工作年度报告 on its own, so it was taken as the
 * whole title, and the first line as the body's name (`淮安市洪泽区人民政府2024 年政府`), with no diagnostic.
 */
const fixture = readFileSync(
  new URL("../fixtures/messy/r23-lead/pdftotext-title-wrapped-in-key.txt", import.meta.url),
  "utf8",
);

describe("a title wrapped inside its key", () => {
  it("`淮安市洪泽区人民政府2024 年政府` / `信息公开工作年度报告`: one title, body 淮安市洪泽区人民政府, year 2024", () => {
    const { report } = parseReport(fixture);
    expect(report.meta.title).toBe("淮安市洪泽区人民政府2024 年政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("淮安市洪泽区人民政府");
    expect(report.meta.year).toBe(2024);
    expect(report.meta.sources?.title?.line).toBe(1);
  });

  it("cut after 政 (`红旗区卫生健康委员会 2023 年政` / `府信息公开工作年度报告`): the body and the year are read", () => {
    const text = fixture.replace(
      "淮安市洪泽区人民政府2024 年政府\n信息公开工作年度报告\n",
      "红旗区卫生健康委员会 2023 年政\n府信息公开工作年度报告\n",
    );
    expect(text).not.toBe(fixture);
    const { report } = parseReport(text);
    expect(report.meta.title).toBe("红旗区卫生健康委员会 2023 年政府信息公开工作年度报告");
    expect(report.meta.orgName).toBe("红旗区卫生健康委员会");
    expect(report.meta.year).toBe(2023);
  });

  it("a body's name above a title holding its whole key is read as before", () => {
    const text = fixture.replace(
      "淮安市洪泽区人民政府2024 年政府\n信息公开工作年度报告\n",
      "淮安市洪泽区人民政府\n2024年政府信息公开工作年度报告\n",
    );
    const { report } = parseReport(text);
    expect(report.meta.orgName).toBe("淮安市洪泽区人民政府");
    expect(report.meta.year).toBe(2024);
    expect(report.meta.title).toBe("淮安市洪泽区人民政府2024年政府信息公开工作年度报告");
  });
});

describe("a body's name ending in 政府 over a bare key (review RV25)", () => {
  it("`淮安市人民政府` / `信息公开工作年度报告`: the body stays 淮安市人民政府 (the longer key 政府信息公开… only by joining)", () => {
    const text = fixture.replace(
      "淮安市洪泽区人民政府2024 年政府\n信息公开工作年度报告\n",
      "淮安市人民政府\n信息公开工作年度报告\n",
    );
    expect(text).not.toBe(fixture);
    const { report } = parseReport(text);
    expect(report.meta.orgName).toBe("淮安市人民政府");
  });
});
