/** `VERSION`: the package.json version, bundled (the library reads no file), and the versioned schema `$id`s. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchema, VERSION } from "../src/index.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

describe("VERSION", () => {
  it("is package.json's version", () => {
    expect(VERSION).toBe(version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/);
  });

  it("names the release in every schema's $id", () => {
    expect(jsonSchema("finding").$id).toBe(`https://unpkg.com/xxgk-annual-report@${version}/dist/finding.schema.json`);
  });
});
