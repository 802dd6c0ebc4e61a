// A CMS page's attachment block after a 2019/2021 report (附件： and a link to the report as .pdf/.docx,
// 附件下载：) is no seventh section annex_tables (red team R15 #8); a pre-2019 annex heading (附件 over the
// statistics table's title) still is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { matchHeading } from "../../src/recognize/headings.js";
import { renderReport } from "../../src/render/index.js";
import { SIX_SECTION_IDS } from "../helpers/sections.js";

const huaian = readFileSync(new URL("../fixtures/corpus/025_2024_huaianshi.txt", import.meta.url), "utf8");
const seed = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const legacy = readFileSync(new URL("../fixtures/legacy/red-team/nat-image-only.txt", import.meta.url), "utf8");

/** Corpus 025 rendered as HTML with `tail` appended to its body. */
function huaianWith(tail: string): string {
  const html = renderReport(parseReport(huaian).report, "html");
  return html.replace("</body>", `${tail}</body>`);
}

describe("an attachment block after a 2021-layout report", () => {
  it("marks a bare 附件 heading as needing 表 after it, and one naming the table as not", () => {
    expect(matchHeading("附件：")).toMatchObject({ id: "annex_tables", place: "after", needs: "表" });
    expect(matchHeading("附件下载：年报.docx")).toMatchObject({ id: "annex_tables", needs: "表" });
    expect(matchHeading("附件：政府信息公开情况统计表")?.needs).toBeUndefined();
    expect(matchHeading("附表")?.needs).toBeUndefined();
  });

  it("reads 附件： and the link on its own line as text of section 六", () => {
    const html = huaianWith(`<div class="fj"><p>附件：</p><p><a href="/u/2025/xx.docx">2024年年报.docx</a></p></div>`);
    const { report } = parseReport(html);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[5]?.text.endsWith("信息处理费 3940 元。\n附件：\n2024年年报.docx")).toBe(true);
  });

  it("reads 附件下载： and its link as text of section 六", () => {
    const html = huaianWith(`<div class="fj">附件下载：<a>年报.docx</a></div>`);
    const { report } = parseReport(html);
    expect(report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
    expect(report.sections[5]?.text.endsWith("\n附件下载：年报.docx")).toBe(true);
  });

  it("reads seed 000 (plain text) followed by 附件： and a .pdf link with its six sections only", () => {
    const text = `${seed.trimEnd()}\n附件：\n兰溪市卫生健康局2023年政府信息公开工作年度报告.pdf\n`;
    expect(parseReport(text).report.sections.map((s) => s.id)).toEqual(SIX_SECTION_IDS);
  });
});

describe("a pre-2019 annex heading", () => {
  it("is still a section when a bare 附件 stands over the statistics table's title", () => {
    const bare = legacy.replace("<p>附件：政府信息公开情况统计表</p>", "<p>附件</p><p>政府信息公开情况统计表</p>");
    expect(bare).not.toBe(legacy);
    const sections = parseReport(bare).report.sections;
    expect(sections.at(-1)).toMatchObject({ id: "annex_tables", heading: "附件" });
    expect(sections.at(-1)?.text).toBe("政府信息公开情况统计表");
  });
});
