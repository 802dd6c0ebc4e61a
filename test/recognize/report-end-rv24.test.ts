import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/** Lines of a report's last section that look like page furniture (review RV24): the report goes on. */
const page = (name: string) =>
  parseReport(readFileSync(new URL(`../fixtures/messy/red-team/rv24-${name}.html`, import.meta.url), "utf8")).report;
const C024 = readFileSync(new URL("../fixtures/corpus/024_2024_hongzequ.txt", import.meta.url), "utf8");

describe("the report's end is not a line of its own last section", () => {
  it("a sentence opening with 政策解读： stays in section 六 (024: the whole section was lost)", () => {
    const lines = C024.split("\n");
    const at = lines.findIndex((l) => l.startsWith("六、"));
    expect(at).toBeGreaterThan(0);
    lines.splice(at + 1, 0, "政策解读：全年发布政策解读 12 篇，图文解读 5 篇，");
    const last = parseReport(lines.join("\n")).report.sections.at(-1)!;
    expect(last.id).toBe("other_matters");
    expect(last.text).toContain("政策解读：全年发布政策解读 12 篇");
    expect(last.text).toContain("信息处理费 0 元");
  });

  it("a 政策解读： line over the signature: the signature's date is read", () => {
    expect(page("end-policy-line").meta.reportDate).toBe("2025-01-16");
  });

  it("two attachment lines, a numbered list of attachments, or a body's name over two lines above the date", () => {
    expect(page("end-att2").meta.reportDate).toBe("2025-01-16");
    expect(page("end-att-list").meta.reportDate).toBe("2025-01-16");
    expect(page("end-att-blank-org2").meta.reportDate).toBe("2025-01-16");
  });

  it("a document cited with its date among the section's prose", () => {
    const report = page("end-doclist");
    expect(report.meta.reportDate).toBe("2025-01-16");
    expect(report.sections.at(-1)!.text).toContain("本局将继续做好政务公开工作。");
  });
});
