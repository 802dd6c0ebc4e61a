import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeReport, parseReport } from "../../src/index.js";
import type { Finding } from "../../src/schema/finding.js";
import { identityFindings } from "../../src/validate/identities.js";
import { identitySources } from "../../src/validate/index.js";
import { checkHintsAgainstProse } from "../../src/validate/likely-fix-prose.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => parseReport(readFileSync(path.join(ROOT, file), "utf8")).report;

/** The identity findings of a report, with likely-fix.ts's hints (before the prose is read). */
function hinted(report: ReturnType<typeof read>): Finding[] {
  return identitySources(report, []).flatMap((source) => identityFindings(report, source.identities));
}

const NOT_HELD = "applications.results.unable.not_held.total";
const QUOTE = "其中予以公开申请0件，部分公开0件，不予公开0件，无法提供1件，不予处理0件，均在法定期限内予以答复";

describe("a likely-typo hint the report's prose contradicts is taken back (review RV23, item 2)", () => {
  it("seed 002: （四）1 总计 → 0 would make 无法提供 0, the text says 1 (line 10): no hint, the finding says why", () => {
    const report = read("test/fixtures/seeds/002_d039ec262de9d514.txt");
    const findings = hinted(report).filter((f) => f.severity === "error");
    // As likely-fix.ts alone names it: both findings at the cell on line 225, value 0.
    expect(findings.map((f) => [f.rule, f.source?.line, f.suggestion])).toEqual([
      ["T3-ROW", 225, { field: NOT_HELD, value: 0 }],
      ["T3-RES", 225, { field: NOT_HELD, value: 0 }],
    ]);
    checkHintsAgainstProse(findings, report, () => normalizeReport(report));
    expect(findings.map((f) => [f.rule, f.source?.line, f.suggestion])).toEqual([
      ["T3-ROW", 225, undefined],
      ["T3-RES", 346, undefined],
    ]);
    expect(findings[0]?.message.zh).toBe(
      `三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计：1 ≠ 0（左：三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计 = 1｜右：其余6项为0）；只改一处而消除这几处不符的唯一改法是把“表三 （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计”改为0，但正文“${QUOTE}”称无法提供1件，与表格现有数值相符，故不作此提示：请对照正文核对表格`,
    );
    expect(findings[1]?.message.en).toBe(
      `Table 3 / (7) Total / Total: 1 ≠ 1 + 1 = 2 (left: Table 3 / (7) Total / Total = 1 | right: Table 3 / (3) Not disclosed / 4. Protects a third party's rights / Total = 1; Table 3 / (4) Cannot be provided / 1. Not held by this body / Total = 1; 19 more at 0); the only single change mending these sets Table 3 / (4) Cannot be provided / 1. Not held by this body / Total to 0, but the text "${QUOTE}" states 1 unable to provide, as the table has it now: no hint is given, check the table against the text`,
    );
  });

  it("a hint the prose does not contradict stays: seed 002 without its overview sentence", () => {
    const report = read("test/fixtures/seeds/002_d039ec262de9d514.txt");
    for (const section of report.sections) {
      section.text = section.text.replace(QUOTE, "");
      for (const sub of section.subsections) sub.text = sub.text.replace(QUOTE, "");
    }
    const findings = hinted(report).filter((f) => f.severity === "error");
    checkHintsAgainstProse(findings, report, () => normalizeReport(report));
    expect(findings.map((f) => [f.rule, f.source?.line, f.suggestion?.value])).toEqual([
      ["T3-ROW", 225, 0],
      ["T3-RES", 225, 0],
    ]);
    expect(findings[1]?.message.zh).toMatch(
      /；若只有一处填错，最可能是“三、（四）无法提供 \/ 1\.本机关不掌握相关政府信息 \/ 总计”，应为0$/,
    );
  });
});
