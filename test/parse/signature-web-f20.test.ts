import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const D2024 = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8").trimEnd();
/** 024 as a web page: its title a heading, each line of its text after the title a paragraph, then `tail`. */
const page = (tail: string) =>
  `<html><head><title>x</title></head><body><h1>淮安市洪泽区人民政府2024年政府信息公开工作年度报告</h1>${D2024.split(
    "\n",
  )
    .slice(3)
    .map((l) => `<p>${l}</p>`)
    .join("")}${tail}</body></html>`;
const ATTACHMENT = "附件：淮安市洪泽区2024年政府信息公开工作年度报告.pdf";
// 024's section 六 reads, as printed (its last two lines).
const SIX = "2024 年，区政府严格落实《政府信息公开信息处理费管理办\n法》，全年收取政府信息公开信息处理费 0 元。";

/** The report date, the line it was read on, and section 六's text. */
const closing = (input: string) => {
  const { report } = parseReport(input);
  const six = report.sections.find((s) => s.id === "other_matters");
  return { date: report.meta.reportDate, line: report.meta.sources?.reportDate?.line ?? null, six: six?.text };
};

describe("a body and a date on one line under the attachment's link (F20)", () => {
  it("text: 某局 2025年1月20日 (one space) or 某局2025年1月20日 (none) is the signature, as on two lines", () => {
    for (const signed of ["淮安市洪泽区人民政府 2025年1月20日", "淮安市洪泽区人民政府2025年1月20日"]) {
      const text = `${D2024}\n${ATTACHMENT}\n${signed}\n`;
      // Line 171 is 024's last; the attachment is 172, the signature 173. Before: no date, both lines in 六.
      expect(closing(text), signed).toEqual({ date: "2025-01-20", line: 173, six: SIX });
    }
    const twoLines = closing(`${D2024}\n${ATTACHMENT}\n淮安市洪泽区人民政府\n2025年1月20日\n`);
    expect(twoLines).toEqual({ date: "2025-01-20", line: 174, six: SIX });
  });

  it("web page: <p>附件：<a>….pdf</a></p><p>某局 2025年1月20日</p> gives the date and leaves 六 its own text", () => {
    const html = page(`<p>附件：<a href="a.pdf">淮安市洪泽区2024年政府信息公开工作年度报告.pdf</a></p>
<p>淮安市洪泽区人民政府 2025年1月20日</p>`);
    const { date, six } = closing(html);
    expect(date).toBe("2025-01-20");
    expect(six).toBe(SIX);
  });

  it("a dated 2024-01-22 form: 某局 2024-01-22 under the attachment", () => {
    expect(closing(`${D2024}\n${ATTACHMENT}\n淮安市洪泽区人民政府 2024-01-22\n`).date).toBe("2024-01-22");
  });
});

describe("a page footer printing a body and a date is never the signature (F20)", () => {
  const footers = [
    "主办：淮安市洪泽区人民政府办公室 2024年1月1日",
    "主办：淮安市洪泽区人民政府办公室　　2024年1月1日",
    "淮安市洪泽区人民政府版权所有 2024-01-01",
    "淮安市洪泽区人民政府版权所有　　2024-01-01",
    "淮安市洪泽区人民政府版权所有  2024-01-01",
    "上一篇：无\n下一篇：关于开展工作的通知\n淮安市洪泽区人民政府办公室  2024年1月1日",
  ];
  it("text: no report date, and 六 keeps only its own text", () => {
    for (const footer of footers) {
      // Before: 某局版权所有␣␣2024-01-01 was the report date (2024-01-01) and 某局版权所有 … lines were 六's text.
      expect(closing(`${D2024}\n${footer}\n`), footer).toEqual({ date: null, line: null, six: SIX });
    }
  });

  it("web page: the same footers as paragraphs", () => {
    for (const footer of footers) {
      const html = page(
        footer
          .split("\n")
          .map((l) => `<p>${l}</p>`)
          .join(""),
      );
      expect(closing(html), footer).toEqual({ date: null, line: null, six: SIX });
    }
  });
});
