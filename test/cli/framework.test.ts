import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { xxgk } from "./helpers.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("xxgk command framework", () => {
  it("prints the version with --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const out = await xxgk([flag]);
      expect(out.code).toBe(0);
      expect(out.stdout).toBe(`${pkg.version}\n`);
    }
  });

  it("lists the commands with --help and exits 0", async () => {
    const out = await xxgk(["--help"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^usage: xxgk <command>/);
    expect(out.stdout).toMatch(/\n {2}schema {2,}print the JSON Schema/);
  });

  it("prints the usage on stderr and exits 2 without a command", async () => {
    const out = await xxgk([]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^usage: xxgk/);
  });

  it("rejects an unknown command with exit 2", async () => {
    const out = await xxgk(["frobnicate"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('xxgk: unknown command "frobnicate" (run xxgk --help)\n');
  });

  it("prints a command's help with <command> --help and with help <command>", async () => {
    const a = await xxgk(["schema", "--help"]);
    const b = await xxgk(["help", "schema"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^usage: xxgk schema \[report\|parse-result\|finding\]/);
    expect(b.stdout).toBe(a.stdout);
  });

  it("rejects help on an unknown command with exit 2", async () => {
    const out = await xxgk(["help", "bogus"]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe('xxgk: help: unknown command "bogus" (run xxgk --help)\n');
    const plain = await xxgk(["help"]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^usage: xxgk <command>/);
  });

  it("rejects an unknown option with exit 2 and a pointer to the help", async () => {
    const out = await xxgk(["schema", "--bogus"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--bogus");
    expect(out.stderr).toContain("see: xxgk schema --help");
  });

  it("registers parse, check, normalize, diff and schema, each with its own --help", async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(["parse", "check", "normalize", "diff", "schema"]);
    const list = (await xxgk(["--help"])).stdout;
    for (const c of COMMANDS) {
      const out = await xxgk([c.name, "-h"]);
      expect(out.code).toBe(0);
      expect(out.stdout.startsWith(`usage: xxgk ${c.name}`)).toBe(true);
      expect(list).toContain(`  ${c.name} `);
    }
  });

  it("turns an unexpected exception into exit 70 with the message on stderr", async () => {
    const out = await xxgk(["schema"], {
      io: {
        stdout: {
          write: () => {
            throw new Error("disk on fire");
          },
        },
      },
    });
    expect(out.code).toBe(70);
    expect(out.stderr).toMatch(/^xxgk: internal error: Error: disk on fire/);
  });
});
