/**
 * A cell's `value` follows its `status`: a number when `status` is "number", null otherwise, in the TypeScript
 * type (a union on `status`), in the zod schema and in the published JSON Schema.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { readCellValue } from "../../src/recognize/cell-value.js";
import { type Cell, CellSchema } from "../../src/schema/common.js";
import { jsonSchema } from "../../src/schema/json-schema.js";

const source = { line: 1, column: 1, offset: 0 };

describe("Cell", () => {
  it("narrows value by status in TypeScript", () => {
    expectTypeOf<Extract<Cell, { status: "number" }>["value"]>().toEqualTypeOf<number>();
    expectTypeOf<Exclude<Cell, { status: "number" }>["value"]>().toEqualTypeOf<null>();
    expectTypeOf<Exclude<Cell, { status: "number" }>["status"]>().toEqualTypeOf<"blank" | "na" | "text">();
    const sum = (cells: Cell[]) => cells.reduce((n, c) => (c.status === "number" ? n + c.value : n), 0);
    expect(
      sum([
        { raw: "3", value: 3, status: "number", source },
        { raw: "", value: null, status: "blank", source },
      ]),
    ).toBe(3);
  });

  it("is checked by the zod schema: a value that contradicts the status fails", () => {
    expect(CellSchema.safeParse({ raw: "3", value: 3, status: "number", source }).success).toBe(true);
    expect(CellSchema.safeParse({ raw: "-", value: null, status: "na", source }).success).toBe(true);
    expect(CellSchema.safeParse({ raw: "3", value: null, status: "number", source }).success).toBe(false);
    expect(CellSchema.safeParse({ raw: "", value: 0, status: "blank", source }).success).toBe(false);
    expect(CellSchema.safeParse({ raw: "见附件", value: 1, status: "text", source }).success).toBe(false);
  });

  it("every reading of readCellValue makes a valid cell", () => {
    for (const raw of ["0", "2,473", "1.5万元", "", "-", "无", "见附件", "007", "+12", "１２"]) {
      expect(CellSchema.safeParse({ raw, ...readCellValue(raw), source }).success, raw).toBe(true);
    }
  });

  it("is a union on status in the published JSON Schema (report)", () => {
    const text = JSON.stringify(jsonSchema("report"));
    expect(text).toContain('"status":{"type":"string","const":"number"');
    expect(text).toContain('"value":{"type":"null"');
  });
});
