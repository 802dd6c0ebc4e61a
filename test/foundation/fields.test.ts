import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/index.js";
import { emptyReport, FIELD_IDS, fields, GB2019, GB2021, isFieldId, toRecords } from "../../src/index.js";

const tsv = readFileSync(new URL("../fixtures/spec/fields.tsv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"));
const tsvIds = tsv.map(([id]) => id);

describe("field ids (the public contract)", () => {
  it("FIELD_IDS is exactly the fields.tsv id column, in order", () => {
    expect([...FIELD_IDS]).toEqual(tsvIds);
    expect(FIELD_IDS).toHaveLength(226);
  });

  it("the dictionary covers every id with the official labels and eras of fields.tsv", () => {
    expect(Object.keys(fields)).toEqual(tsvIds);
    for (const [id, eras, table, , , kind] of tsv) {
      const info = fields[id as keyof typeof fields];
      expect(info.eras.slice().sort(), id).toEqual(eras!.split(",").sort());
      expect(info.tableNumber, id).toBe(table);
      expect(info.kind, id).toBe(kind);
    }
    expect(fields["applications.results.total.natural_person"].label).toBe("三、（七）总计 / 自然人");
    expect(fields["applications.new.commercial_enterprise"].columnLabel).toBe("法人或其他组织/商业企业");
    expect(fields["review_litigation.litigation_direct.total"].label).toBe("四、行政诉讼 / 未经复议直接起诉 / 总计");
  });

  it("every template cell maps to a fields.tsv id and the templates cover the published cell counts", () => {
    const count = (t: typeof GB2021, printedOnly: boolean) =>
      t.tables.reduce(
        (n, table) =>
          n + table.rows.filter((r) => !printedOnly || !r.collapsedGroup).reduce((m, r) => m + r.columns.length, 0),
        0,
      );
    // formats.md: 2021 = 10 + 175 + 15 cells, 2019 = 22 + 161 + 15.
    expect(count(GB2021, true)).toBe(200);
    expect(count(GB2019, true)).toBe(198);
    expect(isFieldId("applications.new.total")).toBe(true);
    expect(isFieldId("applications.new.subtotal")).toBe(false);
    expect(isFieldId("__proto__")).toBe(false);
  });
});

describe("toRecords", () => {
  const cell = (raw: string, value: number | null, status: Cell["status"], line: number): Cell => {
    const source = { line, column: 1, offset: line * 10 };
    if (status === "number" && value !== null) return { raw, value, status, source };
    if (status !== "number" && value === null) return { raw, value, status, source };
    throw new Error("a number cell has a value, another none");
  };

  it("yields only fields.tsv ids, in fields.tsv order, for the cells present", () => {
    const report = emptyReport("pipe");
    report.cells["review_litigation.review.total"] = cell("3", 3, "number", 9);
    report.cells["applications.new.total"] = cell("", null, "blank", 4);
    report.cells["active_disclosure.fees.amount_10k_yuan"] = cell("7730.28", 7730.28, "number", 2);
    const rows = toRecords(report);
    expect(rows.map((r) => r.field)).toEqual([
      "active_disclosure.fees.amount_10k_yuan",
      "applications.new.total",
      "review_litigation.review.total",
    ]);
    expect(rows[1]).toEqual({
      field: "applications.new.total",
      value: null,
      status: "blank",
      raw: "",
      source: { line: 4, column: 1, offset: 40 },
    });
    for (const row of rows) expect(tsvIds).toContain(row.field);
  });

  it("cannot produce an unknown id: ids outside fields.tsv are never emitted", () => {
    const report = emptyReport();
    (report.cells as Record<string, Cell>)["applications.bogus.total"] = cell("1", 1, "number", 1);
    Object.defineProperty(report.cells, "__proto__", { value: cell("1", 1, "number", 1), enumerable: true });
    expect(toRecords(report)).toEqual([]);
  });
});
