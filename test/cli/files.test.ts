import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectInputs } from "../../src/cli/files.js";
import { globToRegExp, isGlob, splitGlob } from "../../src/cli/glob.js";
import { ROOT } from "./helpers.js";

describe("glob matching", () => {
  it("detects glob syntax", () => {
    expect(isGlob("a/*.txt")).toBe(true);
    expect(isGlob("a/?.txt")).toBe(true);
    expect(isGlob("a/b.txt")).toBe(false);
  });

  it("splits the static base from the pattern", () => {
    expect(splitGlob("test/fixtures/**/*.txt")).toEqual({ base: "test/fixtures", pattern: "**/*.txt" });
    expect(splitGlob("*.md")).toEqual({ base: ".", pattern: "*.md" });
    expect(splitGlob("/abs/x/*/y?.txt")).toEqual({ base: "/abs/x", pattern: "*/y?.txt" });
  });

  it("matches * within a segment, ** across segments (also zero), ? one character", () => {
    const star = globToRegExp("*.txt");
    expect(star.test("a.txt")).toBe(true);
    expect(star.test("d/a.txt")).toBe(false);
    const deep = globToRegExp("**/*.txt");
    expect(deep.test("a.txt")).toBe(true);
    expect(deep.test("d/e/a.txt")).toBe(true);
    expect(deep.test("d/e/a.md")).toBe(false);
    const q = globToRegExp("00?_*.txt");
    expect(q.test("001_x.txt")).toBe(true);
    expect(q.test("0012_x.txt")).toBe(false);
    expect(globToRegExp("a.b").test("axb")).toBe(false);
    const tail = globToRegExp("seeds**");
    expect(tail.test("seeds/x/y.txt")).toBe(true);
    expect(tail.test("corpus/x.txt")).toBe(false);
  });

  it("a pattern without glob characters matches exactly itself (property)", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        (s) => {
          expect(globToRegExp(s).test(s)).toBe(true);
        },
      ),
    );
  });
});

describe("collectInputs", () => {
  it("expands a folder recursively to report files only, sorted", async () => {
    const { items, problems } = await collectInputs(["test/fixtures/corpus", "test/fixtures/seeds/"], ROOT);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.path)).toEqual([
      "test/fixtures/corpus/023_2023_hongzequ.txt",
      "test/fixtures/corpus/024_2024_hongzequ.txt",
      "test/fixtures/corpus/025_2024_huaianshi.txt",
      "test/fixtures/corpus/D02_2023_hongzequ_pdftotext-layout.txt",
      "test/fixtures/corpus/D03_2024_hongzequ_pdftotext-layout.txt",
      "test/fixtures/seeds/000_cc43e5a43c1be886.txt",
      "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt",
      "test/fixtures/seeds/002_d039ec262de9d514.txt",
      "test/fixtures/seeds/003_80aeb6f3312619ab.txt",
      "test/fixtures/seeds/004_592a88c54830d4c2.txt",
    ]);
    const spec = await collectInputs(["test/fixtures/spec"], ROOT);
    expect(spec.items).toEqual([]);
    expect(items.find((i) => i.path.endsWith("000_cc43e5a43c1be886.txt"))?.file).toBe(
      path.join(ROOT, "test/fixtures/seeds/000_cc43e5a43c1be886.txt"),
    );
  });

  it("expands globs, keeps input order, removes duplicates, keeps stdin", async () => {
    const { items, problems } = await collectInputs(
      ["test/fixtures/seeds/00?_*.txt", "test/fixtures/seeds/000_cc43e5a43c1be886.txt", "-", "test/**/02[5].txt"],
      ROOT,
    );
    expect(items.map((i) => i.path)).toEqual([
      "test/fixtures/seeds/000_cc43e5a43c1be886.txt",
      "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt",
      "test/fixtures/seeds/002_d039ec262de9d514.txt",
      "test/fixtures/seeds/003_80aeb6f3312619ab.txt",
      "test/fixtures/seeds/004_592a88c54830d4c2.txt",
      "-",
    ]);
    expect(items[5]?.file).toBeNull();
    expect(problems).toEqual([{ input: "test/**/02[5].txt", reason: "no file matches this pattern" }]);
  });

  it("reports missing files and empty folders as problems", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "xxgk-files-"));
    mkdirSync(path.join(dir, "empty"));
    writeFileSync(path.join(dir, "empty", "notes.pdf"), "x");
    const { items, problems } = await collectInputs(["missing.txt", "empty"], dir);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      { input: "missing.txt", reason: "no such file or folder" },
      { input: "empty", reason: "folder holds no .txt/.md/.markdown/.html/.htm file" },
    ]);
  });

  it("skips dot-entries and non-report extensions in folders but not in explicit files", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "xxgk-files-"));
    mkdirSync(path.join(dir, ".hidden"));
    writeFileSync(path.join(dir, ".hidden", "a.txt"), "x");
    writeFileSync(path.join(dir, "b.HTML"), "x");
    writeFileSync(path.join(dir, "c.json"), "x");
    const { items } = await collectInputs([".", "c.json"], dir);
    expect(items.map((i) => i.path)).toEqual(["b.HTML", "c.json"]);
  });

  it("follows symbolic links to files in folders, not links to folders", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "xxgk-files-"));
    mkdirSync(path.join(dir, "real"));
    writeFileSync(path.join(dir, "real", "a.txt"), "x");
    mkdirSync(path.join(dir, "in"));
    symlinkSync(path.join(dir, "real", "a.txt"), path.join(dir, "in", "link.txt"));
    symlinkSync(path.join(dir, "real"), path.join(dir, "in", "loop"));
    const { items } = await collectInputs(["in"], dir);
    expect(items.map((i) => i.path)).toEqual(["in/link.txt"]);
  });
});
