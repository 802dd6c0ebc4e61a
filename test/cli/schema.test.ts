import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { xxgk } from "./helpers.js";

describe("xxgk schema", () => {
  it("prints the report schema by default: a valid draft 2020-12 schema", async () => {
    const out = await xxgk(["schema"]);
    expect(out.code).toBe(0);
    const schema = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://unpkg.com/xxgk-annual-report/dist/schema.json");
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect((schema.required as string[]).sort()).toEqual(
      ["cells", "extraRows", "legacy", "meta", "schemaVersion", "sections", "tables"].sort(),
    );
  });

  it("prints the parse-result and finding schemas by name", async () => {
    const pr = JSON.parse((await xxgk(["schema", "parse-result"])).stdout) as Record<string, unknown>;
    expect(pr.$id).toBe("https://unpkg.com/xxgk-annual-report/dist/parse-result.json");
    expect(Object.keys(pr.properties as object).sort()).toEqual(["diagnostics", "report"]);
    const f = JSON.parse((await xxgk(["schema", "finding"])).stdout) as Record<string, unknown>;
    expect(f.type).toBe("array");
  });

  it("rejects an unknown schema name with exit 2", async () => {
    const out = await xxgk(["schema", "nope"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain('unknown schema "nope" (expected report, parse-result, finding)');
  });
});
