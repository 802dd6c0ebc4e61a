// The wide table of normalized reports (one row per report, one column per metric), read against values
// read off the example reports by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { METRIC_IDS, normalizedRows, parseReport, toWideDelimited, WIDE_COLUMNS } from "../../src/index.js";

const read = (name: string) =>
  parseReport(readFileSync(new URL(`../../examples/reports/${name}`, import.meta.url))).report;
const H2024 = read("hongzequ-2024.txt");
const KUNMING = read("kunming-health-2014.txt");

/** The TSV's records as objects keyed by the header. */
function records(tsv: string): Record<string, string>[] {
  const [header, ...lines] = tsv.slice(0, -1).split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((v, i) => [columns[i], v])));
}

describe("toWideDelimited", () => {
  it("has the columns report, year, org, era, every metric in METRIC_IDS order, approximate, conflicts", () => {
    expect(WIDE_COLUMNS).toEqual(["report", "year", "org", "era", ...METRIC_IDS, "approximate", "conflicts"]);
    expect(toWideDelimited([], "tsv")).toBe(`${WIDE_COLUMNS.join("\t")}\n`);
    expect(toWideDelimited([], "csv", { header: false })).toBe("");
  });

  it("writes one row per report with the values the tables state", () => {
    const [h, k] = records(
      toWideDelimited(
        [
          { path: "h.txt", report: H2024 },
          { path: "k.txt", report: KUNMING },
        ],
        "tsv",
      ),
    );
    // 洪泽区 2024, Table 三: 本年新收 95, 予以公开 50, 部分公开 9, 无法提供 32; Table 二: 行政许可 9487, 行政处罚 2776.
    expect(h).toMatchObject({ report: "h.txt", year: "2024", org: "淮安市洪泽区人民政府", era: "gb2021" });
    expect(h).toMatchObject({
      "applications.received": "95",
      "applications.granted": "50",
      "applications.partially_granted": "9",
      "applications.unable": "32",
      "licensing.decisions": "9487",
      "penalty.decisions": "2776",
      approximate: "",
      conflicts: "",
    });
    // The 2021 layout has no consultation counts: the column is empty, not 0.
    expect(h!["consultation.total"]).toBe("");
    // 昆明市卫生局 2014 (pre-2019 table): 申请 2, 咨询 69218; its 办理结果 map approximately and are listed.
    expect(k).toMatchObject({ year: "2014", era: "legacy_provincial", "applications.received": "2" });
    expect(k!["consultation.total"]).toBe("69218");
    expect(k!["applications.carried_over"]).toBe("");
    expect(k!.approximate!.split(";")).toContain("applications.unable");
  });

  it("agrees with the tidy rows on every value and on which values are approximate", () => {
    for (const report of [H2024, KUNMING]) {
      const [row] = records(toWideDelimited([{ path: "r", report }], "tsv"));
      const tidy = normalizedRows([{ path: "r", report }]);
      for (const t of tidy) expect(row![t.metric], t.metric).toBe(t.value === null ? "" : String(t.value));
      const approximate = tidy.filter((t) => t.mapping === "approximate" && t.value !== null).map((t) => t.metric);
      expect(row!.approximate).toBe(approximate.join(";"));
    }
  });

  it("writes CSV per RFC 4180: a body name with a comma is quoted, CRLF line ends", () => {
    const report = structuredClone(H2024);
    report.meta.orgName = "某市,某局";
    const csv = toWideDelimited([{ path: "a,b.txt", report }], "csv");
    const [, line] = csv.split("\r\n");
    expect(line!.startsWith('"a,b.txt",2024,"某市,某局",gb2021,95,')).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
