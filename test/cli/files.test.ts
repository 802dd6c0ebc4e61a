import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectInputs } from "../../src/cli/files.js";
import { globToRegExp, isGlob, splitGlob } from "../../src/cli/glob.js";
import { tempDir } from "../helpers/temp-dir.js";
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
    const dir = tempDir("xxgk-files-");
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
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, ".hidden"));
    writeFileSync(path.join(dir, ".hidden", "a.txt"), "x");
    writeFileSync(path.join(dir, "b.HTML"), "x");
    writeFileSync(path.join(dir, "c.json"), "x");
    const { items } = await collectInputs([".", "c.json"], dir);
    expect(items.map((i) => i.path)).toEqual(["b.HTML", "c.json"]);
  });

  it("follows links to files and to folders; a folder reached again through a link is read once (loops end)", async () => {
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, "real"));
    writeFileSync(path.join(dir, "real", "a.txt"), "x");
    writeFileSync(path.join(dir, "real", "b.txt"), "y");
    mkdirSync(path.join(dir, "in"));
    symlinkSync(path.join(dir, "real", "a.txt"), path.join(dir, "in", "link.txt"));
    symlinkSync(path.join(dir, "real"), path.join(dir, "in", "linked"));
    symlinkSync(path.join(dir, "in"), path.join(dir, "in", "loop")); // in/loop -> in: a cycle
    const { items, problems } = await collectInputs(["in"], dir);
    // real/a.txt is reached as in/link.txt and as in/linked/a.txt: one file, read once (first path kept).
    expect(items.map((i) => i.path)).toEqual(["in/link.txt", "in/linked/b.txt"]);
    expect(items[1]?.file).toBe(path.join(dir, "in", "linked", "b.txt"));
    expect(problems).toEqual([]);
    // A folder given twice, once through a link to it: each report once.
    symlinkSync(path.join(dir, "real"), path.join(dir, "reallink"));
    const twice = await collectInputs(["reallink", "real"], dir);
    expect(twice.items.map((i) => i.path)).toEqual(["reallink/a.txt", "reallink/b.txt"]);
    // Unless duplicates are kept (a two-report diff of a file with itself).
    const kept = await collectInputs(["reallink", "real"], dir, { keepDuplicates: true });
    expect(kept.items).toHaveLength(4);
  });

  it("reports a broken link and a link loop with a report extension, skips other broken links", async () => {
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, "top"));
    writeFileSync(path.join(dir, "top", "b.txt"), "x");
    symlinkSync("nowhere.txt", path.join(dir, "top", "dangling.txt"));
    symlinkSync("self.txt", path.join(dir, "top", "self.txt"));
    symlinkSync("nowhere.pdf", path.join(dir, "top", "other.pdf"));
    const { items, problems } = await collectInputs(["top"], dir);
    expect(items.map((i) => i.path)).toEqual(["top/b.txt"]);
    expect(problems).toEqual([
      { input: "top/dangling.txt", reason: "broken symbolic link (its target does not exist)" },
      { input: "top/self.txt", reason: "symbolic link loop" },
    ]);
    // Through a glob: only links the pattern matches are reported.
    const glob = await collectInputs(["top/d*.txt"], dir);
    expect(glob.items).toEqual([]);
    expect(glob.problems).toEqual([
      { input: "top/dangling.txt", reason: "broken symbolic link (its target does not exist)" },
    ]);
  });

  it("reports an unreadable sub-folder on its own and keeps the rest of the folder or glob", async () => {
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, "mix", "locked"), { recursive: true });
    writeFileSync(path.join(dir, "mix", "a.txt"), "x");
    writeFileSync(path.join(dir, "mix", "locked", "b.txt"), "x");
    chmodSync(path.join(dir, "mix", "locked"), 0o000);
    try {
      // root reads a mode-000 folder anyway: then its file is collected like any other.
      let denied = true;
      try {
        readdirSync(path.join(dir, "mix", "locked"));
        denied = false;
      } catch {
        denied = true;
      }
      for (const input of ["mix", "mix/**/*.txt"]) {
        const { items, problems } = await collectInputs([input], dir);
        if (denied) {
          expect(items.map((i) => i.path)).toEqual(["mix/a.txt"]);
          expect(problems).toEqual([{ input: "mix/locked", reason: "permission denied" }]);
        } else {
          expect(process.getuid?.()).toBe(0);
          expect(items.map((i) => i.path)).toEqual(["mix/a.txt", "mix/locked/b.txt"]);
          expect(problems).toEqual([]);
        }
      }
      // A glob without ** never enters a sub-folder, readable or not.
      const flat = await collectInputs(["mix/*.txt"], dir);
      expect(flat).toEqual({
        items: [{ path: "mix/a.txt", file: path.join(dir, "mix", "a.txt") }],
        problems: [],
        several: true,
      });
    } finally {
      chmodSync(path.join(dir, "mix", "locked"), 0o755);
    }
  });

  it("a glob without ** enters only the folders its segments can match", async () => {
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, "a", "deep"), { recursive: true });
    mkdirSync(path.join(dir, "b"));
    writeFileSync(path.join(dir, "top.txt"), "x");
    writeFileSync(path.join(dir, "a", "x.txt"), "x");
    // Broken links below: reported only when the walk reaches them.
    symlinkSync("nowhere.txt", path.join(dir, "a", "deep", "gone.txt"));
    symlinkSync("nowhere.txt", path.join(dir, "b", "gone.txt"));
    expect((await collectInputs(["*.txt"], dir)).problems).toEqual([]);
    const one = await collectInputs(["a/*.txt"], dir);
    expect(one.items.map((i) => i.path)).toEqual(["a/x.txt"]);
    expect(one.problems).toEqual([]);
    const star = await collectInputs(["*/*.txt"], dir);
    expect(star.items.map((i) => i.path)).toEqual(["a/x.txt"]);
    expect(star.problems).toEqual([
      { input: "b/gone.txt", reason: "broken symbolic link (its target does not exist)" },
    ]);
    const deep = await collectInputs(["**/*.txt"], dir);
    expect(deep.items.map((i) => i.path)).toEqual(["a/x.txt", "top.txt"]);
    expect(deep.problems.map((p) => p.input)).toEqual(["a/deep/gone.txt", "b/gone.txt"]);
  });

  it("decides `several` from the command line, not from the number of files matched", async () => {
    const dir = tempDir("xxgk-files-");
    mkdirSync(path.join(dir, "one"));
    writeFileSync(path.join(dir, "one", "a.txt"), "x");
    const several = async (inputs: string[]) => (await collectInputs(inputs, dir)).several;
    expect(await several(["one/a.txt"])).toBe(false);
    expect(await several(["missing.txt"])).toBe(false);
    expect(await several(["one"])).toBe(true);
    expect(await several(["one/*.txt"])).toBe(true);
    expect(await several(["-"])).toBe(true);
    expect(await several(["one/a.txt", "missing.txt"])).toBe(true);
  });

  it("keeps a file given twice when asked (two-report diff), else processes it once", async () => {
    const twice = ["test/fixtures/seeds/000_cc43e5a43c1be886.txt", "test/fixtures/seeds/000_cc43e5a43c1be886.txt"];
    expect((await collectInputs(twice, ROOT)).items).toHaveLength(1);
    expect((await collectInputs(twice, ROOT, { keepDuplicates: true })).items.map((i) => i.path)).toEqual(twice);
  });
});
