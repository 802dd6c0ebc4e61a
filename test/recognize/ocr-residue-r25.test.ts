// Scanned reports as OCR (tesseract chi_sim) reads them (red team R25): a table's rules read as `|`, `[`, `]`, `丨`
// or a quote mark, alone or glued to a value; digits read as look-alike letters (`lo`, `I0`, `O` for 0, `I`/`l` for
// 1); a row's values in one cell where OCR saw no rule between them. The lines below are R25's reproductions,
// written as tesseract printed them.
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { APPLICANT_COLUMNS } from "../helpers/cells.js";

const TITLE = "某县卫健委2023年政府信息公开工作年度报告";
const T3_HEAD = [
  "三、收到和处理政府信息公开申请情况",
  "申请人情况",
  "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
];

/** The raw texts of a Table 三 row's seven cells. */
function row(report: ReturnType<typeof parseReport>["report"], id: string): (string | undefined)[] {
  return APPLICANT_COLUMNS.map((c) => report.cells[`applications.${id}.${c}` as keyof typeof report.cells]?.raw);
}

describe("PDF/OCR text: a table's rules read as characters", () => {
  it("a rule glued to a one-value row's value (“9, ”55, |0) or standing after it (11 |) is left out of it", () => {
    const text = [
      TITLE,
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 本年制发件数 本年废止件数 现行有效件数",
      "规章 1 0 11 |",
      "行政规范性文件 0 0 0",
      "第二十条第（五）项",
      "信息内容 本年处理决定数量",
      "行政许可 “9",
      "第二十条第（六）项",
      "信息内容 本年处理决定数量",
      "行政处罚 ”55",
      "行政强制 0",
      "第二十条第（八）项",
      "信息内容 本年收费金额（单位：万元）",
      "行政事业性收费 |0",
    ].join("\n");
    const { report } = parseReport(text);
    const cells = report.cells as Record<string, { raw: string; source: { offset: number } } | undefined>;
    // Before: 行政许可, 行政处罚 and 行政事业性收费 were "not found" (info), and 规章's values were lost.
    const read = ["regulations.issued", "regulations.in_force", "licensing.decisions", "penalty.decisions"].map(
      (id) => cells[`active_disclosure.${id}`]?.raw,
    );
    expect(read).toEqual(["1", "11", "9", "55"]);
    expect(cells["active_disclosure.fees.amount_10k_yuan"]?.raw).toBe("0");
    // Each value stands at its digits in the text, not at the rule.
    const penalty = cells["active_disclosure.penalty.decisions"]!;
    expect(text.slice(penalty.source.offset, penalty.source.offset + 2)).toBe("55");
  });

  it("a note's reference in square brackets ([1]) is no value: 行政许可 [1] 447228 reads 447228", () => {
    const text = [
      TITLE,
      "二、主动公开政府信息情况",
      "第二十条第（五）项",
      "信息内容 本年处理决定数量",
      "行政许可 [1] 447228",
    ];
    // (with `[` and `]` both taken for rules, 1 was a second value of the one-column row: the cell was absent)
    expect(parseReport(text.join("\n")).report.cells["active_disclosure.licensing.decisions"]?.raw).toBe("447228");
  });

  it("a row ending in [2 keeps its values; the next row is not joined to it", () => {
    const text = [
      TITLE,
      ...T3_HEAD,
      "一、本年新收政府信息公开申请数量 2 0 0 0 0 0 [2",
      "二、上年结转政府信息公开申请数量 5 0 0 0 0 0 5",
    ].join("\n");
    const { report } = parseReport(text);
    // Before: the first row's label was joined to the second row, which handed it the values 5 0 0 0 0 0 5.
    expect(row(report, "new")).toEqual(["2", "0", "0", "0", "0", "0", "2"]);
    expect(row(report, "carried_over")).toEqual(["5", "0", "0", "0", "0", "0", "5"]);
  });
});

describe("PDF/OCR text: digits read as look-alike letters", () => {
  it("lo, IO and I among a row's values are values of their columns, kept as text with a warning", () => {
    const text = [
      TITLE,
      ...T3_HEAD,
      "一、本年新收政府信息公开申请数量 2 lo lo 0 0 0 2",
      "二、上年结转政府信息公开申请数量 I 0 0 0 0 0 I",
      "三、本年度办理结果 （一）予以公开 3 IO 0 0 0 0 3",
    ].join("\n");
    const { report, diagnostics } = parseReport(text);
    // Before: `lo lo` ended the label; 2 was read as 社会公益组织's (a wrong number in another column) and the rest
    // lost; the 上年结转 row was not found at all.
    expect(row(report, "new")).toEqual(["2", "lo", "lo", "0", "0", "0", "2"]);
    expect(row(report, "carried_over")).toEqual(["I", "0", "0", "0", "0", "0", "I"]);
    expect(row(report, "results.granted")).toEqual(["3", "IO", "0", "0", "0", "0", "3"]);
    expect(report.cells["applications.new.commercial_enterprise"]?.status).toBe("text");
    const warned = diagnostics.filter((d) => d.code === "cell-not-a-number").map((d) => d.text);
    expect(warned).toEqual(["lo", "lo", "I", "I", "IO"]);
  });

  it("a line of look-alikes alone stays text (no row is made of them)", () => {
    const { report } = parseReport(
      [TITLE, "一、总体情况", "本年度工作如下。", "IO", "二、主动公开政府信息情况"].join("\n"),
    );
    expect(report.sections[0]?.text).toBe("本年度工作如下。\nIO");
  });
});

describe("a row's values in one cell (OCR saw no rule between them)", () => {
  const TABLE_2 = [
    TITLE,
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 |本年制发件数 |本年废止件数 |现行有效件数",
    "规章 |0 |0 |0",
  ];

  it.each([
    ["3 0 8", ["3", "0", "8"]],
    ["0 2 3", ["0", "2", "3"]],
    ["3     0     8", ["3", "0", "8"]],
  ])("行政规范性文件 |%s under three columns is read as three values, with cell-values-split", (cell, expected) => {
    const { report, diagnostics } = parseReport([...TABLE_2, `行政规范性文件 |${cell}`].join("\n"));
    // Before: 308 (a letter-spaced number), 23, or text; one value and a row-missing-values warning at best.
    const read = ["issued", "repealed", "in_force"].map(
      (c) => report.cells[`active_disclosure.normative_documents.${c}` as keyof typeof report.cells]?.raw,
    );
    expect(read).toEqual(expected);
    expect(diagnostics.filter((d) => d.code === "cell-values-split").map((d) => d.text)).toEqual([cell]);
  });

  it("Table 四 printed as three cells of five numbers is read as its 15 values", () => {
    const text = [
      ...TABLE_2,
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议 |行政诉讼",
      "结果维持 |结果纠正 |其他结果 |尚未审结 |总计 |未经复议直接起诉 |复议后起诉",
      "10 1 0 0 11 |0 0 0 0 0 |5 0 0 0 5",
    ].join("\n");
    const { report } = parseReport(text);
    const review = ["upheld", "corrected", "other", "pending", "total"].map(
      (c) => report.cells[`review_litigation.review.${c}` as keyof typeof report.cells]?.value,
    );
    expect(review).toEqual([10, 1, 0, 0, 11]);
    expect(report.cells["review_litigation.litigation_after_review.total"]?.value).toBe(5);
  });

  it("a full row keeps a letter-spaced number one value (3 0 0 1 is 3001); a cell of numbers set wide apart is text", () => {
    const full = [...TABLE_2, "行政规范性文件 |3 0 0 1 |0 |0"].join("\n");
    expect(parseReport(full).report.cells["active_disclosure.normative_documents.issued"]?.value).toBe(3001);
    const wide = [...TABLE_2, "行政规范性文件 |3   0 |0 |0"].join("\n");
    // Before: 30.
    const cell = parseReport(wide).report.cells["active_disclosure.normative_documents.issued"];
    expect([cell?.raw, cell?.status]).toEqual(["3   0", "text"]);
  });
});

describe("other OCR misreadings", () => {
  it("〈七)总计 (a （ read as 〈) is the 总计 row", () => {
    const text = [TITLE, ...T3_HEAD, "一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2", "〈七)总计 2 0 0 0 0 0 2"].join(
      "\n",
    );
    // Before: kept as an extra row (row-unrecognized).
    expect(row(parseReport(text).report, "results.total")).toEqual(["2", "0", "0", "0", "0", "0", "2"]);
  });

  it("a pre-2019 row whose unit is glued to its label (设立公开查阅点数个 1) reads 1, not a blank with unit 1", () => {
    const text = [
      "昆明市卫生局2014年政府信息公开工作年度报告",
      "2014年昆明市卫生局政府信息公开工作统计表",
      "项目 单位 数量 备注",
      "一、主动公开情况",
      "2.新闻发布会 场 0",
      "设立公开查阅点数个 1",
      "公开查阅点查阅数 人次 280",
    ].join("\n");
    const rows = parseReport(text).report.legacy.flatMap((t) => t.rows);
    const points = rows.find((r) => r.label === "设立公开查阅点数个");
    expect([points?.unit, points?.cell.raw, points?.cell.status]).toEqual(["个", "1", "number"]);
  });
});

describe("metadata of letter-spaced OCR text", () => {
  it("the title and body's name are given closed up (洪 泽 区 人 民政 府 → 洪泽区人民政府)", () => {
    const text = ["洪 泽 区 人 民政 府 2023 年 政府 信息 公开 工作 年 度 报告", "一 、 总 体 情况", "略。"].join("\n");
    const { meta } = parseReport(text).report;
    // Before: 洪 泽 区 人 民政 府, so a body's reports did not group under one name across years.
    expect([meta.title, meta.orgName, meta.year]).toEqual([
      "洪泽区人民政府 2023 年政府信息公开工作年度报告",
      "洪泽区人民政府",
      2023,
    ]);
  });

  it("a space printed between two bodies' names is kept", () => {
    const title = "中共某市委办公室 某市人民政府办公室2023年政府信息公开工作年度报告";
    expect(parseReport([title, "一、总体情况", "略。"].join("\n")).report.meta.title).toBe(title);
  });
});
