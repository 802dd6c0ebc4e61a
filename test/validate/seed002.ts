/**
 * Seed 002 (市中区卫生健康局 2024, test/fixtures/seeds/002_d039ec262de9d514.txt) built by hand: every value
 * read off the file, with the line it stands on. Used until and beside the parsed fixture.
 */
import { type AnnualReport, type Cell, emptyReport, type Section } from "../../src/index.js";
import { APPLICANT_COLUMNS as APPLICANTS, numberCell } from "../helpers/cells.js";

const cell = (value: number, line: number): Cell => numberCell(value, line, 2);

/** Table 三 rows of seed 002 that are not all zero, with the line of their first value. */
const NON_ZERO: Readonly<Record<string, [number[], number]>> = {
  new: [[1, 0, 0, 0, 0, 0, 1], 109],
  "results.withheld.third_party_rights": [[1, 0, 0, 0, 0, 0, 1], 191],
  "results.unable.not_held": [[0, 0, 0, 0, 0, 0, 1], 237],
  "results.total": [[1, 0, 0, 0, 0, 0, 1], 347],
};

const section = (id: Section["id"], number: string, heading: string, text: string, line: number): Section => ({
  id,
  number,
  heading,
  text,
  subsections: [],
  source: { line, column: 1, offset: 0 },
});

/** The overview paragraph of seed 002 that states the application numbers (line 11–13). */
export const SEED002_APPLICATION_TEXT =
  "做好依申请公开工作，依法保障民众的知情权、参与权、表达权、监督权。2024年共受理政府信息公开申请1件。其中予以公开申请0件，部分公开0件，不予公开0件，无法提供1件，不予处理0件，均在法定期限内予以答复。\n本年度依申请公开政府信息未收取任何费用。\n因政府信息公开被申请行政复议0件，因公民、法人和其他组织认为行政机关政府信息公开工作具体行政行为侵犯其合法权益，提起行政诉讼0件。";

/** Seed 002 as a parser should read it (gb2021). */
export function seed002(): AnnualReport {
  const report = emptyReport("lines");
  report.meta = {
    ...report.meta,
    title: "市中区卫生健康局2024年政府信息公开工作年度报告",
    orgName: "市中区卫生健康局",
    year: 2024,
    reportDate: "2025-01-16",
    statPeriod: {
      start: "2024-01-01",
      end: "2024-12-31",
      raw: "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止",
      source: { line: 4, column: 1, offset: 0 },
    },
    formatEra: "gb2021",
  };
  const cells = report.cells as Record<string, Cell>;
  const active: [string, number, number][] = [
    ["regulations.issued", 0, 28],
    ["regulations.repealed", 0, 29],
    ["regulations.in_force", 0, 30],
    ["normative_documents.issued", 0, 33],
    ["normative_documents.repealed", 0, 34],
    ["normative_documents.in_force", 0, 35],
    ["licensing.decisions", 0, 44],
    ["penalty.decisions", 45, 53],
    ["coercion.decisions", 1, 56],
    ["fees.amount_10k_yuan", 0, 65],
  ];
  for (const [id, v, line] of active) cells[`active_disclosure.${id}`] = cell(v, line);
  const rows = [
    "new",
    "carried_over",
    "results.granted",
    "results.partially_granted",
    ...[
      "state_secret",
      "prohibited_by_law",
      "security_stability",
      "third_party_rights",
      "internal_affairs",
      "process_info",
      "enforcement_file",
      "admin_query",
    ].map((r) => `results.withheld.${r}`),
    ...["not_held", "needs_creation", "unclear_after_correction"].map((r) => `results.unable.${r}`),
    ...["petition_complaint", "duplicate", "publication", "mass_repetitive", "confirm_or_reissue"].map(
      (r) => `results.not_processed.${r}`,
    ),
    ...["overdue_correction", "overdue_fee", "other"].map((r) => `results.other.${r}`),
    "results.total",
    "carried_forward",
  ];
  rows.forEach((row, k) => {
    const [values, line] = NON_ZERO[row] ?? [[0, 0, 0, 0, 0, 0, 0], 100 + 9 * k];
    APPLICANTS.forEach((c, i) => {
      cells[`applications.${row}.${c}`] = cell(values[i]!, line + i);
    });
  });
  for (const block of ["review", "litigation_direct", "litigation_after_review"]) {
    for (const c of ["upheld", "corrected", "other", "pending", "total"]) {
      cells[`review_litigation.${block}.${c}`] = cell(0, 390);
    }
  }
  report.tables = [
    { id: "active_disclosure", era: "gb2021", source: { line: 21, column: 1, offset: 0 }, rows: 7, expectedRows: 7 },
    { id: "applications", era: "gb2021", source: { line: 74, column: 1, offset: 0 }, rows: 25, expectedRows: 25 },
    { id: "review_litigation", era: "gb2021", source: { line: 362, column: 1, offset: 0 }, rows: 3, expectedRows: 3 },
  ];
  report.sections = [
    section("overview", "一", "一、情况", SEED002_APPLICATION_TEXT, 5),
    section("active_disclosure", "二", "二、主动公开政府信息情况", "", 21),
    section("applications", "三", "三、收到和处理政府信息公开申请情况", "", 74),
    section("review_litigation", "四", "四、政府信息公开行政复议、行政诉讼情况", "", 362),
    section("problems_improvements", "五", "五、存在的主要问题及改进情况", "", 407),
    section("other_matters", "六", "六、其他需要报告的事项", "本年度依申请公开政府信息未收取任何费用。", 411),
  ];
  return report;
}
