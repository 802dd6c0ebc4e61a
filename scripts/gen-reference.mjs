#!/usr/bin/env node
/**
 * Regenerates README.md's reference table (every diagnostic code and every rule id) from the sources:
 * bundles src/index.ts with esbuild into a temporary file, reads DIAGNOSTIC_CODES and RULES, and replaces the
 * text between `<!-- reference:start -->` and `<!-- reference:end -->`. `--check` exits 1 when README is stale.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = new URL("..", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "xxgk-ref-"));
const out = join(dir, "index.mjs");
try {
  await build({
    entryPoints: [new URL("src/index.ts", root).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
  });
  const api = await import(pathToFileURL(out).href);
  const cell = (s) => String(s).replaceAll("|", "\\|").replaceAll("\n", " ");
  const lines = [
    "| Id | Kind | Severity | Stage / scope | Description (en) | 说明 (zh) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...api.DIAGNOSTIC_CODES.map(
      (d) =>
        `| \`${d.code}\` | diagnostic | ${d.severity} | ${d.stage} | ${cell(d.description.en)} | ${cell(d.description.zh)} |`,
    ),
    ...api.RULES.map(
      (r) =>
        `| \`${r.id}\` | rule | ${r.severity} | ${r.scope} | ${cell(r.description.en)} | ${cell(r.description.zh)} |`,
    ),
  ];
  const readmeUrl = new URL("README.md", root);
  const readme = readFileSync(readmeUrl, "utf8");
  const start = "<!-- reference:start -->";
  const end = "<!-- reference:end -->";
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error("README.md lacks the reference markers");
  const next = `${readme.slice(0, a + start.length)}\n${lines.join("\n")}\n${readme.slice(b)}`;
  if (process.argv.includes("--check")) {
    if (next !== readme) {
      console.error("README.md reference table is stale: run node scripts/gen-reference.mjs");
      process.exitCode = 1;
    }
  } else {
    writeFileSync(readmeUrl, next);
    console.log(`reference table: ${api.DIAGNOSTIC_CODES.length} diagnostic codes, ${api.RULES.length} rules`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
