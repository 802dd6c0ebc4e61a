import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";
import { EXPECTED, SEED_003 } from "./seed003.js";

describe("seed 003 through parseReport", () => {
  const { report } = parseReport(SEED_003);

  it("is a legacy_provincial report holding every statistics-table row", () => {
    expect(report.meta.formatEra).toBe("legacy_provincial");
    expect(report.legacy).toHaveLength(1);
    expect(
      report.legacy[0]!.rows.map((r) => ({
        section: r.section,
        label: r.label,
        unit: r.unit,
        raw: r.cell.raw,
        remark: r.remark,
        line: r.cell.source.line,
        id: r.id,
      })),
    ).toEqual(EXPECTED.rows);
  });

  it("satisfies the legacy_yn identities (validateReport finds no Y-* or NONNEG rule broken)", () => {
    const broken = validateReport(report).filter((f) => f.rule.startsWith("Y-") || f.rule === "NONNEG");
    expect(broken).toEqual([]);
  });

  it("breaks Y-REC when a channel count is changed", () => {
    const mutated = structuredClone(report);
    const mail = mutated.legacy[0]!.rows.find((r) => r.id === "legacy_yn.applications.channel.mail")!;
    mail.cell = { ...mail.cell, raw: "3", value: 3, status: "number" };
    const rules = validateReport(mutated).map((f) => f.rule);
    expect(rules).toContain("Y-REC");
  });
});
