// Seed 003's statistics table (2014, legacy_yn) as PDF converters print it (red team R23), cut to the table and
// the lines around it (test/fixtures/legacy/r23/). Every row is checked against the hand-read rows of
// test/fixtures/expected/003-legacy.json: the value as printed, its unit and its remark.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridCell } from "../../src/document.js";
import { parseReport } from "../../src/parse.js";
import { expandInline } from "../../src/recognize/legacy-cells.js";
import { textHeaderColumns } from "../../src/recognize/legacy-header.js";
import { columnRows } from "../../src/recognize/legacy-stream-columns.js";
import type { LegacyRow } from "../../src/schema/report.js";
import { EXPECTED } from "./seed003.js";

const read = (name: string) => readFileSync(new URL(`../fixtures/legacy/r23/${name}`, import.meta.url));
const typedRows = (name: string): Map<string, LegacyRow> => {
  const { report } = parseReport(read(name));
  return new Map(report.legacy.flatMap((t) => t.rows).flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])));
};
/** raw | unit | remark of a row, as the expected file writes them. */
const shown = (r: { raw: string; unit: string | null; remark: string | null } | undefined) =>
  r === undefined ? "absent" : `${r.raw}|${r.unit}|${r.remark ?? ""}`;

describe.each([
  // pdftotext -layout: a prose line before the table; rows with a remark keep "条 868 微博" in one cell.
  ["003-pdftotext-layout.txt"],
  // pdftotext (no -layout): 项目 and 单位 数量 备注 on separate lines, each label apart from its "unit value", and
  // sections 二 and 三 printed column by column (21 labels, 21 件, 21 values, then 10 "人(次) value" lines).
  ["003-pdftotext-default.txt"],
  // pdftohtml -i -noframes: one cell per line (label / 条 / 868 / 微博), 人(次) 1280 on one line, Kangxi radicals.
  ["003-pdftohtml.html"],
  // pdftotext of a browser's print (header and footer on): the label column ends with file:///….html and the
  // page's running title (…年度报告) before the 件 column starts.
  ["003-pdftotext-default-browser-header.txt"],
])("%s", (name) => {
  const rows = typedRows(name);

  it("types the 62 rows of the table, each with its printed value, unit and remark", () => {
    const got = EXPECTED.rows.map((e) => {
      const r = rows.get(e.id);
      return `${e.id}=${shown(r && { raw: r.cell.raw, unit: r.unit, remark: r.remark })}`;
    });
    expect(got).toEqual(EXPECTED.rows.map((e) => `${e.id}=${shown(e)}`));
    expect(rows.size).toBe(62);
  });

  it("reads the remark rows as numbers (868 微博, 68947 网站)", () => {
    const other = rows.get("legacy_yn.active.channel.other");
    expect([other?.cell.status, other?.cell.value, other?.unit, other?.remark]).toEqual(["number", 868, "条", "微博"]);
    const online = rows.get("legacy_yn.consultation.online");
    expect([online?.cell.value, online?.unit, online?.remark]).toEqual([68947, "人(次)", "网站"]);
  });
});

describe("003-pdftotext-raw-browser-header.txt (a browser's running page header between rows)", () => {
  const { report } = parseReport(read("003-pdftotext-raw-browser-header.txt"));
  const rows = report.legacy.flatMap((t) => t.rows);

  it("keeps the table whole across the 11/24/26, 1:58 AM …年度报告 lines: one table, 62 typed rows", () => {
    expect(report.legacy).toHaveLength(1);
    expect(rows.filter((r) => r.id !== null)).toHaveLength(62);
  });

  it("reads 3.邮寄费 right after the page header as fees.waived.postage (元 0)", () => {
    const postage = rows.find((r) => r.id === "legacy_yn.fees.waived.postage");
    expect([postage?.label, postage?.unit, postage?.cell.raw]).toEqual(["3.邮寄费", "元", "0"]);
  });
});

describe("003-pandoc-plain.txt (the signature printed again under the table)", () => {
  const { report } = parseReport(read("003-pandoc-plain.txt"));
  const labels = report.legacy.flatMap((t) => t.rows).map((r) => r.label);

  it("leaves 昆明市卫生局 / 2014年1月31日 out of the table, so the report date is read", () => {
    expect(labels).not.toContain("2014年1月31日");
    expect(labels).not.toContain("昆明市卫生局");
    expect(labels).toContain("发布重点工作通报事项");
    expect(report.meta.reportDate).toBe("2014-01-31");
  });
});

describe("columns-unplaced.txt (4 labels printed apart from 3 units and 3 values)", () => {
  const { report, diagnostics } = parseReport(read("columns-unplaced.txt"));
  const labels = report.legacy.flatMap((t) => t.rows).map((r) => `${r.label}:${r.cell.raw}`);

  it("places none of the values and says so (was: nothing read, nothing said)", () => {
    expect(labels).toEqual(["1.政府(部门)网站公开(不含政府信息公开网站):502", "2.新闻发布会:3"]);
    const warning = diagnostics.find((d) => d.code === "legacy-values-unplaced");
    expect(warning?.severity).toBe("warning");
    expect(warning?.text).toBe("全年收到政府信息公开申请数");
    expect(warning?.message).toContain("4 labels");
    expect(warning?.message).toContain("3 units and values");
  });
});

describe("003-zeros-blank-pdftotext.txt (its zeros printed blank, pdftotext's default text: column by column)", () => {
  // Red team R28: 21 labels, their 21 units 件, then only 3 values (2 2 2: the blank cells left nothing), then
  // the rows whose unit and value stayed together (人(次) 69218). The column reading gave up, and the labels were
  // read as rows without values: 11 printed numbers came back blank, with no warning.
  const text = read("003-zeros-blank-pdftotext.txt").toString();
  const { report, diagnostics } = parseReport(text);
  const rows = new Map(
    report.legacy.flatMap((t) => t.rows).flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])),
  );

  it("reads the rows whose unit and value stayed together: 政府信息公开咨询(查询)数 人(次) 69218", () => {
    expect(text).toContain("人(次) 69218\n人(次) 246\n");
    expect(rows.get("legacy_yn.consultation.total")?.cell.value).toBe(69218);
    expect(rows.get("legacy_yn.consultation.handled")?.cell.value).toBe(307);
  });

  it("leaves the 21 labels of the unit column unread, and says so, instead of blank", () => {
    expect(text).toContain("件\n件\n\n2\n2\n2\n");
    expect(rows.has("legacy_yn.replies.total")).toBe(false);
    expect(rows.has("legacy_yn.applications.channel.mail")).toBe(false);
    const blank = [...rows.values()].filter((r) => r.unit === "件" && r.cell.status === "blank");
    expect(blank.map((r) => r.id).filter((id) => id?.startsWith("legacy_yn.replies"))).toEqual([]);
    const warning = diagnostics.find((d) => d.code === "legacy-values-unplaced");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toContain("21 labels");
    expect(warning?.message).toContain("but 3 values");
  });
});

describe("003-sparse-blank-pdftotext.txt (column by column; a row's unit alone where its value was printed blank)", () => {
  // Red team R28 / review RV31: after the unit and value columns, the rows whose unit and value stayed together,
  // some of them a unit alone (人(次), its value blank). The pairing stopped at the first lone unit, so the labels
  // were left unplaced and the rest read as one untyped row across columns, each of its five cells given the
  // remark 网站 that the text gives 68947 alone.
  const text = read("003-sparse-blank-pdftotext.txt").toString();
  const { report } = parseReport(text);
  const rows = report.legacy.flatMap((t) => t.rows);
  const typed = new Map(rows.flatMap((r) => (r.id === null ? [] : [[r.id, r] as const])));

  it("reads a lone unit as a row whose value was printed blank: 人(次) 69218 / 人(次) / 人(次) 68947 网站", () => {
    expect(text).toContain("人(次) 69218\n人(次)\n人(次) 68947 网站\n");
    expect(typed.get("legacy_yn.consultation.total")?.cell.value).toBe(69218);
    expect(typed.get("legacy_yn.consultation.phone")?.cell.status).toBe("blank");
    const online = typed.get("legacy_yn.consultation.online");
    expect([online?.cell.value, online?.remark]).toEqual([68947, "网站"]);
    expect(typed.get("legacy_yn.consultation.handled")?.cell.value).toBe(307);
  });

  it("gives the remark 网站 to no other row", () => {
    expect(rows.filter((r) => r.remark === "网站").map((r) => r.id)).toEqual(["legacy_yn.consultation.online"]);
  });
});

describe("the pieces", () => {
  it("a header line 单位 数量 备注 whose 项目 stood apart keeps the label column first", () => {
    const columns = textHeaderColumns("单位 数量 备注");
    expect(columns).toMatchObject({ label: 0, unit: 1, values: [{ col: 2, name: "数量" }], remark: 3 });
  });

  const cell = (text: string): GridCell => ({
    text,
    position: { line: 1, column: 1, offset: 0 },
    rowSpan: 1,
    colSpan: 1,
    anchor: true,
  });
  const texts = (rows: GridCell[][] | undefined) => rows?.map((r) => r.map((c) => c.text).join(" | "));

  it("pairs a label column with the unit and value columns after it, a section heading keeping no unit", () => {
    const cells = ["a数", "b数", "三、咨询情况", "c数", "件", "件", "3", "0", "人(次) 5 网站"].map(cell);
    expect(texts(columnRows(cells, 0, 4)?.rows)).toEqual([
      "a数 | 件 | 3",
      "b数 | 件 | 0",
      "三、咨询情况",
      "c数 | 人(次) 5 网站",
    ]);
  });

  it("places nothing when the units counted are not as many as the labels, and tells how many of each", () => {
    const cells = ["a数", "二、情况", "b数", "c数", "件", "件", "3", "0"].map(cell);
    const read = columnRows(cells, 0, 4);
    expect(texts(read?.rows)).toEqual(["二、情况"]);
    expect([read?.next, read?.unplaced?.first.text, read?.unplaced?.last]).toEqual([8, "a数", "c数"]);
    expect([read?.unplaced?.labels, read?.unplaced?.units]).toEqual([3, 2]);
  });

  const rowOf = (...texts: string[]) => texts.map((text, col) => ({ text, col, cell: cell(text) }));
  const split = (...texts: string[]) => expandInline(rowOf(...texts)).map((c) => `${c.col}:${c.text}`);

  it("splits a value cell holding its remark after the unit (pdftotext -layout on A4: 人(次) | 68947 网站)", () => {
    expect(split("2.网络查询数", "人(次)", "68947 网站")).toEqual(["0:2.网络查询数", "1:人(次)", "2:68947", "3:网站"]);
    expect(split("4.其它方式(请说明)", "人(次) 0 无")).toEqual(["0:4.其它方式(请说明)", "1:人(次)", "2:0", "3:无"]);
  });

  it("splits no label opening with a number, nor a value followed by a unit", () => {
    expect(split("主动公开", "2 其他方式", "件", "3")).toEqual(["0:主动公开", "1:2 其他方式", "2:件", "3:3"]);
    expect(split("收到申请数", "件", "72 件")).toEqual(["0:收到申请数", "1:件", "2:72 件"]);
  });

  it("reads no column when fewer than two units follow the labels", () => {
    expect(columnRows(["a数", "b数", "件", "3"].map(cell), 0, 2)).toBeNull();
  });
});

describe("a remark 无 in a cell of its own after a 'unit value' cell (rst simple table, R23 D2)", () => {
  // 003's 三、咨询情况 as docutils prints an rst simple table: the header row (项目 单位 数量 备注) is a text line,
  // so the grid rows have no column roles, and 0 | 无 stand in cells of their own.
  it("keeps 无 as the row's remark: no second row typed as another item (was legacy_yn.appeal.other = 无)", () => {
    const rows = parseReport(read("003-rst-simple-remark.txt")).report.legacy.flatMap((t) => t.rows);
    expect(rows.map((r) => `${r.id}=${r.cell.raw}|${r.remark ?? ""}`)).toEqual([
      "legacy_yn.consultation.total=69218|",
      "legacy_yn.consultation.phone=246|",
      "legacy_yn.consultation.online=68947|网站",
      "legacy_yn.consultation.on_site=25|",
      "legacy_yn.consultation.other=0|无",
      "legacy_yn.consultation.handled=307|",
      "legacy_yn.consultation.handled_phone=246|",
      "legacy_yn.consultation.handled_online=36|",
      "legacy_yn.consultation.handled_on_site=25|",
      "legacy_yn.consultation.handled_other=0|无",
    ]);
  });
});
