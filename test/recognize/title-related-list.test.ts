import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const LINES = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8").split("\n");
/** 024's title line (`2024 年政府信息公开工作年度报告`, its body 淮安市洪泽区人民政府 on the line before). */
const TITLE = LINES.findIndex((l) => l.includes("工作年度报告"));
const CITY = "淮安市人民政府2024年政府信息公开工作年度报告";
const NEIGHBOUR = "淮安市清江浦区人民政府2024年政府信息公开工作年度报告";
const withAfterTitle = (extra: string[]) =>
  [...LINES.slice(0, TITLE + 1), ...extra, ...LINES.slice(TITLE + 1)].join("\n");

describe("a list of other reports' titles beside the article's own (red team R17)", () => {
  it("related reports listed right under the title: the title and body are the article's (were 清江浦区's)", () => {
    const { meta } = parseReport(withAfterTitle(["相关文章：", CITY, NEIGHBOUR])).report;
    expect(meta.orgName).toBe("淮安市洪泽区人民政府");
    expect(meta.title).toBe("淮安市洪泽区人民政府2024 年政府信息公开工作年度报告");
  });

  it("a sidebar of the same body's other years before the title still gives the last (the article's)", () => {
    const sidebar = [
      "淮安市洪泽区人民政府2022年政府信息公开工作年度报告",
      "淮安市洪泽区人民政府2023年政府信息公开工作年度报告",
    ];
    const text = [...LINES.slice(0, TITLE - 1), ...sidebar, ...LINES.slice(TITLE - 1)].join("\n");
    const { meta } = parseReport(text).report;
    expect(meta.year).toBe(2024);
    expect(meta.orgName).toBe("淮安市洪泽区人民政府");
  });

  it("a list none of whose bodies the text names keeps the last title, as before", () => {
    const { meta } = parseReport(
      [CITY, NEIGHBOUR, ...LINES.slice(TITLE + 1)].join("\n").replaceAll("洪泽区", "某某区"),
    ).report;
    expect(meta.orgName).toBe("淮安市清江浦区人民政府");
  });
});
