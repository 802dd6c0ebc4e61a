// Seed 003's pre-2019 table from a Word file whose labels were typed as two paragraphs in their cells
// (`4.其它方式` / `(请说明)`, `1.政府` / `(部门)网站公开(不含政府信息公开网站)`), as mammoth's extractRawText writes it:
// every paragraph on a line of its own (red team R27). The bracketed second paragraph opened a label of its own:
// the row's number went to it, untyped (an info only), and the typed row was blank. So did a second paragraph
// with no bracket (`2.电子邮件` / `形式申请数`): 46 of the 62 typed rows were read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const text = readFileSync(
  new URL("../fixtures/messy/r27/003-mammoth-raw-two-paragraph-labels.txt", import.meta.url),
  "utf8",
);
const rows = new Map(
  parseReport(text)
    .report.legacy.flatMap((t) => t.rows)
    .flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])),
);

describe("a pre-2019 label typed as two paragraphs", () => {
  it("joins a wholly bracketed second paragraph: 4.其它方式(请说明) 人(次) 0 无", () => {
    expect(text).toContain("4.其它方式\n\n(请说明)\n\n人(次)\n\n0\n\n无");
    const other = rows.get("legacy_yn.consultation.other");
    expect([other?.label, other?.unit, other?.cell.value, other?.remark]).toEqual([
      "4.其它方式(请说明)",
      "人(次)",
      0,
      "无",
    ]);
  });

  it("joins a second paragraph opening with a bracketed word: 1.政府(部门)网站公开… 条 502", () => {
    const website = rows.get("legacy_yn.active.channel.website");
    expect([website?.label, website?.unit, website?.cell.value]).toEqual([
      "1.政府(部门)网站公开(不含政府信息公开网站)",
      "条",
      502,
    ]);
  });

  it("joins a second paragraph that is no label by itself when the two make one: 2.电子邮件形式申请数 件 0", () => {
    expect(text).toContain("2.电子邮件\n\n形式申请数\n\n件\n\n0");
    const email = rows.get("legacy_yn.applications.channel.email");
    expect([email?.label, email?.unit, email?.cell.value]).toEqual(["2.电子邮件形式申请数", "件", 0]);
    const corrected = rows.get("legacy_yn.review.corrected");
    expect(corrected?.label).toBe("2.决定撤销、变更或确认该具体行政行为");
  });

  it("types all 62 rows of the table", () => {
    expect(rows.size).toBe(62);
    expect(rows.get("legacy_yn.consultation.handled_other")?.remark).toBe("无");
  });
});

describe("a pre-2019 table with blank cells in mammoth's raw text", () => {
  const raw = readFileSync(new URL("../fixtures/messy/r27/003-mammoth-raw-blank-cells.txt", import.meta.url), "utf8");
  const html = readFileSync(new URL("../fixtures/messy/r27/003-blank-cells.html", import.meta.url), "utf8");
  /** Each typed row's value status, value and remark. */
  const typed = (text: string): Map<string, string> =>
    new Map(
      parseReport(text)
        .report.legacy.flatMap((t) => t.rows)
        .flatMap((r) => (r.id === null ? [] : [[r.id, `${r.cell.status} ${r.cell.value} ${r.remark}`] as const])),
    );

  it("keeps a blank value in its place before the remark: 4.其它方式(请说明) 人(次) [blank] 无", () => {
    // the empty paragraph of the value cell: three blank lines between the unit and the remark
    expect(raw).toContain("4.其它方式(请说明)\n\n人(次)\n\n\n\n无\n");
    const other = parseReport(raw)
      .report.legacy.flatMap((t) => t.rows)
      .find((r) => r.id === "legacy_yn.consultation.other");
    expect([other?.cell.status, other?.cell.value, other?.remark]).toEqual(["blank", null, "无"]);
  });

  it("reads every typed row as the same Word file's HTML does (62 rows)", () => {
    const fromHtml = typed(html);
    expect(fromHtml.size).toBe(62);
    expect(typed(raw)).toEqual(fromHtml);
  });
});

describe("a bracketed label after a section's heading row (review RV29 F5)", () => {
  // 二、依申请公开情况 (a row of its own, no value) and then （其中）全年收到政府信息公开申请数 件 2, one cell per line:
  // the bracketed label was joined to the heading as if it were its second paragraph.
  const text = readFileSync(
    new URL("../fixtures/messy/rv29/bracketed-label-after-section.txt", import.meta.url),
    "utf8",
  );
  const labels = parseReport(text)
    .report.legacy.flatMap((t) => t.rows)
    .map((r) => `${r.label} ${r.unit} ${r.cell.raw}`);

  it("opens a row of its own", () => {
    expect(text).toContain("二、依申请公开情况\n\n（其中）全年收到政府信息公开申请数\n\n件\n\n2\n");
    expect(labels).toContain("（其中）全年收到政府信息公开申请数 件 2");
    expect(labels.some((l) => l.startsWith("二、依申请公开情况（"))).toBe(false);
  });
});
