/**
 * The reference catalogue and README stay complete: every diagnostic code emitted in src/ is catalogued (and
 * nothing else), every code and rule id is in README's reference table, README lists exactly the runtime and type
 * exports, and the CLI output pasted in README is what the CLI prints.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { format } from "node:util";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type DiagnosticCodeInfo } from "../../src/diagnostic-codes.js";
import {
  DECODE_ERROR_CODES,
  formatFindings,
  normalizeReport,
  parseReport,
  RULES,
  validateReport,
} from "../../src/index.js";
import { ROOT, xxgk } from "../cli/helpers.js";

/**
 * The names src/index.ts exports as types only (interfaces and type aliases, not values), read by the
 * TypeScript compiler from the module's export table, `export *` and aliases followed.
 */
function exportedTypeNames(): string[] {
  const entry = join(ROOT, "src/index.ts");
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error("src/index.ts was not read by the compiler");
  return checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return (target.flags & ts.SymbolFlags.Value) === 0;
    })
    .map((symbol) => symbol.name);
}

const SRC = join(ROOT, "src");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
}

/** `code → severities` of every diagnostic literal in src/ (object literals and `diagnostic(...)` calls). */
function emittedCodes(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (code: string, severity: string) => out.set(code, (out.get(code) ?? new Set()).add(severity));
  const patterns = [
    /\bcode:\s*"([a-z][a-z-]*)",\s*severity:\s*"(error|warning|info)"/g,
    /\bdiagnostic\(\s*"([a-z][a-z-]*)",\s*"(error|warning|info)"/g,
  ];
  for (const file of sourceFiles(SRC)) {
    if (relative(SRC, file) === "diagnostic-codes.ts") continue;
    const text = readFileSync(file, "utf8");
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) add(m[1]!, m[2]!);
    // Any other code literal, in whatever form, shows up with no severity and fails the severity check.
    for (const m of text.matchAll(/\b(?:code:\s*|diagnostic\(\s*)"([a-z][a-z-]*)"/g)) {
      if (!out.has(m[1]!)) out.set(m[1]!, new Set());
    }
  }
  // Decode errors reach parse results as `{ code: decoded.code, severity: "error" }` (src/parse.ts).
  for (const code of DECODE_ERROR_CODES) add(code, "error");
  return out;
}

/** The text between two HTML comment markers of README. */
function between(start: string, end: string): string {
  const a = README.indexOf(`<!-- ${start} -->`);
  const b = README.indexOf(`<!-- ${end} -->`);
  expect(a).toBeGreaterThan(-1);
  expect(b).toBeGreaterThan(a);
  return README.slice(a, b);
}

/** The first column ids (`x`) of the Markdown table rows in a text. */
function firstColumnIds(text: string): string[] {
  return [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

/** A `$ …xxgk…` command shown in README with the output and exit code pasted under it. */
interface ShownCommand {
  line: string;
  argv: string[];
  stdin: string;
  head: number | null;
  discardStdout: boolean;
  output: string;
  exitCode: number | null;
}

/** Every `$ xxgk …` (or `$ printf '' | xxgk …`) line of README's code blocks, with what follows it. */
function shownCommands(): ShownCommand[] {
  const lines = README.split("\n");
  const out: ShownCommand[] = [];
  lines.forEach((line, i) => {
    const m = /^\$ (printf '' \| )?xxgk (.*)$/.exec(line);
    if (!m) return;
    let rest = m[2]!;
    let head: number | null = null;
    let discardStdout = false;
    const headMatch = / \| head -(\d+)$/.exec(rest);
    if (headMatch) {
      head = Number(headMatch[1]);
      rest = rest.slice(0, headMatch.index);
    }
    const redirect = / > \S+$/.exec(rest);
    if (redirect) {
      discardStdout = true;
      rest = rest.slice(0, redirect.index);
    }
    const argv = [...rest.matchAll(/'([^']*)'|(\S+)/g)].map((t) => t[1] ?? t[2]!);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith("$ ") && !lines[j]!.startsWith("```")) body.push(lines[j++]!);
    const exitCode = lines[j] === "$ echo $?" ? Number(lines[j + 1]) : null;
    out.push({ line, argv, stdin: "", head, discardStdout, output: body.map((l) => `${l}\n`).join(""), exitCode });
  });
  return out;
}

/** The lines of the README code block that follows a `$ command` line, up to the next `$ ` line or fence. */
function pastedOutput(command: string): string {
  const start = README.indexOf(`$ ${command}\n`);
  expect(start, command).toBeGreaterThan(-1);
  const rest = README.slice(start + command.length + 3);
  const end = rest.search(/^(\$ |```)/m);
  return rest.slice(0, end);
}

describe("DIAGNOSTIC_CODES", () => {
  const emitted = emittedCodes();
  const catalogued = new Map<string, DiagnosticCodeInfo>(DIAGNOSTIC_CODES.map((d) => [d.code, d]));

  it("has every code src/ emits, with the severity it is emitted with", () => {
    // Read off src/ by hand (39 with columns-reordered, columns-order-unsure, columns-missing, legacy-values-unplaced, word-boxes-read, cell-values-split, frame-missing-values, row-part-and-total, input-replacement-characters, input-flattened-table and input-cells-joined): decode, not-a-report, html reader, recognizer, legacy codes.
    expect(emitted.size).toBe(39);
    for (const [code, severities] of emitted) {
      expect(catalogued.has(code), code).toBe(true);
      expect([...severities], code).toEqual([catalogued.get(code)!.severity]);
    }
  });

  it("has no stale entry and no duplicate", () => {
    for (const d of DIAGNOSTIC_CODES) expect(emitted.has(d.code), d.code).toBe(true);
    expect(catalogued.size).toBe(DIAGNOSTIC_CODES.length);
  });

  it("describes each code in both languages", () => {
    for (const d of DIAGNOSTIC_CODES) {
      expect(d.description.en.length, d.code).toBeGreaterThan(10);
      expect(d.description.zh, d.code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("matches the diagnostics real parses produce", () => {
    expect(parseReport("").diagnostics).toEqual([expect.objectContaining({ code: "input-empty", severity: "error" })]);
    expect(parseReport("hello world").diagnostics[0]).toMatchObject({ code: "not-a-report", severity: "error" });
    const pdf = parseReport(new TextEncoder().encode("%PDF-1.7\n"));
    expect(pdf.diagnostics[0]).toMatchObject({ code: "input-binary", severity: "error" });
    const clamped = parseReport('<table><tr><td rowspan="5000">规章</td><td>1</td></tr></table>').diagnostics;
    expect(clamped.find((d) => d.code === "span-clamped")?.severity).toBe("warning");
    for (const dir of ["test/fixtures/seeds", "test/fixtures/corpus"]) {
      for (const name of readdirSync(join(ROOT, dir))) {
        for (const d of parseReport(readFileSync(join(ROOT, dir, name))).diagnostics) {
          expect(catalogued.get(d.code)?.severity, `${name}: ${d.code}`).toBe(d.severity);
        }
      }
    }
  });
});

describe("README", () => {
  it("reference table lists every diagnostic code and every rule id, and nothing else", () => {
    const ids = firstColumnIds(between("reference:start", "reference:end"));
    const expected = [...DIAGNOSTIC_CODES.map((d) => d.code), ...RULES.map((r) => r.id)];
    expect(ids).toEqual(expected);
    expect(ids).toContain("T3-BAL");
    expect(ids).toContain("row-unrecognized");
  });

  it("reference table gives each rule its severity and scope", () => {
    const table = between("reference:start", "reference:end");
    for (const r of RULES) expect(table).toContain(`| \`${r.id}\` | rule | ${r.severity} | ${r.scope} |`);
    for (const d of DIAGNOSTIC_CODES) {
      expect(table).toContain(`| \`${d.code}\` | diagnostic | ${d.severity} | ${d.stage} |`);
    }
    // Descriptions as scripts/gen-reference.mjs writes them (pipes escaped): the table is not stale.
    const cell = (t: string) => t.replaceAll("|", "\\|").replaceAll("\n", " ");
    for (const { description } of [...DIAGNOSTIC_CODES, ...RULES]) {
      expect(table).toContain(`| ${cell(description.en)} | ${cell(description.zh)} |`);
    }
  });

  it("export list matches the runtime exports of src/index.ts", async () => {
    const api = await import("../../src/index.js");
    const listed = firstColumnIds(between("exports:start", "exports:end"));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(Object.keys(api).sort());
  });

  it("lists every exported type, once (read from src/index.ts by the TypeScript compiler)", () => {
    const section = README.slice(README.indexOf("### Types"), README.indexOf("## CLI"));
    const listed = [...section.matchAll(/`([A-Z]\w*)`/g)].map((m) => m[1]!);
    expect(new Set(listed).size).toBe(listed.length);
    const exported = exportedTypeNames();
    // The compiler sees the same types the package's .d.ts exports (91 when this test was written).
    expect(exported.length).toBeGreaterThanOrEqual(91);
    expect([...listed].sort()).toEqual(exported.sort());
  }, 30_000);

  it("quick start is the two commands, first", () => {
    const quick = README.slice(README.indexOf("## Quick start"), README.indexOf("## Install"));
    expect(README.indexOf("## Quick start")).toBeLessThan(README.indexOf("```"));
    expect(quick).toContain("npm install && npm run demo");
    expect(quick).toContain("npm test");
  });

  it("example prints what README shows (console.log formatting via util.format)", () => {
    const { report, diagnostics } = parseReport(readFileSync(join(ROOT, "examples/reports/hongzequ-2024.txt")));
    const { raw, value, status, source } = report.cells["applications.new.total"] ?? {};
    const handled = normalizeReport(report).metrics.find((m) => m.id === "applications.handled");
    const printed = [
      format(report.meta.orgName, report.meta.year, report.meta.formatEra, report.meta.shape),
      format({ raw, value, status, line: source?.line }, diagnostics.length),
      format(handled?.value, handled?.mapping),
      format(formatFindings(validateReport(report), { lang: "en" }) || "no findings"),
    ];
    // Read off examples/reports/hongzequ-2024.txt: 本年新收 总计 95 on line 81, 办结 总计 95.
    expect(printed[1]).toBe("{ raw: '95', value: 95, status: 'number', line: 81 } 0");
    const block = README.slice(README.indexOf("Output (run from"));
    const body = block.slice(block.indexOf("```text\n") + 8, block.indexOf("\n```", block.indexOf("```text")));
    // The findings' lines are one printed string (formatFindings joins them with line breaks).
    expect(body.split("\n")).toEqual(printed.flatMap((p) => p.split("\n")));
  });

  it("shows the real output and exit code of every CLI command it pastes", async () => {
    const shown = shownCommands();
    expect(shown.length).toBeGreaterThanOrEqual(8);
    for (const c of shown) {
      const { code, stdout, stderr } = await xxgk(c.argv, c.stdin === "" ? {} : { stdin: c.stdin });
      // As a terminal shows it: CSV's CRLF row ends (RFC 4180) print like LF.
      let lines = (c.discardStdout ? "" : stdout).split("\n").map((l) => l.replace(/\r$/, ""));
      if (lines.at(-1) === "") lines.pop();
      if (c.head !== null) lines = lines.slice(0, c.head);
      const printed = lines.map((l) => `${l}\n`).join("");
      expect(c.output, c.line).toBe(printed + stderr);
      if (c.exitCode !== null) expect(code, c.line).toBe(c.exitCode);
      else expect(code, c.line).toBe(0);
    }
  });

  it("shows the real `xxgk check` output of a bundled report with wrong Table 四 totals", async () => {
    const { code, stdout } = await xxgk(["check", "examples/reports/hongzequ-2023.txt", "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain("Table 4 / Administrative reconsideration / Total: 0 ≠ 10 + 1 = 11");
    expect(pastedOutput("xxgk check examples/reports/hongzequ-2023.txt --lang en")).toBe(stdout);
  });
});
