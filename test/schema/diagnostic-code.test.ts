/**
 * `Diagnostic.code` is one of the catalogued codes (DIAGNOSTIC_CODES), in the TypeScript type, in the zod schema
 * and in the published JSON Schema: a downstream tool can switch over them, and a code the catalogue lacks is
 * a type error where it is emitted (recognize/reading.ts `diagnostic` takes a DiagnosticCode).
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../src/diagnostic-codes.js";
import { type Diagnostic, DiagnosticSchema } from "../../src/schema/common.js";
import { jsonSchema } from "../../src/schema/json-schema.js";

describe("Diagnostic.code", () => {
  it("is typed as the union of the catalogued codes", () => {
    expectTypeOf<Diagnostic["code"]>().toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<"row-unrecognized">().toExtend<DiagnosticCode>();
    expectTypeOf<"no-such-code">().not.toExtend<DiagnosticCode>();
  });

  it("is checked by the zod schema: a catalogued code passes, another fails", () => {
    const diagnostic = { severity: "warning", message: "m" };
    for (const { code } of DIAGNOSTIC_CODES)
      expect(DiagnosticSchema.safeParse({ ...diagnostic, code }).success).toBe(true);
    expect(DiagnosticSchema.safeParse({ ...diagnostic, code: "no-such-code" }).success).toBe(false);
    expect(DiagnosticSchema.safeParse({ ...diagnostic, code: "ROW-UNRECOGNIZED" }).success).toBe(false);
  });

  it("is an enum of every catalogued code, in order, in the published JSON Schema (parse-result)", () => {
    const text = JSON.stringify(jsonSchema("parse-result"));
    const codes = DIAGNOSTIC_CODES.map((c) => c.code);
    expect(codes).toHaveLength(39);
    expect(text).toContain(`"enum":${JSON.stringify(codes)}`);
  });
});
