/**
 * The labels that make a grid a gb2019/gb2021 table, never a legacy one, are template data (`Template.markers`):
 * each stands in its layout's tables, and each keeps recognizeLegacy off a grid that otherwise reads as a
 * pre-2019 statistics table.
 */
import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { readDocument } from "../../src/shapes/index.js";
import { GB_TEMPLATES } from "../../src/templates/index.js";

/** Every string reachable from a value (the labels of a template's tables). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(strings);
}

/** A pre-2019 statistics grid (指标 / 单位 / 数量), with one more row when given. */
const legacyGrid = (extra?: string) =>
  [
    "| 指标 | 单位 | 数量 |",
    "| 主动公开政府信息数 | 条 | 120 |",
    "| 收到政府信息公开申请数 | 件 | 5 |",
    "| 行政复议数 | 件 | 0 |",
    ...(extra === undefined ? [] : [`| ${extra} | | |`]),
  ].join("\n");

describe("Template.markers", () => {
  for (const template of GB_TEMPLATES) {
    it(`${template.id}: each marker stands in one of its tables' labels`, () => {
      const labels = strings(template.tables);
      expect(template.markers.length).toBeGreaterThan(0);
      for (const marker of template.markers)
        expect(
          labels.some((l) => l.includes(marker)),
          marker,
        ).toBe(true);
    });
  }

  it("the grid without a marker is a legacy table; with any marker of either layout, none", () => {
    expect(recognizeLegacy(readDocument(legacyGrid(), "pipe"), []).length).toBe(1);
    const markers = [...new Set(GB_TEMPLATES.flatMap((t) => t.markers))];
    expect(markers.length).toBe(6);
    for (const marker of markers) {
      expect(recognizeLegacy(readDocument(legacyGrid(`${marker}（一）项`), "pipe"), []), marker).toEqual([]);
    }
  });
});
