import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { ROOT, xxgk } from "./helpers.js";

const DISTRICT = readFileSync(path.join(ROOT, "test/fixtures/corpus/024_2024_hongzequ.txt"), "utf8").split("\n");
const dir = tempDir("xxgk-check-parse-");
/** 024 with its lines edited (1-based line numbers). */
const draft = (name: string, edits: Record<number, (line: string) => string>): string => {
  const lines = DISTRICT.map((line, i) => edits[i + 1]?.(line) ?? line);
  const file = path.join(dir, name);
  writeFileSync(file, lines.join("\n"));
  return file;
};
// Line 150 is Table 四's row of 15 numbers (… 0 3): a 16th number is more than the table has columns for.
const EXTRA = draft("extra.txt", { 150: (l) => `${l} 7` });
// Line 92 is （一）予以公开 50 0 0 0 0 0 50: one 0 dropped leaves 6 values for 7 columns.
const SHORT = draft("short.txt", { 92: (l) => l.replace("50 0 0 0 0 0 50", "50 0 0 0 0 50") });

describe("xxgk check shows what the parser could not read (red team R21)", () => {
  it("a 16th number in a Table 四 row: a row-extra-values warning at its line (was: exit 0, nothing printed)", async () => {
    expect(DISTRICT[149]).toMatch(/ 3$/);
    const out = await xxgk(["check", EXTRA, "-j", "1"]);
    expect(out.stdout).toMatch(new RegExp(`^${EXTRA}:150:\\d+ +warning +row-extra-values +解析：第150行`, "m"));
    expect(out.code).toBe(0);
    expect((await xxgk(["check", EXTRA, "-j", "1", "--fail-on", "warning"])).code).toBe(1);
    const json = JSON.parse((await xxgk(["check", EXTRA, "-j", "1", "--format", "json"])).stdout) as {
      rule: string;
      severity: string;
      source?: { line: number };
    }[];
    expect(json.filter((f) => f.rule === "row-extra-values").map((f) => [f.severity, f.source?.line])).toEqual([
      ["warning", 150],
    ]);
  });

  it("a short PDF row: one warning at the row, STRUCT-ROW-UNREAD, which explains the parser's", async () => {
    expect(DISTRICT[91]).toContain("50 0 0 0 0 0 50");
    const out = await xxgk(["check", SHORT, "-j", "1", "--format", "json"]);
    const findings = JSON.parse(out.stdout) as { rule: string; severity: string; source?: { line: number } }[];
    const atRow = findings.filter((f) => f.source?.line === 92);
    expect(atRow.map((f) => [f.rule, f.severity])).toEqual([["STRUCT-ROW-UNREAD", "warning"]]);
  });
});
