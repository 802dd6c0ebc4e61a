/**
 * Traditional-Chinese mirror copies (formats.md D15): labels are matched through their simplified form.
 * The mirror page in the red-team fixtures reads every cell of a 2021 report.
 */
import { describe, expect, it } from "vitest";
import { normalizeLabel, toSimplified } from "../../src/recognize/labels.js";
import { GB_TEMPLATES } from "../../src/templates/index.js";
import { GB_SECTIONS } from "../../src/templates/sections.js";
import { TRADITIONAL_CHARS } from "../../src/templates/traditional.js";

describe("toSimplified", () => {
  it("reads the mirror copies' labels of formats.md D15 as the layout's", () => {
    expect(toSimplified("規範性檔案")).toBe("规范性文件");
    expect(toSimplified("對外公開總數量")).toBe("对外公开总数量");
    expect(toSimplified("政府資訊公開工作年度報告")).toBe("政府信息公开工作年度报告");
    expect(normalizeLabel("（三）不予公開")).toBe(normalizeLabel("（三）不予公开"));
  });

  it("returns a text without a traditional character as it is", () => {
    const text = "2023年，本机关主动公开政府信息356条。";
    expect(toSimplified(text)).toBe(text);
  });

  it("leaves every label of the layouts alone (no layout character is a traditional one)", () => {
    const labels: string[] = GB_SECTIONS.flatMap((s) => [...s.labels, ...s.subsections.flatMap((u) => u.labels)]);
    for (const template of GB_TEMPLATES) {
      for (const table of template.tables) {
        labels.push(table.title, ...table.rows.flatMap((r) => [...r.labels, ...r.columns.flatMap((c) => c.labels)]));
        labels.push(...table.blocks.flatMap((b) => b.labels), ...table.groups.flatMap((g) => g.labels));
      }
    }
    expect(labels.length).toBeGreaterThan(300);
    for (const label of labels) expect(toSimplified(label), label).toBe(label);
    expect(TRADITIONAL_CHARS.length).toBeGreaterThan(2500);
  });
});
