import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { ParseResultSchema } from "../../src/schema/report.js";

const ROOT = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Every report-like fixture file (txt, md, html), by path under test/fixtures. */
function fixtureFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtureFiles(path));
    else if (/\.(txt|md|html?)$/u.test(name)) out.push(path);
  }
  return out;
}

const FILES = fixtureFiles();

/** The schema's complaints about a parse result (none when it holds). */
const issues = (input: string | Uint8Array) => {
  const checked = ParseResultSchema.safeParse(parseReport(input));
  return checked.success ? [] : checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("every fixture's parse result, and its renders', satisfy the ParseResult contract (red team R19)", () => {
  it("finds the fixtures", () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it.each(FILES.map((f) => [f.slice(ROOT.length)]))("%s", (name) => {
    const bytes = readFileSync(join(ROOT, name));
    expect(issues(bytes)).toEqual([]);
    const { report } = parseReport(bytes);
    for (const shape of SHAPES) expect(issues(renderReport(report, shape)), shape).toEqual([]);
  });
});
