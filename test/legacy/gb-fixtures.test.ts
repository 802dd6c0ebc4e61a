import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectShape } from "../../src/input/detect.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { readDocument } from "../../src/shapes/index.js";

const dirs = ["seeds", "corpus"].map((d) => new URL(`../fixtures/${d}/`, import.meta.url));
const files = dirs.flatMap((dir) => readdirSync(dir).map((name) => ({ name, url: new URL(name, dir) })));

describe("recognizeLegacy finds no legacy table in the gb-era fixtures", () => {
  for (const { name, url } of files.filter((f) => !f.name.startsWith("003_"))) {
    it(name, () => {
      const text = readFileSync(url, "utf8");
      expect(recognizeLegacy(readDocument(text, detectShape(text)), [])).toEqual([]);
    });
  }
  it("covers the nine gb-era fixtures", () => {
    expect(files.filter((f) => !f.name.startsWith("003_")).length).toBeGreaterThanOrEqual(9);
  });
});
