import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DELIMITED_COLUMNS, type NormalizedRow, normalizedRows, toDelimited } from "../../src/normalize/index.js";
import { METRIC_IDS } from "../../src/schema/normalized.js";
import { gbReport } from "./helpers.js";

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF records) to read toDelimited's CSV back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += ch;
    i++;
  }
  return records;
}

const row = (over: Partial<NormalizedRow>): NormalizedRow => ({
  report: "a.txt",
  year: 2024,
  org: "某局",
  era: "gb2021",
  metric: "applications.received",
  value: 5,
  mapping: "exact",
  reason: null,
  sources: ["applications.new.total"],
  conflicts: [],
  ...over,
});

describe("normalizedRows", () => {
  it("flattens every metric of every report with path, year, org and era", () => {
    const rows = normalizedRows([
      { path: "x/2024.txt", report: gbReport("gb2021", { "applications.new.total": "7" }, 2024) },
      { report: gbReport("gb2019", { "applications.new.total": "3" }, 2020) },
    ]);
    expect(rows).toHaveLength(2 * METRIC_IDS.length);
    expect(rows[0]).toEqual({
      report: "x/2024.txt",
      year: 2024,
      org: "测试机关",
      era: "gb2021",
      metric: "applications.received",
      value: 7,
      mapping: "exact",
      reason: null,
      sources: ["applications.new.total"],
      conflicts: [],
    });
    expect(rows[METRIC_IDS.length]).toMatchObject({ report: null, year: 2020, era: "gb2019", value: 3 });
  });
});

describe("toDelimited", () => {
  it("writes TSV with a header, empty nulls, ;-joined sources and an empty conflicts column last", () => {
    const text = toDelimited([row({ value: null, sources: ["a", "b"], reason: "原因 / reason" })], "tsv");
    expect(text).toBe(
      `${DELIMITED_COLUMNS.join("\t")}\na.txt\t2024\t某局\tgb2021\tapplications.received\t\texact\t原因 / reason\ta;b\t\n`,
    );
    expect(DELIMITED_COLUMNS.join(",")).toBe("report,year,org,era,metric,value,mapping,reason,sources,conflicts");
  });

  it("escapes tabs, line breaks and backslashes inside TSV fields as the CLI's other TSV does", () => {
    const text = toDelimited([row({ org: "甲\t乙\n丙\\丁" })], "tsv");
    expect(text.split("\n")[1]!.split("\t")[2]).toBe("甲\\t乙\\n丙\\\\丁");
  });

  it("quotes CSV fields per RFC 4180", () => {
    const text = toDelimited([row({ org: 'A "quoted", org', reason: "line1\nline2" })], "csv");
    expect(text.split("\r\n")[1]).toBe(
      'a.txt,2024,"A ""quoted"", org",gb2021,applications.received,5,exact,"line1\nline2",applications.new.total,',
    );
  });

  it("CSV reads back field for field, whatever the text (property)", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true })),
        (org, reason, value) => {
          const text = toDelimited([row({ org, reason, value })], "csv");
          const records = parseCsv(text);
          expect(records).toHaveLength(2);
          expect(records[0]).toEqual([...DELIMITED_COLUMNS]);
          expect(records[1]![2]).toBe(org);
          expect(records[1]![7]).toBe(reason);
          expect(records[1]![5]).toBe(value === null ? "" : String(value));
        },
      ),
    );
  });
});
