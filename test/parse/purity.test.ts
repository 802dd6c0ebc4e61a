import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("../../src/recognize/", import.meta.url);
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => new URL(f, dir)),
  new URL("../../src/parse.ts", import.meta.url),
];

describe("each stage is pure", () => {
  it.each(files.map((u) => [u.pathname.split("/src/")[1]!, u] as const))(
    "%s does no I/O and evaluates no code",
    (_name, url) => {
      const source = readFileSync(url, "utf8");
      expect(source).not.toMatch(/from\s+"(node:)?(fs|fs\/promises|http|https|net|child_process|worker_threads)"/);
      expect(source).not.toMatch(/\b(fetch|XMLHttpRequest|eval)\s*\(/);
      expect(source).not.toMatch(/new\s+Function\b/);
      expect(source).not.toMatch(/\bprocess\.(env|argv|stdout|stdin|exit)\b/);
    },
  );
});
