import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

// Corpus 025 (淮安市人民政府 2024) ends with section 六's one paragraph; its PDF text prints no signature. The
// signatures and contact lines below are appended as reports print them.
const text = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const LAST_SENTENCE = "全年收取政府信息公开信息处理费 3940 元。";

/** Section 六's text after its last sentence, and the report's date, for 025 with `tail` appended. */
function closing(tail: string): { after: string; reportDate: string | null } {
  const { report } = parseReport(`${text}${tail}`);
  const last = report.sections.at(-1)!;
  expect(last.id).toBe("other_matters");
  const at = last.text.indexOf(LAST_SENTENCE);
  expect(at).toBeGreaterThan(0);
  return { after: last.text.slice(at + LAST_SENTENCE.length), reportDate: report.meta.reportDate };
}

describe("the signature closing a report", () => {
  it("an office of the issuing body signing (淮安市人民政府办公室 for 淮安市人民政府) is no text of section 六", () => {
    expect(parseReport(text).report.meta.orgName).toBe("淮安市人民政府");
    // Before: 淮安市人民政府办公室 stayed at the end of section 六 (only a line equal to the body's name was taken out).
    expect(closing("淮安市人民政府办公室\n2025年1月20日\n")).toEqual({ after: "", reportDate: "2025-01-20" });
  });

  it("contact lines under the signature stay in section 六; the signature above them is taken out", () => {
    // Before: with a contact line last, neither the body's name nor the date was taken out of section 六.
    expect(closing("淮安市人民政府\n2025年1月20日\n联系电话：0517-83606153\n")).toEqual({
      after: "\n联系电话：0517-83606153",
      reportDate: "2025-01-20",
    });
    expect(
      closing(
        "淮安市人民政府办公室\n2025年1月20日\n（联系人：张三；联系电话：0517-83606153）\n地址：淮安市健康东路1号\n",
      ),
    ).toEqual({
      after: "\n（联系人：张三；联系电话：0517-83606153）\n地址：淮安市健康东路1号",
      reportDate: "2025-01-20",
    });
  });

  it("a body's name above the date that is not the issuing body's, or a sentence, stays in section 六", () => {
    expect(closing("淮安市财政局\n2025年1月20日\n").after).toBe("\n淮安市财政局");
    expect(closing("淮安市人民政府将继续做好相关工作。\n2025年1月20日\n").after).toBe(
      "\n淮安市人民政府将继续做好相关工作。",
    );
  });
});
