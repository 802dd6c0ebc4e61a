// Which rows end in their own total is read off the layout's identities (T3-ROW), not off a column named
// `total`: the short-row rules of PDF text (one part and the total; a total grouped by thousands) follow it.
import { describe, expect, it } from "vitest";
import { endsInTotal } from "../../src/recognize/row-settle.js";
import { GB2019 } from "../../src/templates/gb2019.js";
import { GB2021 } from "../../src/templates/gb2021.js";
import type { Identity, TableTemplate } from "../../src/templates/types.js";

const table = (id: string, template = GB2021): TableTemplate => template.tables.find((t) => t.id === id)!;

describe("endsInTotal", () => {
  it("is true for every row of Table 三 in both layouts (每行总计 = 六类申请人之和)", () => {
    for (const template of [GB2021, GB2019]) {
      const applications = table("applications", template);
      const ends = applications.rows.map((row) => endsInTotal(applications, row, template.identities));
      expect(ends.length).toBeGreaterThan(20);
      expect(ends.every(Boolean)).toBe(true);
    }
  });

  it("is false for Table 二's rows, whose last column is no sum of the others", () => {
    const active = table("active_disclosure");
    expect(active.rows.some((row) => endsInTotal(active, row, GB2021.identities))).toBe(false);
  });

  it("is false for a column named total that no identity sums", () => {
    const applications = table("applications");
    expect(endsInTotal(applications, applications.rows[0]!, [])).toBe(false);
  });

  it("follows an identity whose total column has another name", () => {
    const row = { ...table("applications").rows[0]! };
    row.columns = row.columns.map((c) => (c.id === "total" ? { ...c, id: "sum" } : c));
    const renamed: TableTemplate = { ...table("applications"), rows: [row] };
    const ids = row.columns.map((c) => `applications.${row.id}.${c.id}`);
    const identity: Identity = {
      id: "X-ROW",
      severity: "error",
      description: { zh: "合计", en: "sum" },
      equations: [{ lhs: [ids.at(-1)!], rhs: ids.slice(0, -1), label: { zh: "合计", en: "sum" } }],
    };
    expect(endsInTotal(renamed, row, [identity])).toBe(true);
    // Not when the identity leaves a column out of the sum.
    const partial: Identity = { ...identity, equations: [{ ...identity.equations[0]!, rhs: ids.slice(1, -1) }] };
    expect(endsInTotal(renamed, row, [partial])).toBe(false);
  });
});
