import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, parseReports, renderReport, SHAPES } from "../../src/index.js";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const D2024 = fixture("corpus/024_2024_hongzequ.txt");
const D2023 = fixture("corpus/023_2023_hongzequ.txt");

/** 023 with its lines edited. */
const edited = (edit: (lines: string[]) => string[]) => edit(D2023.split("\n")).join("\n");
/** 023's six section headings (一、总体情况 …) renumbered by `number(ordinal)`. */
const renumbered = (number: (ordinal: string) => string) =>
  edited((lines) =>
    lines.map((l) =>
      l.replace(
        /^([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要|其他需要)/u,
        (_, n, rest) => `${number(n)}${rest}`,
      ),
    ),
  );
/** 023's title line (2023 年政府信息公开工作年度报告, under 洪泽区人民政府) wrapped over two lines. */
const wrapped = (lines: string[]) =>
  lines.flatMap((l) => (l === "2023 年政府信息公开工作年度报告" ? ["2023 年政府信息公开", "工作年度报告"] : [l]));

/** [year, applications received, section count] of each report parseReports finds. */
const summary = (text: string) =>
  parseReports(text).map((r) => [
    r.report.meta.year,
    r.report.cells["applications.new.total"]?.value ?? null,
    r.report.sections.length,
  ]);
const warnings = (text: string) =>
  parseReport(text)
    .diagnostics.filter((d) => d.code === "multiple-reports")
    .map((d) => [d.source?.line, d.text]);

// 024 (2024, 95 applications received: its line 78) has 172 lines: 023 (2023, 21 received: its line 72) starts at
// line 173 (`- 1 -`), its body's name 洪泽区人民政府 on line 174, above the title.
const TITLE_2023 = "洪泽区人民政府2023 年政府信息公开工作年度报告";

describe("a page of two reports whose second has no section 一、 after its title (F18)", () => {
  const cases: [string, string, number][] = [
    [
      "its 一、总体情况 missing (二、主动公开政府信息情况 first)",
      edited((ls) => ls.filter((l) => l !== "一、总体情况")),
      5,
    ],
    ["its 一 misnumbered 二、总体情况", edited((ls) => ls.map((l) => (l === "一、总体情况" ? "二、总体情况" : l))), 6],
    ["its 一 printed 1.总体情况", edited((ls) => ls.map((l) => (l === "一、总体情况" ? "1.总体情况" : l))), 6],
    ["its sections numbered （一） … （六）", renumbered((n) => `（${n}）`), 6],
    ["its sections numbered 1. … 6.", renumbered((n) => `${"一二三四五六".indexOf(n) + 1}.`), 6],
  ];
  for (const [name, second, sections] of cases) {
    it(`${name}: two reports, the second from its body's name`, () => {
      const text = `${D2024}\n${second}`;
      expect(summary(text)).toEqual([
        [2024, 95, 6],
        [2023, 21, sections],
      ]);
      expect(warnings(text)).toEqual([[174, TITLE_2023]]);
      // The first report alone keeps its own six sections, not 023's (11 or 12 before).
      expect(parseReport(text).report.sections.map((s) => s.number)).toEqual(["一", "二", "三", "四", "五", "六"]);
    });
  }

  it("its title wrapped over two lines (2023 年政府信息公开 / 工作年度报告), first heading 一、概述", () => {
    const second = edited((ls) => wrapped(ls).map((l) => (l === "一、总体情况" ? "一、概述" : l)));
    const text = `${D2024}\n${second}`;
    expect(summary(text)).toEqual([
      [2024, 95, 6],
      [2023, 21, 6],
    ]);
    expect(warnings(text)).toEqual([[174, TITLE_2023]]);
    const [, report] = parseReports(text);
    expect(report!.report.meta.title).toBe(TITLE_2023);
    expect(report!.report.meta.orgName).toBe("洪泽区人民政府");
    expect(report!.report.sections[0]!.heading).toBe("一、概述");
  });

  it("its title wrapped with the body's name on the first line (洪泽区人民政府2023年政府信息 / 公开工作年度报告)", () => {
    const second = edited((ls) =>
      ls.flatMap((l, i) =>
        i === 1
          ? []
          : l === "2023 年政府信息公开工作年度报告"
            ? ["洪泽区人民政府2023年政府信息", "公开工作年度报告"]
            : [l],
      ),
    );
    const text = `${D2024}\n${second}`;
    expect(summary(text)).toEqual([
      [2024, 95, 6],
      [2023, 21, 6],
    ]);
    expect(warnings(text)).toEqual([[174, "洪泽区人民政府2023年政府信息公开工作年度报告"]]);
  });
});

describe("the same in every shape (F18)", () => {
  it("024 then 023 rendered, 023's 一、总体情况 left out or its sections numbered （一）: two reports", () => {
    const first = parseReport(D2024).report;
    const second = parseReport(D2023).report;
    const edits = [
      (s: string) => s.replace(/^.*一、总体情况.*$/mu, ""),
      (s: string) =>
        s.replace(
          /([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要|其他需要)/gu,
          "（$1）$2",
        ),
    ];
    for (const shape of SHAPES) {
      for (const edit of edits) {
        const a = renderReport(first, shape);
        const b = edit(renderReport(second, shape));
        const text = shape === "html" ? a.replace("</body>", b.replace(/^[\s\S]*<body>/u, "")) : `${a}\n\n${b}`;
        expect(
          parseReports(text).map((r) => [r.report.meta.year, r.report.cells["applications.new.total"]?.value]),
          shape,
        ).toEqual([
          [2024, 95],
          [2023, 21],
        ]);
      }
    }
  });
});

describe("what still starts no other report (F18)", () => {
  const lines = D2024.split("\n");
  const from = lines.findIndex((l) => l.startsWith("二、主动公开"));
  const to = lines.findIndex((l) => l.startsWith("五、存在"));
  // Sections 二 to 四 of 024 (its tables) printed again after its end, under a caption.
  const annex = (caption: string) => `${D2024}\n${caption}\n${lines.slice(from, to).join("\n")}\n`;

  it("an annex of the report's tables under its own title, under 附件, or under a caption going on after the key", () => {
    for (const caption of [
      "淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
      "附件\n2024年政府信息公开工作年度报告",
      "附件1\n淮安市洪泽区2024年政府信息公开工作年度报告",
      "淮安市洪泽区人民政府2024年政府信息公开工作年度报告附表",
    ]) {
      expect(warnings(annex(caption)), caption).toEqual([]);
      expect(summary(annex(caption)), caption).toEqual([[2024, 95, 9]]);
    }
  });

  it("another year's title on a line of its own before the report's next section", () => {
    const text = lines
      .map((l, i) => (i === to ? `淮安市洪泽区人民政府2023年政府信息公开工作年度报告\n${l}` : l))
      .join("\n");
    expect(warnings(text)).toEqual([]);
    expect(summary(text)).toEqual([[2024, 95, 6]]);
  });

  it("a sentence wrapped over two lines citing a title (现将…政府信息公开 / 工作年度报告) before another report's body", () => {
    // 023 from its introduction on, its title and its section 一 left out: only the sentence could start it.
    const rest = D2023.split("\n").filter((l) => l !== "一、总体情况");
    const text = `${D2024}\n现将洪泽区人民政府2023年政府信息公开\n工作年度报告\n${rest.slice(3).join("\n")}`;
    expect(warnings(text)).toEqual([]);
    expect(parseReports(text)).toHaveLength(1);
  });
});
