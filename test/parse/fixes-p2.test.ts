import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import type { Shape } from "../../src/schema/common.js";

const TITLE = "某局2023年政府信息公开工作年度报告";
const REVIEW_HEADERS = [
  ["行政复议", "行政诉讼"],
  ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
  [
    ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
  ],
];

describe("Table 四 printed blank (formats.md D1)", () => {
  const rows = [...REVIEW_HEADERS, Array.from({ length: 15 }, () => "")];
  const wrap = (table: string) =>
    `${TITLE}\n四、政府信息公开行政复议、行政诉讼情况\n${table}\n五、存在的主要问题及改进情况\n`;

  it.each([
    ["pipe", wrap(rows.map((r) => `| ${r.join(" | ")} |`).join("\n"))],
    ["tab", wrap(rows.map((r) => r.join("\t")).join("\n"))],
  ] as const)("%s: the all-blank row of 15 cells is the value row", (shape, text) => {
    const { report } = parseReport(text, { shape });
    const cells = Object.entries(report.cells);
    expect(cells).toHaveLength(15);
    expect(cells.every(([id]) => id.startsWith("review_litigation."))).toBe(true);
    expect(cells.every(([, c]) => c.status === "blank" && c.value === null)).toBe(true);
    expect(report.tables.map((t) => t.id)).toEqual(["review_litigation"]);
    // The header rows are table content, not section text.
    expect(report.sections.find((s) => s.id === "review_litigation")?.text).toBe("");
  });

  it("a blank row of another width is not read as Table 四", () => {
    const text = wrap(
      [...REVIEW_HEADERS, Array.from({ length: 9 }, () => "")].map((r) => `| ${r.join(" | ")} |`).join("\n"),
    );
    expect(Object.keys(parseReport(text, { shape: "pipe" }).report.cells)).toEqual([]);
  });
});

describe("prose inside a table section stays in the section text", () => {
  const rows = [
    ["第二十条第（五）项", "", ""],
    ["信息内容", "本年处理决定数量", ""],
    ["行政许可", "3", ""],
  ];
  const shapes = (prose: string): [string, Shape, string][] => {
    const head = `${TITLE}\n二、主动公开政府信息情况\n${prose}\n`;
    const tail = "\n三、收到和处理政府信息公开申请情况\n";
    const html = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    return [
      ["pipe", "pipe", head + rows.map((r) => `| ${r.join(" | ")} |`).join("\n") + tail],
      ["tab", "tab", head + rows.map((r) => r.join("\t")).join("\n") + tail],
      [
        "markdown",
        "markdown",
        `${head}\n| 项目 | 数量 | 备注 |\n|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n${tail}`,
      ],
      ["markdown tab", "markdown", `${head}${rows.map((r) => r.join("\t")).join("\n")}\n${tail}`],
      [
        "html",
        "html",
        `<p>${TITLE}</p><p>二、主动公开政府信息情况</p><p>${prose}</p><table>${html}</table><p>三、收到和处理政府信息公开申请情况</p>`,
      ],
      ["lines", "lines", head + rows.flat().join("\n") + tail],
    ];
  };
  for (const prose of ["本年度主动公开情况见下表。", "本年度主动公开情况如下：", "具体情况如下"]) {
    it.each(shapes(prose))(`${prose} in %s`, (_name, shape, text) => {
      const { report } = parseReport(text, { shape });
      expect(report.sections.find((s) => s.id === "active_disclosure")?.text).toBe(prose);
      expect(report.cells["active_disclosure.licensing.decisions"]?.value).toBe(3);
    });
  }
});

describe("prose that looks like HTML is kept verbatim outside the HTML shape", () => {
  const text = `${TITLE}\n一、总体情况\n号、<b>标签</b>照录。\n<p>段落</p>\n首页 > 政务公开 > 年报\n二、主动公开政府信息情况\n`;
  it.each(["pipe", "lines", "tab"] as const)("%s", (shape) => {
    const { report } = parseReport(text, { shape });
    // The breadcrumb is still site chrome; the tag-like prose is text.
    expect(report.sections[0]?.text).toBe("号、<b>标签</b>照录。\n<p>段落</p>");
  });
});

describe("a small legacy table with a gb-looking section row is not Table 二", () => {
  const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
  const HEAD = "某局2015年政府信息公开工作年度报告\n";

  it("统计指标 | 单位 | 统计数 with 一、主动公开政府信息情况 and 规范性文件 rows reads as legacy", () => {
    const text = `${HEAD}${pipe([
      ["统计指标", "单位", "统计数"],
      ["一、主动公开政府信息情况", "—", "—"],
      ["（一）主动公开政府信息数", "条", "1520"],
      ["其中：主动公开规范性文件数", "条", "12"],
      ["制发规范性文件总数", "件", "8"],
    ])}\n`;
    const { report } = parseReport(text, { shape: "pipe" });
    expect(report.tables).toEqual([]);
    expect(report.extraRows).toEqual([]);
    expect(report.meta.formatEra).not.toMatch(/^gb/);
    expect(report.legacy).toHaveLength(1);
    expect(report.legacy[0]!.rows.map((r) => r.cell.value)).toEqual([1520, 12, 8]);
  });

  it.each(["pipe", "lines"] as const)(
    "工作项目 | 单位 | 数量 | 备注 with one 规范性文件 row is not read as gb (%s)",
    (shape) => {
      const rows = [
        ["工作项目", "单位", "数量", "备注"],
        ["一、主动公开政府信息情况", "", "", ""],
        ["规范性文件", "件", "3", ""],
        ["主动公开信息数", "条", "120", ""],
      ];
      const body = shape === "pipe" ? pipe(rows) : rows.map((r) => r.join("\n")).join("\n\n");
      const { report } = parseReport(`${HEAD}${body}\n`, { shape });
      expect(report.tables).toEqual([]);
      expect(report.extraRows).toEqual([]);
      expect(Object.keys(report.cells)).toEqual([]);
      expect(report.meta.formatEra).not.toMatch(/^gb/);
    },
  );

  it("a real gb Table 二 with a few rows found is still read", () => {
    const text = `${HEAD}二、主动公开政府信息情况\n${pipe([
      ["第二十条第（一）项", "", "", ""],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "1", "0", "5"],
    ])}\n`;
    const { report } = parseReport(text, { shape: "pipe" });
    expect(report.tables.map((t) => t.id)).toEqual(["active_disclosure"]);
    expect(report.cells["active_disclosure.regulations.in_force"]?.value).toBe(5);
  });
});
