import { describe, expect, it } from "vitest";
import { legacyLabelKey } from "../../src/recognize/legacy-match.js";
import { LEGACY_TEMPLATES, legacyIdOf, legacyTemplateOfId } from "../../src/templates/legacy.js";
import type { Term } from "../../src/templates/types.js";

const termIds = (t: Term): string[] => (typeof t === "string" ? [t] : t.oneOf.flat());

describe("legacy templates (data integrity)", () => {
  it("registers the three families with distinct prefixes and the expected eras", () => {
    expect(LEGACY_TEMPLATES.map((t) => [t.id, t.era])).toEqual([
      ["legacy_yn", "legacy_provincial"],
      ["legacy_national", "legacy_national"],
      ["legacy_sh", "legacy_provincial"],
    ]);
  });

  for (const template of LEGACY_TEMPLATES) {
    describe(template.id, () => {
      const ids = template.rows.map((r) => legacyIdOf(template, r));

      it("has unique row ids and a label and unit on every row", () => {
        expect(new Set(ids).size).toBe(ids.length);
        for (const row of template.rows) {
          expect(row.labels.length).toBeGreaterThan(0);
          expect(row.unit).not.toBe("");
        }
      });

      it("has identities over its own typed ids only (in the report year's column, 本年累计, 历年累计 or 上年)", () => {
        const suffixes = ["", ".year_to_date", ".cumulative", ".previous_year"];
        const known = new Set(ids.flatMap((id) => suffixes.map((suffix) => `${id}${suffix}`)));
        for (const identity of template.identities) {
          for (const eq of identity.equations) {
            for (const id of [...eq.lhs, ...eq.rhs].flatMap(termIds))
              expect(known, `${identity.id}: ${id}`).toContain(id);
          }
        }
      });

      it("finds itself from a typed id", () => {
        expect(legacyTemplateOfId(ids[0]!)).toBe(template);
      });

      it("repeats a label with the same unit only where the layout prints it under two parents", () => {
        const seen = new Map<string, string>();
        const repeats: string[] = [];
        for (const row of template.rows) {
          const key = `${legacyLabelKey(row.labels[0]!)}|${row.unit}`;
          if (seen.has(key)) repeats.push(`${seen.get(key)} / ${row.id}`);
          else seen.set(key, row.id);
        }
        // Repeats told apart by order: yn's fee breakdown (1.检索费 … under 收费 and under 减免) and the national
        // （二）被依法纠错数 / （三）其他情形数 under 行政复议 and under 行政诉讼.
        const allowed = ({ legacy_yn: 3, legacy_national: 2 } as Record<string, number>)[template.id] ?? 0;
        expect(repeats).toHaveLength(allowed);
      });
    });
  }

  it("writes the rule ids of formats.md §6.2–6.3", () => {
    const ruleIds = (id: string) => LEGACY_TEMPLATES.find((t) => t.id === id)!.identities.map((i) => i.id);
    expect(ruleIds("legacy_national")).toEqual(
      expect.arrayContaining([
        "L-REC",
        "L-CLOSED",
        "L-REPLY",
        "L-REFUSE",
        "L-REV",
        "L-LIT",
        "L-STAFF",
        "L-CHAN",
        "L-RESP",
        "L-PRINC",
        "L-CLOSE-S",
      ]),
    );
    expect(ruleIds("legacy_sh")).toEqual(
      expect.arrayContaining(["S-REC", "S-REPLY", "S-REFUSE", "S-CONS", "S-FULLTEXT", "S-CUM"]),
    );
  });

  it("states ≤ rules with op le and soft rules as warnings", () => {
    const national = LEGACY_TEMPLATES.find((t) => t.id === "legacy_national")!;
    const chan = national.identities.find((i) => i.id === "L-CHAN")!;
    expect(chan.severity).toBe("warning");
    expect(chan.equations[0]).toMatchObject({ op: "le", lhs: ["legacy_national.active.total"] });
    // L-REFUSE (S, ≥ is H): refused = Σ reasons, an error when below the reasons, a warning when above.
    const refuse = national.identities.find((i) => i.id === "L-REFUSE")!;
    expect(refuse.severity).toBe("error");
    expect(refuse.equations[0]).toMatchObject({ lhs: ["legacy_national.replies.refused"], warnWhen: "lhs>rhs" });
    const resp = national.identities.find((i) => i.id === "L-RESP")!;
    expect(resp.severity).toBe("warning");
    expect(resp.equations[0]).toMatchObject({ op: "le", lhs: ["legacy_national.response.hot_issues"] });
  });
});
