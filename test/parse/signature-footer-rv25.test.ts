import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/** Review RV25 of helper F20's signature and footer reading: two inputs it got wrong that the code before got right. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/messy/rv25/${name}`, import.meta.url));

describe("signatures under an attachment link, footers", () => {
  it("a related article's title and date under 附件：….pdf is no signature (市政府召开常务会议 2025-01-22)", () => {
    const { report } = parseReport(fixture("attachment-related-article.txt"));
    expect(report.meta.reportDate).toBeNull();
  });

  it("a wrapped line of section 六 opening with 版权所有 (…版权所有标识和隐私声明等内容) does not end the report's text", () => {
    const { report } = parseReport(fixture("copyright-in-prose.txt"));
    const last = report.sections.at(-1)!;
    expect(last.text).toContain("版权所有标识和隐私声明等内容");
    expect(last.text).toContain("全年收取政府信息公开信息处理费 3940 元。");
  });
});
