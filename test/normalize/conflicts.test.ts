// Metric.conflicts (red team R20): a metric read from a cell that the report's own tables contradict says so
// (the error findings of its layout's identities), the value stays as printed; the TSV/CSV columns carry the
// rule ids. Values read by hand off the fixtures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DELIMITED_COLUMNS, normalizedRows, normalizeReport, toDelimited } from "../../src/normalize/index.js";
import { normalizeMetrics } from "../../src/normalize/normalize.js";
import { toWideDelimited, WIDE_COLUMNS } from "../../src/normalize/wide.js";
import { parseReport } from "../../src/parse.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import { METRIC_IDS, type Metric, type NormalizedReport } from "../../src/schema/normalized.js";
import { readDocument } from "../../src/shapes/index.js";
import { validateReport } from "../../src/validate/validate-report.js";

const read = (path: string) => parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;
const metric = (n: NormalizedReport, id: string): Metric => n.metrics.find((m) => m.id === id)!;
const rules = (m: Metric) => m.conflicts?.map((c) => c.rule);

const C023 = read("corpus/023_2023_hongzequ.txt");
const S002 = read("seeds/002_d039ec262de9d514.txt");
const C025 = read("corpus/025_2024_huaianshi.txt");

describe("conflicts of corpus 023 (洪泽区 2023): Table 四 totals printed 0 against their parts", () => {
  const n = normalizeReport(C023);

  it("review.total is 0 as printed, with T4-REV: 维持 10 + 纠正 1 = 11 against 总计 0 (line 149)", () => {
    const review = metric(n, "review.total");
    expect(review).toMatchObject({ value: 0, mapping: "exact", sources: ["review_litigation.review.total"] });
    expect(rules(review)).toEqual(["T4-REV"]);
    const { zh, en } = review.conflicts![0]!.message;
    expect(zh).toBe(
      "表四 行政复议 / 总计 0 与其分项之和 11 不符（T4-REV：行政复议：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）；此值按原表照录，未作修正",
    );
    expect(en).toContain("Table 4 / Administrative reconsideration / Total 0 does not match the sum of its parts 11");
    expect(en).toContain("the value is as printed, not corrected");
    // The parts are in the same contradiction, and also as printed.
    expect(metric(n, "review.upheld")).toMatchObject({ value: 10 });
    expect(rules(metric(n, "review.upheld"))).toEqual(["T4-REV"]);
  });

  it("litigation.total (direct 0 + after review 0) carries T4-LR: after-review 维持 5 against 总计 0", () => {
    const lit = metric(n, "litigation.total");
    expect(lit.value).toBe(0);
    expect(rules(lit)).toEqual(["T4-LR"]);
    expect(lit.conflicts![0]!.message.zh).toContain("表四 行政诉讼 / 复议后起诉 / 总计 0 与其分项之和 5 不符");
  });

  it("metrics of Table 三, which holds together, have no conflicts field", () => {
    for (const id of ["applications.received", "applications.handled", "applications.granted"] as const) {
      expect(metric(n, id)).not.toHaveProperty("conflicts");
    }
  });

  it("each conflict is an error finding of `check` (validateReport) on the same report", () => {
    const errors = new Set(
      validateReport(C023)
        .filter((f) => f.severity === "error")
        .map((f) => f.rule),
    );
    const found = new Set(n.metrics.flatMap((m) => rules(m) ?? []));
    expect([...found].sort()).toEqual(["T4-LR", "T4-REV"]);
    for (const rule of found) expect(errors.has(rule)).toBe(true);
  });
});

describe("conflicts of seed 002: 1 withheld + 1 unable against a (七)总计 of 1", () => {
  const n = normalizeReport(S002);

  it("applications.handled is 1 as printed, with T3-RES (outcome rows sum to 2)", () => {
    const handled = metric(n, "applications.handled");
    expect(handled.value).toBe(1);
    expect(rules(handled)).toEqual(["T3-RES"]);
    expect(handled.conflicts![0]!.message.zh).toContain("表三 （七）总计 / 总计 1 与其分项之和 2 不符");
  });

  it("applications.unable (本机关不掌握 总计 1, its six applicant columns 0) carries T3-ROW and T3-RES", () => {
    const unable = metric(n, "applications.unable");
    expect(unable.value).toBe(1);
    expect(rules(unable)?.sort()).toEqual(["T3-RES", "T3-ROW"]);
    const row = unable.conflicts!.find((c) => c.rule === "T3-ROW")!;
    expect(row.message.zh).toContain("表三 （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计 1 与其分项之和 0 不符");
  });

  it("the tidy rows carry them as data, so a copied or JSON-read row writes the same conflicts column", () => {
    // Red team R30: the column came from state kept beside the rows normalizedRows made; a row copied with a
    // spread, or read back from JSON, wrote it empty, and the JSON rows had no such field.
    const rows = normalizedRows([{ path: "002", report: S002 }]);
    const unable = rows.find((r) => r.metric === "applications.unable")!;
    expect([...unable.conflicts].sort()).toEqual(["T3-RES", "T3-ROW"]);
    const copied = rows.map((r) => ({ ...r, report: "x" }));
    const read = JSON.parse(JSON.stringify(rows)) as typeof rows;
    const column = (text: string) =>
      text
        .split("\n")
        .slice(1, -1)
        .map((l) => l.split("\t").at(-1));
    expect(column(toDelimited(copied, "tsv"))).toEqual(column(toDelimited(rows, "tsv")));
    expect(column(toDelimited(read, "tsv"))).toEqual(column(toDelimited(rows, "tsv")));
    expect(column(toDelimited(rows, "tsv"))).toContain(unable.conflicts.join(";"));
    expect(unable.conflicts).toHaveLength(2);
  });
});

describe("a report whose tables hold together", () => {
  it("corpus 025 (淮安市 2024): no metric has a conflicts field, every conflicts column is empty", () => {
    const n = normalizeReport(C025);
    // 025 section 六: its fee sentence gives 3940 元 (legacy.test.ts).
    expect(metric(n, "fees.collected_yuan").value).toBe(3940);
    for (const m of n.metrics) expect(m, m.id).not.toHaveProperty("conflicts");
    const tsv = toDelimited(normalizedRows([{ path: "025", report: C025 }]), "tsv")
      .split("\n")
      .slice(0, -1);
    expect(tsv[0]!.split("\t").at(-1)).toBe("conflicts");
    expect(tsv.slice(1).map((l) => l.split("\t").at(-1))).toEqual(METRIC_IDS.map(() => ""));
  });

  it("normalizeMetrics (what validation reads) evaluates no identities unless asked", () => {
    expect(normalizeMetrics(C023, METRIC_IDS).metrics.some((m) => "conflicts" in m)).toBe(false);
    const asked = normalizeMetrics(C023, ["review.total"], undefined, undefined, true);
    expect(rules(asked.metrics[0]!)).toEqual(["T4-REV"]);
  });
});

describe("legacy layouts' identities", () => {
  it("a national 2014 table with 行政复议数量 3 against 维持 1 + 纠错 1 + 其他 0 gives review.total L-REV", () => {
    const pipe = (rows: string[][]) => rows.map((r) => `| ${r.join(" | ")} |`).join("\n");
    const report = emptyReport("pipe");
    report.legacy = recognizeLegacy(
      readDocument(
        pipe([
          ["统计指标", "单位", "统计数"],
          ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "1520"],
          ["（一）收到申请数", "件", "10"],
          ["（三）申请答复数", "件", "9"],
          ["四、行政复议数量", "件", "3"],
          ["（一）维持具体行政行为数", "件", "1"],
          ["（二）被依法纠错数", "件", "1"],
          ["（三）其他情形数", "件", "0"],
        ]),
        "pipe",
      ),
      [],
    );
    report.meta.formatEra = report.legacy[0]?.family ?? "unknown";
    const n = normalizeReport(report);
    const review = metric(n, "review.total");
    expect(review.value).toBe(3);
    expect(rules(review)).toEqual(["L-REV"]);
    expect(review.conflicts![0]!.message.zh).toContain("3 与其分项之和 2 不符");
    expect(metric(n, "applications.received")).not.toHaveProperty("conflicts");
  });
});

describe("TSV / CSV columns", () => {
  it("the tidy rows get a last column conflicts: rule ids, empty when none", () => {
    expect(DELIMITED_COLUMNS.at(-1)).toBe("conflicts");
    const csv = toDelimited(normalizedRows([{ path: "023.txt", report: C023 }]), "csv").split("\r\n");
    expect(csv[0]).toBe("report,year,org,era,metric,value,mapping,reason,sources,conflicts");
    const line = (id: string) => csv.find((l) => l.split(",")[4] === id)!;
    expect(line("review.total")).toBe(
      "023.txt,2023,洪泽区人民政府,gb2021,review.total,0,exact,,review_litigation.review.total,T4-REV",
    );
    expect(line("applications.received")).toBe(
      "023.txt,2023,洪泽区人民政府,gb2021,applications.received,21,exact,,applications.new.total,",
    );
    const tsv = toDelimited(normalizedRows([{ path: "002.txt", report: S002 }]), "tsv").split("\n");
    const unable = tsv.find((l) => l.split("\t")[4] === "applications.unable")!.split("\t");
    expect(unable).toHaveLength(DELIMITED_COLUMNS.length);
    expect(unable.at(-1)).toBe("T3-ROW;T3-RES");
  });

  it("--wide gets one last column conflicts: metric:rule pairs", () => {
    expect(WIDE_COLUMNS.slice(-2)).toEqual(["approximate", "conflicts"]);
    const [header, c023, c025] = toWideDelimited(
      [
        { path: "023", report: C023 },
        { path: "025", report: C025 },
      ],
      "tsv",
    ).split("\n");
    expect(header!.split("\t").at(-1)).toBe("conflicts");
    expect(c023!.split("\t").at(-1)).toBe(
      [
        ...["total", "upheld", "corrected", "other", "pending"].map((o) => `review.${o}:T4-REV`),
        ...["total", "upheld", "corrected", "other", "pending"].map((o) => `litigation.${o}:T4-LR`),
      ].join(";"),
    );
    expect(c025!.split("\t")).toHaveLength(WIDE_COLUMNS.length);
    expect(c025!.split("\t").at(-1)).toBe("");
  });
});
