// Findings as TSV / CSV rows (what `xxgk check --format tsv|csv` prints), read back field by field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delimitedLine } from "../../src/cli/delimited.js";
import { FINDING_COLUMNS, type Finding, findingsToDelimited } from "../../src/index.js";

const finding: Finding = {
  rule: "T3-BAL",
  severity: "error",
  message: { zh: "本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度：12 ≠ 11", en: "received + carried over: 12 ≠ 11" },
  expected: 11,
  actual: 12,
  delta: 1,
  operands: [
    { field: "applications.new.total", label: "本年新收", value: 12, status: "number" },
    { field: "applications.carried_over", label: "上年结转", value: null, status: "absent" },
  ],
  source: { line: 40, column: 3, offset: 900 },
};

describe("findingsToDelimited", () => {
  it("writes the header, then one row per finding with position, operand ids and the message", () => {
    expect(findingsToDelimited([finding], "tsv")).toBe(
      `${FINDING_COLUMNS.join("\t")}\nT3-BAL\terror\t40\t3\tapplications.new.total;applications.carried_over\t11\t12\t1\t本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度：12 ≠ 11\n`,
    );
    const csv = findingsToDelimited([finding], "csv", { lang: "en", path: "a,b.txt", header: false });
    expect(csv).toBe(
      '"a,b.txt",T3-BAL,error,40,3,applications.new.total;applications.carried_over,11,12,1,received + carried over: 12 ≠ 11\r\n',
    );
  });

  it("leaves the position and null numbers empty, and a path header only with a path", () => {
    const bare: Finding = { ...finding, expected: null, actual: null, delta: null, operands: [] };
    delete bare.source;
    const [header, row] = findingsToDelimited([bare], "tsv", { path: "r.txt" }).split("\n");
    expect(header).toBe(["path", ...FINDING_COLUMNS].join("\t"));
    expect(row!.split("\t")).toEqual(["r.txt", "T3-BAL", "error", "", "", "", "", "", "", finding.message.zh]);
  });

  it("escapes every message as delimitedLine does (property: one line per finding, message last)", () => {
    fc.assert(
      fc.property(fc.string(), (zh) => {
        const tsv = findingsToDelimited([{ ...finding, message: { zh, en: "" } }], "tsv", { header: false });
        expect(tsv.split("\n")).toHaveLength(2);
        expect(tsv.endsWith(delimitedLine([zh], "tsv"))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
