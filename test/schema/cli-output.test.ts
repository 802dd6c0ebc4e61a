/**
 * Every JSON / NDJSON shape the CLI writes validates against the JSON Schema `xxgk schema <name>` publishes
 * (ajv, draft 2020-12), over the real fixtures; and each schema rejects a value of the wrong type.
 */
import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { NORMALIZED_COLUMNS, type NormalizedRow } from "../../src/normalize/rows.js";
import type { NormalizedRowOutput } from "../../src/schema/cli-output.js";
import { JSON_SCHEMA_NAMES, type JsonSchemaName, jsonSchema } from "../../src/schema/json-schema.js";
import { xxgk } from "../cli/helpers.js";

/** The package version, read off package.json: the `$id`s are versioned URLs. */
const { version: VERSION } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

const C023 = "test/fixtures/corpus/023_2023_hongzequ.txt";
const C024 = "test/fixtures/corpus/024_2024_hongzequ.txt";
const C025 = "test/fixtures/corpus/025_2024_huaianshi.txt";
const FIXTURES = [
  "test/fixtures/seeds/000_cc43e5a43c1be886.txt",
  "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt",
  "test/fixtures/seeds/002_d039ec262de9d514.txt",
  "test/fixtures/seeds/003_80aeb6f3312619ab.txt",
  "test/fixtures/seeds/004_592a88c54830d4c2.txt",
  C023,
  C024,
  C025,
  "test/fixtures/corpus/D02_2023_hongzequ_pdftotext-layout.txt",
  "test/fixtures/corpus/D03_2024_hongzequ_pdftotext-layout.txt",
];

const validators = new Map<JsonSchemaName, ValidateFunction>();

/** The validator of `xxgk schema <name>` as the CLI prints it (compiled once; strict ajv). */
async function validatorOf(name: JsonSchemaName): Promise<ValidateFunction> {
  const known = validators.get(name);
  if (known) return known;
  const out = await xxgk(["schema", name]);
  expect(out.code).toBe(0);
  const validate = new Ajv2020({ strict: true }).compile(JSON.parse(out.stdout) as object);
  validators.set(name, validate);
  return validate;
}

/** Asserts that `value` is valid against the schema `name`, showing ajv's errors when it is not. */
async function expectValid(name: JsonSchemaName, value: unknown): Promise<void> {
  const validate = await validatorOf(name);
  expect(validate(value), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

/** Asserts that `value` is rejected by the schema `name`, at the JSON pointer `at`. */
async function expectInvalid(name: JsonSchemaName, value: unknown, at: string): Promise<void> {
  const validate = await validatorOf(name);
  expect(validate(value)).toBe(false);
  expect(validate.errors?.map((e) => e.instancePath)).toContain(at);
}

/** A deep copy of JSON data, to mutate for the negative cases. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

interface Line {
  path: string;
  report: { meta: { year: number | null }; cells: Record<string, { value: number | null }> };
  diagnostics: unknown[];
}
interface CheckLine {
  path: string;
  findings: { rule: string; severity: string; expected: number | null }[];
}
interface Row {
  report: string;
  metric: string;
  value: number | null;
}

describe("xxgk schema <name>: the published schemas", () => {
  it("prints each name's schema: valid draft 2020-12 (strict ajv), $id naming its file in dist/", async () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const out = await xxgk(["schema", name]);
      expect(out.code).toBe(0);
      const schema = JSON.parse(out.stdout) as Record<string, unknown>;
      expect(schema).toEqual(jsonSchema(name));
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      const file = name === "report" ? "schema.json" : `${name}.schema.json`;
      expect(schema.$id).toBe(`https://unpkg.com/xxgk-annual-report@${VERSION}/dist/${file}`);
      expect(new Ajv2020({ strict: true }).validateSchema(schema)).toBe(true);
    }
    expect(JSON_SCHEMA_NAMES).toHaveLength(12);
  });

  it("the normalize-row schema describes the NormalizedRow type exactly", async () => {
    expectTypeOf<NormalizedRowOutput>().toEqualTypeOf<NormalizedRow>();
    const schema = jsonSchema("normalize-row");
    // The same fields in the same order as the TSV/CSV columns of `xxgk normalize`.
    expect(Object.keys(schema.properties as object)).toEqual([...NORMALIZED_COLUMNS]);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("parse: parse-result, parse-line, parse-batch", () => {
  it("each NDJSON line of `parse --format ndjson` over the 10 fixtures is a parse-line (not a parse-result)", async () => {
    const out = await xxgk(["parse", ...FIXTURES, "--format", "ndjson"]);
    expect(out.code).toBe(0);
    const lines = out.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.path)).toEqual(FIXTURES);
    for (const line of lines) await expectValid("parse-line", line);
    // The finding of red team R9: a line has `path`, which parse-result (additionalProperties: false) refuses.
    await expectInvalid("parse-result", lines[0], "");
    await expectValid("parse-batch", lines);
    // 一、本年新收政府信息公开申请数量 … 21 (023 line 79), 95 (024 line 81), 3119 (025 line 105).
    expect(lines.slice(5, 8).map((l) => l.report.cells["applications.new.total"]?.value)).toEqual([21, 95, 3119]);
    expect(lines[3]?.report.meta.year).toBe(2014);
  });

  it("`parse --format json` over several inputs is a parse-batch: files, a one-file glob, a folder", async () => {
    const files = await xxgk(["parse", ...FIXTURES, "--format", "json"]);
    expect(files.code).toBe(0);
    const batch = JSON.parse(files.stdout) as Line[];
    await expectValid("parse-batch", batch);
    expect(batch.map((l) => l.path)).toEqual(FIXTURES);
    const ndjson = await xxgk(["parse", ...FIXTURES, "--format", "ndjson"]);
    expect(
      ndjson.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as Line),
    ).toEqual(batch);
    // A glob is several documents whatever it matches: one file still gives an array of one parse-line.
    const glob = await xxgk(["parse", "test/fixtures/corpus/025_*.txt", "--format", "json"]);
    expect(glob.code).toBe(0);
    const one = JSON.parse(glob.stdout) as Line[];
    await expectValid("parse-batch", one);
    expect(one.map((l) => [l.path, l.report.cells["applications.new.total"]?.value])).toEqual([[C025, 3119]]);
    const folder = await xxgk(["parse", "test/fixtures/corpus", "--format", "json"]);
    expect(folder.code).toBe(0);
    const all = JSON.parse(folder.stdout) as Line[];
    await expectValid("parse-batch", all);
    expect(all).toHaveLength(5);
  });

  it("`parse --format json` for one file is a parse-result", async () => {
    for (const file of FIXTURES) {
      const out = await xxgk(["parse", file]);
      expect(out.code).toBe(0);
      await expectValid("parse-result", JSON.parse(out.stdout));
    }
  });

  it("rejects wrong types: a numeric path, diagnostics not an array, a string year", async () => {
    const line = JSON.parse((await xxgk(["parse", C024, "--format", "ndjson"])).stdout) as Line;
    await expectValid("parse-line", line);
    await expectInvalid("parse-line", { ...line, path: 24 }, "/path");
    await expectInvalid("parse-result", { report: line.report, diagnostics: "none" }, "/diagnostics");
    const bad = copy(line);
    (bad.report.meta as { year: unknown }).year = "2024";
    await expectInvalid("parse-batch", [line, bad], "/1/report/meta/year");
    await expectInvalid("parse-batch", line, "");
    await expectInvalid("report", { ...line.report, schemaVersion: "1" }, "/schemaVersion");
  });
});

/** 023's findings: the two Table 四 errors, then the infos (no date printed, （六）其他处理 printed as one row). */
const T023 = ["T4-REV", "T4-LR", "META-DATE-MISSING", "STRUCT-HYBRID"];

describe("check: check-result, check-line, check-batch, finding", () => {
  it("`check --format json` over the 10 fixtures is a check-batch of { path, findings }", async () => {
    const out = await xxgk(["check", ...FIXTURES, "--format", "json"]);
    expect(out.code).toBe(1);
    const batch = JSON.parse(out.stdout) as CheckLine[];
    await expectValid("check-batch", batch);
    for (const element of batch) await expectValid("check-line", element);
    expect(batch.map((b) => b.path)).toEqual(FIXTURES);
    // 023: 四、行政复议 / 行政诉讼 rows do not add up (T4-REV, T4-LR), and infos: no date printed, （六）其他处理 in
    // the 2019 form. 024 has infos only.
    expect(batch[5]?.findings.map((f) => f.rule)).toEqual(T023);
    expect(batch[6]?.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("`check --format json` over a one-file glob or a folder is a check-batch too", async () => {
    const glob = await xxgk(["check", "test/fixtures/corpus/023_*.txt", "--format", "json"]);
    expect(glob.code).toBe(1);
    const one = JSON.parse(glob.stdout) as CheckLine[];
    await expectValid("check-batch", one);
    expect(one.map((b) => [b.path, b.findings.map((f) => f.rule)])).toEqual([[C023, T023]]);
    const folder = await xxgk(["check", "test/fixtures/seeds", "--format", "json"]);
    expect(folder.code).toBe(1);
    const seeds = JSON.parse(folder.stdout) as CheckLine[];
    await expectValid("check-batch", seeds);
    expect(seeds.map((b) => b.path)).toEqual(FIXTURES.slice(0, 5));
  });

  it("`check --format json` for one file is a check-result (and a finding array)", async () => {
    const out = await xxgk(["check", C023, "--format", "json"]);
    expect(out.code).toBe(1);
    const findings = JSON.parse(out.stdout) as CheckLine["findings"];
    expect(findings.map((f) => f.rule)).toEqual(T023);
    await expectValid("check-result", findings);
    await expectValid("finding", findings);
    await expectInvalid("check-line", findings, "");
  });

  it("rejects wrong types: a string expected value, findings not an array, a numeric path", async () => {
    const findings = JSON.parse((await xxgk(["check", C023, "--format", "json"])).stdout) as CheckLine["findings"];
    const bad = copy(findings);
    (bad[0] as { expected: unknown }).expected = "12";
    await expectInvalid("check-result", bad, "/0/expected");
    await expectInvalid("finding", bad, "/0/expected");
    await expectInvalid("check-line", { path: C023, findings: {} }, "/findings");
    await expectInvalid("check-batch", [{ path: 23, findings }], "/0/path");
  });
});

describe("normalize: normalize-row, normalize-batch", () => {
  it("`normalize --format json` over the 10 fixtures is a normalize-batch, 30 metrics per report", async () => {
    const out = await xxgk(["normalize", ...FIXTURES]);
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.stdout) as Row[];
    expect(rows).toHaveLength(300);
    await expectValid("normalize-batch", rows);
    for (const row of rows) await expectValid("normalize-row", row);
    const received = rows.filter((r) => r.metric === "applications.received");
    // 003 (昆明市卫生局 2014, Yunnan legacy table): 收到申请 2.
    expect(received.map((r) => r.value)).toEqual([2, 0, 1, 2, 0, 21, 95, 3119, 21, 95]);
    expect(received.map((r) => r.report)).toEqual(FIXTURES);
  });

  it("`normalize --format json` for one file is a normalize-batch too", async () => {
    const rows = JSON.parse((await xxgk(["normalize", C024])).stdout) as Row[];
    expect(rows).toHaveLength(30);
    await expectValid("normalize-batch", rows);
  });

  it("rejects wrong types: a string value, an unknown metric, a row for a batch", async () => {
    const rows = JSON.parse((await xxgk(["normalize", C024])).stdout) as Row[];
    const row = rows[0];
    await expectInvalid("normalize-row", { ...row, value: "95" }, "/value");
    await expectInvalid("normalize-batch", [row, { ...row, metric: "applications.nope" }], "/1/metric");
    await expectInvalid("normalize-batch", row, "");
  });
});

describe("diff and series", () => {
  it("`diff 023 024 --format json` (with and without --include-unchanged) is a diff", async () => {
    for (const extra of [[], ["--include-unchanged"]]) {
      const out = await xxgk(["diff", C023, C024, "--format", "json", ...extra]);
      expect(out.code).toBe(0);
      const diff = JSON.parse(out.stdout) as { metrics: { metric: string; change: number | null }[] };
      await expectValid("diff", diff);
      expect(diff.metrics.find((m) => m.metric === "applications.received")?.change).toBe(74);
    }
  });

  it("`diff --series 023 024 025 --format json` is a series", async () => {
    const out = await xxgk(["diff", "--series", C023, C024, C025, "--format", "json"]);
    expect(out.code).toBe(0);
    const series = JSON.parse(out.stdout) as {
      reports: { year: number }[];
      metrics: { metric: string; changes: (number | null)[] }[];
    };
    await expectValid("series", series);
    expect(series.reports.map((r) => r.year)).toEqual([2023, 2024, 2024]);
    expect(series.metrics.find((m) => m.metric === "applications.received")?.changes).toEqual([74, 3024]);
  });

  it("a diff and a series across eras (003: 昆明市卫生局 2014, legacy) are valid too", async () => {
    const S003 = FIXTURES[3] ?? "";
    const out = await xxgk(["diff", S003, C023, "--format", "json"]);
    expect(out.code).toBe(0);
    const diff = JSON.parse(out.stdout) as { sameEra: boolean; fields: unknown[] };
    await expectValid("diff", diff);
    expect(diff.sameEra).toBe(false);
    expect(diff.fields).toEqual([]);
    const series = await xxgk(["diff", "--series", C024, S003, C023, "--format", "json"]);
    expect(series.code).toBe(0);
    const parsed = JSON.parse(series.stdout) as { reports: { year: number; era: string }[] };
    await expectValid("series", parsed);
    expect(parsed.reports.map((r) => `${r.year} ${r.era}`)).toEqual([
      "2014 legacy_provincial",
      "2023 gb2021",
      "2024 gb2021",
    ]);
  });

  it("rejects wrong types: a string sameEra, a fractional year", async () => {
    const diff = JSON.parse((await xxgk(["diff", C023, C024, "--format", "json"])).stdout) as Record<string, unknown>;
    await expectInvalid("diff", { ...diff, sameEra: "yes" }, "/sameEra");
    const series = JSON.parse((await xxgk(["diff", "--series", C023, C024, "--format", "json"])).stdout) as {
      reports: { year: unknown }[];
    };
    const bad = copy(series);
    (bad.reports[0] as { year: unknown }).year = 2023.5;
    await expectInvalid("series", bad, "/reports/0/year");
    await expectInvalid("series", diff, "");
  });
});
