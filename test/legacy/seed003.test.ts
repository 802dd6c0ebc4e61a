import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/document.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import type { Diagnostic } from "../../src/schema/common.js";
import type { LegacyTable } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";
import { asHtml, asMarkdown, asMarkdownTabs, asPipe, asTab, EXPECTED, SEED_003 } from "./seed003.js";

const view = (t: LegacyTable) =>
  t.rows.map((r) => ({
    section: r.section,
    label: r.label,
    unit: r.unit,
    raw: r.cell.raw,
    remark: r.remark,
    id: r.id,
  }));
const expectedView = EXPECTED.rows.map(({ line: _line, ...rest }) => rest);

describe("seed 003 (lines shape with | lines): the 2014 Kunming statistics table", () => {
  const diagnostics: Diagnostic[] = [];
  const tables = recognizeLegacy(readDocument(SEED_003, "lines"), diagnostics);
  const table = tables[0]!;

  it("finds one legacy_provincial table with its title", () => {
    expect(tables).toHaveLength(1);
    expect(table.family).toBe("legacy_provincial");
    expect(table.title).toBe("2014年昆明市卫生局政府信息公开工作统计表");
    expect(diagnostics.find((d) => d.code === "legacy-family")?.message).toContain("legacy_yn");
  });

  it("captures every row, in order, with section, label, unit, value, remark and typed id", () => {
    expect(view(table)).toEqual(expectedView);
  });

  it("has as many rows as the file has value cells (nothing dropped)", () => {
    const lines = SEED_003.split("\n");
    const valueLines = lines.slice(EXPECTED.titleLine).filter((l) => /^\d+$/.test(l.trim()));
    expect(table.rows).toHaveLength(valueLines.length);
    expect(table.rows).toHaveLength(62);
  });

  it("points each value cell at its line in the file", () => {
    expect(table.rows.map((r) => r.cell.source.line)).toEqual(EXPECTED.rows.map((r) => r.line));
  });

  it("reads values as numbers and keeps the normalised label", () => {
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    expect(byId.get("legacy_yn.consultation.total")?.cell).toMatchObject({ value: 69218, status: "number" });
    expect(byId.get("legacy_yn.active.channel.website")?.cell.value).toBe(502);
    expect(byId.get("legacy_yn.replies.not_gov_info")?.normalizedLabel).toBe("3.非《条例》所指政府信息数");
    expect(byId.get("legacy_yn.active.reading_point_visits")?.unit).toBe("人(次)");
  });

  it("yields two rows for a label printed with two units (2.新闻发布会 → 场 and 条)", () => {
    const press = table.rows.filter((r) => r.label === "2.新闻发布会");
    expect(press.map((r) => [r.unit, r.cell.raw, r.id])).toEqual([
      ["场", "0", "legacy_yn.active.channel.press_conference.sessions"],
      ["条", "0", "legacy_yn.active.channel.press_conference.items"],
    ]);
  });

  it("tells the two 1.检索费 rows apart by order (收费 then 减免)", () => {
    const search = table.rows.filter((r) => r.label === "其中:1.检索费").map((r) => r.id);
    expect(search).toEqual(["legacy_yn.fees.collected.search", "legacy_yn.fees.waived.search"]);
  });

  it("reports no unrecognised rows", () => {
    expect(diagnostics.filter((d) => d.code === "legacy-row-unrecognized")).toEqual([]);
  });
});

describe("seed 003's table rendered in other shapes gives the same rows", () => {
  const cases: [string, string, "pipe" | "tab" | "markdown" | "html"][] = [
    ["pipe", asPipe(), "pipe"],
    ["tab", asTab(), "tab"],
    ["markdown", asMarkdown(), "markdown"],
    ["markdown with tab pseudo-tables", asMarkdownTabs(), "markdown"],
    ["html", asHtml(), "html"],
  ];
  for (const [name, text, shape] of cases) {
    it(`${name}`, () => {
      const document = readDocument(text, shape);
      expect(document.blocks.some((b) => b.kind === "table")).toBe(true);
      const tables = recognizeLegacy(document, []);
      expect(tables).toHaveLength(1);
      expect(tables[0]!.title).toBe(EXPECTED.title);
      expect(view(tables[0]!)).toEqual(expectedView);
    });
  }

  it("html: value cells point into the html text", () => {
    const text = asHtml();
    const rows = recognizeLegacy(readDocument(text, "html"), [])[0]!.rows;
    const first = rows[0]!;
    expect(text.slice(first.cell.source.offset, first.cell.source.offset + 3)).toBe("502");
    const tables = readDocument(text, "html").blocks.filter((b): b is TableBlock => b.kind === "table");
    expect(tables).toHaveLength(1);
  });
});
