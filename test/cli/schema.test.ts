import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { xxgk } from "./helpers.js";

/** The package version, read off package.json: the `$id`s are versioned URLs. */
const { version: VERSION } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

describe("xxgk schema", () => {
  it("prints the report schema by default: a valid draft 2020-12 schema", async () => {
    const out = await xxgk(["schema"]);
    expect(out.code).toBe(0);
    const schema = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`https://unpkg.com/xxgk-annual-report@${VERSION}/dist/schema.json`);
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect((schema.required as string[]).sort()).toEqual(
      ["cells", "extraRows", "legacy", "meta", "schemaVersion", "sections", "tables"].sort(),
    );
  });

  it("prints the parse-result and finding schemas by name", async () => {
    const pr = JSON.parse((await xxgk(["schema", "parse-result"])).stdout) as Record<string, unknown>;
    expect(pr.$id).toBe(`https://unpkg.com/xxgk-annual-report@${VERSION}/dist/parse-result.schema.json`);
    expect(Object.keys(pr.properties as object).sort()).toEqual(["diagnostics", "report"]);
    const f = JSON.parse((await xxgk(["schema", "finding"])).stdout) as Record<string, unknown>;
    expect(f.type).toBe("array");
  });

  it("rejects an unknown schema name with exit 2", async () => {
    const out = await xxgk(["schema", "nope"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(
      'unknown schema "nope" (expected report, parse-result, finding, parse-line, parse-batch, check-result, ' +
        "check-line, check-batch, normalize-row, normalize-batch, diff, series)",
    );
  });

  it("prints the schema of each CLI output by name: parse-line has path, report and diagnostics", async () => {
    const line = JSON.parse((await xxgk(["schema", "parse-line"])).stdout) as Record<string, unknown>;
    expect(line.$id).toBe(`https://unpkg.com/xxgk-annual-report@${VERSION}/dist/parse-line.schema.json`);
    expect(Object.keys(line.properties as object)).toEqual(["path", "report", "diagnostics"]);
    expect((line.required as string[]).sort()).toEqual(["diagnostics", "path", "report"]);
    const batch = JSON.parse((await xxgk(["schema", "parse-batch"])).stdout) as Record<string, unknown>;
    expect(batch.type).toBe("array");
    expect((batch.items as Record<string, unknown>).properties).toEqual(line.properties);
    const check = JSON.parse((await xxgk(["schema", "check-line"])).stdout) as Record<string, unknown>;
    expect(Object.keys(check.properties as object)).toEqual(["path", "findings"]);
    const diff = JSON.parse((await xxgk(["schema", "diff"])).stdout) as Record<string, unknown>;
    expect(Object.keys(diff.properties as object)).toEqual([
      "older",
      "newer",
      "sameEra",
      "fields",
      "metrics",
      "unchanged",
      "findings",
    ]);
    const series = JSON.parse((await xxgk(["schema", "series"])).stdout) as Record<string, unknown>;
    expect(Object.keys(series.properties as object)).toEqual(["reports", "metrics", "pairs"]);
  });

  it("--help names every schema with the output it describes", async () => {
    const out = await xxgk(["schema", "--help"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^usage: xxgk schema \[report\|parse-result\|finding\]\n/);
    expect(out.stdout).toMatch(
      /\n {2}parse-line {2,}\{ path, report, diagnostics \}: one line of `xxgk parse --format ndjson`\n/,
    );
    expect(out.stdout).toMatch(
      /\n {2}check-batch {2,}an array of check-line: `xxgk check --format json` for several inputs\n/,
    );
    expect(out.stdout).toMatch(/\n {2}series {2,}the series: `xxgk diff --series <inputs…> --format json`\n$/);
  });
});

describe("the package's schema exports", () => {
  it("resolve every schema name as <name>.schema.json, report included (red team R30: MODULE_NOT_FOUND)", async () => {
    const { createRequire } = await import("node:module");
    const { JSON_SCHEMA_NAMES } = await import("../../src/schema/json-schema.js");
    const require = createRequire(import.meta.url);
    for (const name of JSON_SCHEMA_NAMES) {
      const file = require.resolve(`xxgk-annual-report/${name}.schema.json`);
      expect(file.endsWith(name === "report" ? "/dist/schema.json" : `/dist/${name}.schema.json`), name).toBe(true);
    }
    expect(require.resolve("xxgk-annual-report/schema.json").endsWith("/dist/schema.json")).toBe(true);
  });
});
