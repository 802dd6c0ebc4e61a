import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { METRIC_IDS, type Metric, type NormalizedReport } from "../../src/schema/normalized.js";
import { gbReport } from "./helpers.js";

const metric = (n: NormalizedReport, id: string): Metric => {
  const m = n.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

// A gb2021 report built here: the totals follow the Hongze 2024 worked check of formats.md §6.1 (95 + 0 = 95 + 0;
// Table 四 2 / 1 / 3); where the outcome 1s stand and the Table 二 values are made up for the test.
const R = "applications.results";
const BUILT_2021: Record<string, string> = {
  "applications.new.total": "95",
  "applications.carried_over.total": "0",
  [`${R}.granted.total`]: "50",
  [`${R}.partially_granted.total`]: "9",
  [`${R}.withheld.state_secret.total`]: "0",
  [`${R}.withheld.prohibited_by_law.total`]: "0",
  [`${R}.withheld.security_stability.total`]: "0",
  [`${R}.withheld.third_party_rights.total`]: "1",
  [`${R}.withheld.internal_affairs.total`]: "0",
  [`${R}.withheld.process_info.total`]: "1",
  [`${R}.withheld.enforcement_file.total`]: "0",
  [`${R}.withheld.admin_query.total`]: "1",
  [`${R}.unable.not_held.total`]: "31",
  [`${R}.unable.needs_creation.total`]: "0",
  [`${R}.unable.unclear_after_correction.total`]: "1",
  [`${R}.not_processed.petition_complaint.total`]: "0",
  [`${R}.not_processed.duplicate.total`]: "1",
  [`${R}.not_processed.publication.total`]: "0",
  [`${R}.not_processed.mass_repetitive.total`]: "0",
  [`${R}.not_processed.confirm_or_reissue.total`]: "0",
  [`${R}.other_total.total`]: "0",
  [`${R}.total.total`]: "95",
  "applications.carried_forward.total": "0",
  "review_litigation.review.upheld": "1",
  "review_litigation.review.corrected": "1",
  "review_litigation.review.other": "0",
  "review_litigation.review.pending": "0",
  "review_litigation.review.total": "2",
  "review_litigation.litigation_direct.upheld": "1",
  "review_litigation.litigation_direct.corrected": "0",
  "review_litigation.litigation_direct.other": "0",
  "review_litigation.litigation_direct.pending": "0",
  "review_litigation.litigation_direct.total": "1",
  "review_litigation.litigation_after_review.upheld": "2",
  "review_litigation.litigation_after_review.corrected": "0",
  "review_litigation.litigation_after_review.other": "1",
  "review_litigation.litigation_after_review.pending": "0",
  "review_litigation.litigation_after_review.total": "3",
  "active_disclosure.normative_documents.issued": "4",
  "active_disclosure.licensing.decisions": "1200",
  "active_disclosure.penalty.decisions": "37",
  "active_disclosure.coercion.decisions": "—",
};

describe("normalizeReport on gb2021", () => {
  const n = normalizeReport(gbReport("gb2021", BUILT_2021));

  it("lists every metric in METRIC_IDS order", () => {
    expect(n.metrics.map((m) => m.id)).toEqual([...METRIC_IDS]);
    expect(n.era).toBe("gb2021");
    expect(n.year).toBe(2024);
  });

  it("maps Table 三 exactly, summing the outcome groups", () => {
    expect(metric(n, "applications.received")).toMatchObject({ value: 95, mapping: "exact", reason: null });
    expect(metric(n, "applications.handled").value).toBe(95);
    expect(metric(n, "applications.granted").value).toBe(50);
    expect(metric(n, "applications.partially_granted").value).toBe(9);
    expect(metric(n, "applications.refused")).toMatchObject({ value: 3, mapping: "exact" });
    expect(metric(n, "applications.refused").sources).toHaveLength(8);
    expect(metric(n, "applications.unable").value).toBe(32);
    expect(metric(n, "applications.not_processed").value).toBe(1);
    expect(metric(n, "applications.carried_forward").value).toBe(0);
  });

  it("takes the one-row （六）其他处理 when the three sub-rows are absent (oneOf)", () => {
    const other = metric(n, "applications.other");
    expect(other.value).toBe(0);
    expect(other.sources).toEqual([`${R}.other_total.total`]);
  });

  it("adds direct and after-review litigation per outcome", () => {
    expect(metric(n, "review.total").value).toBe(2);
    expect(metric(n, "review.corrected").value).toBe(1);
    expect(metric(n, "litigation.total")).toMatchObject({ value: 4, mapping: "exact" });
    expect(metric(n, "litigation.upheld").value).toBe(3);
    expect(metric(n, "litigation.other").value).toBe(1);
    expect(metric(n, "litigation.total").sources).toEqual([
      "review_litigation.litigation_direct.total",
      "review_litigation.litigation_after_review.total",
    ]);
  });

  it("keeps a dash as null with the mapping stated, never 0", () => {
    const coercion = metric(n, "coercion.decisions");
    expect(coercion.value).toBeNull();
    expect(coercion.mapping).toBe("exact");
    expect(coercion.reason?.en).toContain("not counted as 0");
    expect(metric(n, "licensing.decisions").value).toBe(1200);
  });

  it("states active.total unavailable with a reason, and fees unavailable without a narrative sentence", () => {
    expect(metric(n, "active.total")).toMatchObject({ value: null, mapping: "unavailable" });
    expect(metric(n, "active.total").reason?.zh).toContain("不统计");
    expect(metric(n, "fees.collected_yuan")).toMatchObject({ value: null, mapping: "unavailable" });
    expect(metric(n, "active.normative_documents_issued")).toMatchObject({ value: 4, mapping: "exact" });
  });

  it("records the first source cell's position", () => {
    expect(metric(n, "applications.received").source?.line).toBeGreaterThan(0);
  });
});

describe("normalizeReport sums over blank and absent cells", () => {
  it("returns null with a reason when one part of a sum is blank", () => {
    const raw: Record<string, string> = { ...BUILT_2021 };
    raw[`${R}.withheld.process_info.total`] = "";
    const m = metric(normalizeReport(gbReport("gb2021", raw)), "applications.refused");
    expect(m.value).toBeNull();
    expect(m.mapping).toBe("exact");
    expect(m.reason?.en).toContain(`${R}.withheld.process_info.total (blank)`);
  });

  it("returns null and says 'not in the document' when every source is absent", () => {
    const m = metric(normalizeReport(gbReport("gb2021", { "applications.new.total": "3" })), "review.total");
    expect(m).toMatchObject({ value: null, mapping: "exact" });
    expect(m.reason?.en).toBe("not in the document");
  });

  it("returns null when only part of a sum is present", () => {
    const m = metric(
      normalizeReport(gbReport("gb2021", { "review_litigation.litigation_direct.total": "2" })),
      "litigation.total",
    );
    expect(m.value).toBeNull();
    expect(m.reason?.en).toContain("some sources absent: review_litigation.litigation_after_review.total");
  });
});

describe("normalizeReport on gb2019", () => {
  it("maps 本年新制作数量 to normative documents issued approximately", () => {
    const n = normalizeReport(
      gbReport(
        "gb2019",
        { "active_disclosure.normative_documents.newly_made": "6", "applications.new.total": "12" },
        2020,
      ),
    );
    const m = metric(n, "active.normative_documents_issued");
    expect(m).toMatchObject({ value: 6, mapping: "approximate" });
    expect(m.reason?.zh).toContain("本年新制作数量");
    expect(m.reason?.en).toContain("newly made");
    expect(metric(n, "applications.received")).toMatchObject({ value: 12, mapping: "exact" });
  });

  // messy/red-team/tab_2019_unicode_minus.txt, Table 二 read by hand: 行政许可 81 −3 1582; 行政处罚 296 +12 59;
  // 行政强制 7 0 4 (columns 上一年项目数量 | 本年增/减 | 处理决定数量).
  it("maps 2019's 处理决定数量 (办件量) to the decisions metrics approximately, with the reason (formats.md §3.2)", () => {
    const text = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url));
    const n = normalizeReport(parseReport(text).report);
    expect(n.era).toBe("gb2019");
    const expected: [string, number, string][] = [
      ["licensing.decisions", 1582, "active_disclosure.licensing.decisions"],
      ["penalty.decisions", 59, "active_disclosure.penalty.decisions"],
      ["coercion.decisions", 4, "active_disclosure.coercion.decisions"],
    ];
    for (const [id, value, source] of expected) {
      const m = metric(n, id);
      expect(m, id).toMatchObject({ value, mapping: "approximate", sources: [source] });
      expect(m.reason?.zh, id).toContain("办件量");
      expect(m.reason?.en, id).toContain("本年处理决定数量");
    }
  });

  it("keeps 2021's 本年处理决定数量 exact", () => {
    const n = normalizeReport(gbReport("gb2021", { "active_disclosure.licensing.decisions": "100" }));
    expect(metric(n, "licensing.decisions")).toMatchObject({ value: 100, mapping: "exact", reason: null });
  });

  it("sums the three 2021 其他处理 sub-rows when a report prints them", () => {
    const n = normalizeReport(
      gbReport("gb2021", {
        [`${R}.other.overdue_correction.total`]: "2",
        [`${R}.other.overdue_fee.total`]: "0",
        [`${R}.other.other.total`]: "5",
      }),
    );
    expect(metric(n, "applications.other")).toMatchObject({ value: 7, mapping: "exact" });
  });
});
