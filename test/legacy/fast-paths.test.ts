/**
 * The fast paths of the legacy recognizer read what the full paths read: the one-pass edit test, the
 * bucketed typo lookup, and the cheap rejects (count rows, short one-cell rows, gb markers first, titles
 * only in short text).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedDistance } from "../../src/recognize/labels.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { withinOneEdit } from "../../src/recognize/legacy-edit.js";
import type { Diagnostic } from "../../src/schema/common.js";
import { readDocument } from "../../src/shapes/index.js";

const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
const read = (text: string, shape: "pipe" | "markdown" = "pipe") => {
  const diagnostics: Diagnostic[] = [];
  const tables = recognizeLegacy(readDocument(text, shape), diagnostics);
  return { tables, diagnostics };
};

describe("withinOneEdit", () => {
  it("agrees with the bounded Levenshtein distance on hand-picked pairs", () => {
    const pairs: [string, string, boolean][] = [
      ["", "", true],
      ["", "a", true],
      ["", "ab", false],
      ["政府网站公开政府信息数", "政府网站公开政府信息数", true],
      ["政府网站公开政府信息数", "政府网站公开政腐信息数", true],
      ["政府网站公开政府信息数", "政府网站公开政府信息", true],
      ["政府网站公开政府信息数", "府网站公开政府信息数", true],
      ["政府网站公开政府信息数", "x政府网站公开政府信息数", true],
      ["政府网站公开政府信息数", "政府网站公开政府信息数x", true],
      ["政府网站公开政府信息数", "府政网站公开政府信息数", false],
      ["abc", "acb", false],
      ["aaa", "aa", true],
      ["ab", "ba", false],
    ];
    for (const [a, b, expected] of pairs) {
      expect(withinOneEdit(a, b)).toBe(expected);
      expect(withinOneEdit(b, a)).toBe(expected);
      expect(boundedDistance(a, b, 1) <= 1).toBe(expected);
    }
  });

  it("agrees with the bounded Levenshtein distance on random and edited strings", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "政", "府", "\ud83d", "\ude00"), maxLength: 9 });
    const edited = fc.tuple(text, fc.nat(), fc.nat(), fc.constantFrom("a", "政", "x")).map(([s, at, kind, ch]) => {
      const i = s.length === 0 ? 0 : at % (s.length + 1);
      const [x, y] = [s.slice(0, i), s.slice(i)];
      const variants = [x + ch + y, x + y.slice(1), x + ch + y.slice(1), x + ch + ch + y, x + y.slice(2)];
      return [s, variants[kind % variants.length]!] as const;
    });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), edited), ([a, b]) => {
        expect(withinOneEdit(a, b)).toBe(boundedDistance(a, b, 1) <= 1);
      }),
      { numRuns: 3000 },
    );
  });
});

const NATIONAL_ROWS = [
  ["统计指标", "单位", "统计数"],
  ["（一）收到申请数", "件", "10"],
  ["1.当面申请数", "件", "2"],
  ["2.传真申请数", "件", "0"],
  ["3.网络申请数", "件", "7"],
];

describe("typo tolerance through the head and tail buckets", () => {
  // 2.政府网站公开政府信息数 → key 政府网站公开政府信息数 (11 characters), each variant one edit away.
  const variants: [string, string][] = [
    ["substitution inside", "2.政府网站公开政腐信息数"],
    ["last character replaced (head bucket only)", "2.政府网站公开政府信息量"],
    ["first character dropped (tail bucket only)", "2.府网站公开政府信息数"],
    ["character inserted in front (tail bucket only)", "2.省政府网站公开政府信息数"],
    ["last character dropped (head bucket only)", "2.政府网站公开政府信息"],
  ];
  for (const [name, label] of variants) {
    it(`types ${label} (${name}) as the website channel`, () => {
      const { tables } = read(pipe([...NATIONAL_ROWS, [label, "条", "1500"]]));
      const row = tables[0]?.rows.find((r) => r.label === label);
      expect(tables[0]?.family).toBe("legacy_national");
      expect(row?.id).toBe("legacy_national.active.channel.website");
      expect(row?.cell.value).toBe(1500);
    });
  }

  it("leaves a label two edits away untyped", () => {
    const label = "2.政府网站公开政腐信息量";
    const { tables } = read(pipe([...NATIONAL_ROWS, [label, "条", "1500"]]));
    expect(tables[0]?.rows.find((r) => r.label === label)?.id).toBeNull();
  });
});

describe("cheap rejects keep every legacy table", () => {
  it("reads a header of a unit head and a number-named column (单位 | 2014)", () => {
    const { tables } = read(
      pipe([
        ["单位", "2014"],
        ["件", "3"],
      ]) +
        "\n\n" +
        pipe([
          ["项目", "单位", "2014"],
          ["（一）收到申请数", "件", "10"],
          ["1.当面申请数", "件", "2"],
          ["3.网络申请数", "件", "7"],
        ]),
    );
    const rows = tables.flatMap((t) => t.rows);
    expect(rows.map((r) => [r.label, r.cell.raw])).toContainEqual(["（一）收到申请数", "10"]);
    expect(rows.find((r) => r.label === "3.网络申请数")?.cell.value).toBe(7);
  });

  it("reads rows whose label, unit and number stand in one cell below a row of counts", () => {
    const { tables } = read(
      pipe([["2014", "2015"], ["（一）收到申请数 件 10"], ["1.当面申请数 件 2"], ["3.网络申请数 件 7"]]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => [r.label, r.unit, r.cell.value])).toEqual([
      ["（一）收到申请数", "件", 10],
      ["1.当面申请数", "件", 2],
      ["3.网络申请数", "件", 7],
    ]);
  });

  it("reads a label with its unit as a note beside a number (收到申请数（件） | 10)", () => {
    const { tables } = read(
      pipe([
        ["（一）收到申请数（件）", "10"],
        ["1.当面申请数（件）", "2"],
      ]),
    );
    expect(tables[0]?.rows.map((r) => [r.unit, r.cell.raw])).toEqual([
      ["件", "10"],
      ["件", "2"],
    ]);
  });

  it("reads text rows after a title line, and nothing without one", () => {
    // Markdown paragraphs: text blocks, not a grid.
    const body = "（一）收到申请数 件 10\n\n1.当面申请数 件 2\n\n3.网络申请数 件 7\n";
    const titled = read(`政府信息公开情况统计表\n\n${body}`, "markdown");
    expect(titled.tables[0]?.title).toBe("政府信息公开情况统计表");
    expect(titled.tables[0]?.rows.map((r) => r.cell.raw)).toEqual(["10", "2", "7"]);
    const untitled = read(`说明如下\n\n${body}`, "markdown");
    expect(untitled.tables).toEqual([]);
    expect(untitled.diagnostics).toEqual([]);
  });

  it("rejects a gb table even when it also reads like a legacy grid", () => {
    const { tables, diagnostics } = read(
      pipe([
        ["信息内容", "单位", "本年制发件数"],
        ["规章", "件", "3"],
        ["规范性文件", "件", "5"],
      ]),
    );
    expect(tables).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe("memoised keys and candidates", () => {
  it("read a table the same before and after other tables filled the caches", () => {
    const table = pipe([
      ...NATIONAL_ROWS,
      ["2.政府网站公开政腐信息数", "条", "1500"],
      ["未知的统计项目名称", "件", "4"],
    ]);
    const first = read(table);
    expect(first.tables[0]?.rows.map((r) => r.id)).toEqual([
      "legacy_national.applications.received",
      "legacy_national.applications.channel.in_person",
      "legacy_national.applications.channel.fax",
      "legacy_national.applications.channel.online",
      "legacy_national.active.channel.website",
      null,
    ]);
    for (let i = 0; i < 3; i++) {
      read(
        pipe([
          ["工作项目", "单位", "数量"],
          [`未知的统计项目名称${i}`, "件", "1"],
          ["2.政府网站公开政府信息数", "条", "9"],
        ]),
      );
    }
    expect(read(table)).toEqual(first);
  });
});
