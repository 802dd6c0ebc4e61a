/** Builds reports by hand for the diff and cross-year tests (values read off the fixtures by hand). */

import type { AnnualReport, FieldId, Section } from "../../src/index.js";
import type { Cell, FormatEra } from "../../src/schema/common.js";
import { emptyReport } from "../../src/schema/empty.js";
import { APPLICANT_COLUMNS, textCell } from "../helpers/cells.js";

/** A cell read from raw text, at a dummy position on `line`. */
export function cell(raw: string | number, line = 1): Cell {
  return textCell(raw, { line });
}

/** The 23 Table 三 rows of a gb2021 report printing （六）其他处理 as one row (hybrid, like Hongze). */
export const APP_ROWS = [
  "new",
  "carried_over",
  "results.granted",
  "results.partially_granted",
  "results.withheld.state_secret",
  "results.withheld.prohibited_by_law",
  "results.withheld.security_stability",
  "results.withheld.third_party_rights",
  "results.withheld.internal_affairs",
  "results.withheld.process_info",
  "results.withheld.enforcement_file",
  "results.withheld.admin_query",
  "results.unable.not_held",
  "results.unable.needs_creation",
  "results.unable.unclear_after_correction",
  "results.not_processed.petition_complaint",
  "results.not_processed.duplicate",
  "results.not_processed.publication",
  "results.not_processed.mass_repetitive",
  "results.not_processed.confirm_or_reissue",
  "results.other_total",
  "results.total",
  "carried_forward",
] as const;

/** Applicant columns of Table 三, left to right. */
export const APP_COLS = APPLICANT_COLUMNS;

/** Table 四's 15 cells in printed order. */
export const REVIEW_IDS = ["review", "litigation_direct", "litigation_after_review"].flatMap((b) =>
  ["upheld", "corrected", "other", "pending", "total"].map((c) => `review_litigation.${b}.${c}`),
);

/** A report with the given metadata and cells (values as printed text or numbers). */
export function report(
  meta: { year: number | null; org: string | null; era: FormatEra },
  cells: Record<string, string | number>,
  sections: Section[] = [],
): AnnualReport {
  const r = emptyReport();
  r.meta.year = meta.year;
  r.meta.orgName = meta.org;
  r.meta.formatEra = meta.era;
  let line = 1;
  for (const [id, raw] of Object.entries(cells)) r.cells[id as FieldId] = cell(raw, line++);
  r.sections = sections;
  return r;
}

/** Table 三 cells from rows of 7 values (only natural persons and totals are non-zero in Hongze). */
export function applications(rows: Record<(typeof APP_ROWS)[number], readonly number[]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of APP_ROWS) {
    const values = rows[row];
    APP_COLS.forEach((c, i) => {
      out[`applications.${row}.${c}`] = values[i]!;
    });
  }
  return out;
}

const np = (n: number) => [n, 0, 0, 0, 0, 0, n] as const;

/** A narrative section. */
export function section(number: string, heading: string, text: string): Section {
  return { id: null, number, heading, text, subsections: [], source: { line: 1, column: 1, offset: 0 } };
}

/** 洪泽区人民政府 2023 (corpus/023), every table value read off the file by hand. */
export function hongze2023(): AnnualReport {
  return report(
    { year: 2023, org: "洪泽区人民政府", era: "gb2021" },
    {
      "active_disclosure.regulations.issued": 0,
      "active_disclosure.regulations.repealed": 0,
      "active_disclosure.regulations.in_force": 0,
      "active_disclosure.normative_documents.issued": 0,
      "active_disclosure.normative_documents.repealed": 5,
      "active_disclosure.normative_documents.in_force": 5,
      "active_disclosure.licensing.decisions": 550,
      "active_disclosure.penalty.decisions": 4119,
      "active_disclosure.coercion.decisions": 195,
      "active_disclosure.fees.amount_10k_yuan": "7730.28",
      ...applications({
        new: np(21),
        carried_over: np(0),
        "results.granted": np(0),
        "results.partially_granted": np(4),
        "results.withheld.state_secret": np(1),
        "results.withheld.prohibited_by_law": np(0),
        "results.withheld.security_stability": np(0),
        "results.withheld.third_party_rights": np(0),
        "results.withheld.internal_affairs": np(0),
        "results.withheld.process_info": np(1),
        "results.withheld.enforcement_file": np(1),
        "results.withheld.admin_query": np(0),
        "results.unable.not_held": np(10),
        "results.unable.needs_creation": np(3),
        "results.unable.unclear_after_correction": np(0),
        "results.not_processed.petition_complaint": np(1),
        "results.not_processed.duplicate": np(0),
        "results.not_processed.publication": np(0),
        "results.not_processed.mass_repetitive": np(0),
        "results.not_processed.confirm_or_reissue": np(0),
        "results.other_total": np(0),
        "results.total": np(21),
        carried_forward: np(0),
      }),
      ...Object.fromEntries(REVIEW_IDS.map((id, i) => [id, [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0][i]!])),
    },
  );
}

/** 淮安市洪泽区人民政府 2024 (corpus/024), every table value read off the file by hand. */
export function hongze2024(): AnnualReport {
  return report(
    { year: 2024, org: "淮安市洪泽区人民政府", era: "gb2021" },
    {
      "active_disclosure.regulations.issued": 0,
      "active_disclosure.regulations.repealed": 0,
      "active_disclosure.regulations.in_force": 0,
      "active_disclosure.normative_documents.issued": 3,
      "active_disclosure.normative_documents.repealed": 0,
      "active_disclosure.normative_documents.in_force": 8,
      "active_disclosure.licensing.decisions": 9487,
      "active_disclosure.penalty.decisions": 2776,
      "active_disclosure.coercion.decisions": 84,
      "active_disclosure.fees.amount_10k_yuan": 7545,
      ...applications({
        new: np(95),
        carried_over: np(0),
        "results.granted": np(50),
        "results.partially_granted": np(9),
        "results.withheld.state_secret": np(0),
        "results.withheld.prohibited_by_law": np(0),
        "results.withheld.security_stability": np(1),
        "results.withheld.third_party_rights": np(0),
        "results.withheld.internal_affairs": np(0),
        "results.withheld.process_info": np(1),
        "results.withheld.enforcement_file": np(1),
        "results.withheld.admin_query": np(0),
        "results.unable.not_held": np(31),
        "results.unable.needs_creation": np(1),
        "results.unable.unclear_after_correction": np(0),
        "results.not_processed.petition_complaint": np(1),
        "results.not_processed.duplicate": np(0),
        "results.not_processed.publication": np(0),
        "results.not_processed.mass_repetitive": np(0),
        "results.not_processed.confirm_or_reissue": np(0),
        "results.other_total": np(0),
        "results.total": np(95),
        carried_forward: np(0),
      }),
      ...Object.fromEntries(REVIEW_IDS.map((id, i) => [id, [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3][i]!])),
    },
  );
}

/** Every cell that changes from 023 (2023) to 024 (2024), read off both files by hand: [field, old, new]. */
export const HONGZE_CHANGES: [string, number, number][] = [
  ["active_disclosure.normative_documents.issued", 0, 3],
  ["active_disclosure.normative_documents.repealed", 5, 0],
  ["active_disclosure.normative_documents.in_force", 5, 8],
  ["active_disclosure.licensing.decisions", 550, 9487],
  ["active_disclosure.penalty.decisions", 4119, 2776],
  ["active_disclosure.coercion.decisions", 195, 84],
  ["active_disclosure.fees.amount_10k_yuan", 7730.28, 7545],
  ...(
    [
      ["new", 21, 95],
      ["results.granted", 0, 50],
      ["results.partially_granted", 4, 9],
      ["results.withheld.state_secret", 1, 0],
      ["results.withheld.security_stability", 0, 1],
      ["results.unable.not_held", 10, 31],
      ["results.unable.needs_creation", 3, 1],
      ["results.total", 21, 95],
    ] as const
  ).flatMap(([row, a, b]): [string, number, number][] => [
    [`applications.${row}.natural_person`, a, b],
    [`applications.${row}.total`, a, b],
  ]),
  ["review_litigation.review.upheld", 10, 1],
  ["review_litigation.review.total", 0, 2],
  ["review_litigation.litigation_direct.upheld", 0, 1],
  ["review_litigation.litigation_direct.total", 0, 1],
  ["review_litigation.litigation_after_review.upheld", 5, 2],
  ["review_litigation.litigation_after_review.other", 0, 1],
  ["review_litigation.litigation_after_review.total", 0, 3],
];
