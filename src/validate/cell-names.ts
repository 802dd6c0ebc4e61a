/**
 * Cell names for readers: a table cell named as the report prints it, in Chinese (表三 二、上年结转… / 自然人,
 * the table number apart from the row's own number) or in English (Table 3 / 2. Carried over from last year /
 * Natural persons), never by its field id. Legacy ids and unknown strings are kept as given.
 */
import { fields, isFieldId } from "../templates/index.js";

/** English table names by the printed table number. */
const TABLE_EN: Readonly<Record<string, string>> = { 二: "Table 2", 三: "Table 3", 四: "Table 4" };

/** English row labels by row id (the middle of a field id, table prefix included). */
const ROW_EN: Readonly<Record<string, string>> = {
  "active_disclosure.regulations": "Rules",
  "active_disclosure.normative_documents": "Normative documents",
  "active_disclosure.licensing": "Administrative licensing",
  "active_disclosure.penalty": "Administrative penalties",
  "active_disclosure.coercion": "Administrative coercion",
  "active_disclosure.fees": "Administrative fees",
  "active_disclosure.procurement": "Government procurement",
  "active_disclosure.other_services": "Other external services",
  "applications.new": "1. New applications this year",
  "applications.carried_over": "2. Carried over from last year",
  "applications.results.granted": "(1) Disclosed",
  "applications.results.partially_granted": "(2) Partly disclosed",
  "applications.results.withheld": "(3) Not disclosed",
  "applications.results.withheld.state_secret": "1. State secret",
  "applications.results.withheld.prohibited_by_law": "2. Barred by other laws and regulations",
  "applications.results.withheld.security_stability": "3. Endangers security and stability",
  "applications.results.withheld.third_party_rights": "4. Protects a third party's rights",
  "applications.results.withheld.internal_affairs": "5. Internal affairs",
  "applications.results.withheld.process_info": "6. Process information",
  "applications.results.withheld.enforcement_file": "7. Enforcement case file",
  "applications.results.withheld.admin_query": "8. Administrative query matter",
  "applications.results.unable": "(4) Cannot be provided",
  "applications.results.unable.not_held": "1. Not held by this body",
  "applications.results.unable.needs_creation": "2. Would have to be made",
  "applications.results.unable.unclear_after_correction": "3. Still unclear after correction",
  "applications.results.not_processed": "(5) Not processed",
  "applications.results.not_processed.petition_complaint": "1. Petition or complaint",
  "applications.results.not_processed.duplicate": "2. Repeated application",
  "applications.results.not_processed.publication": "3. Asks for a publication",
  "applications.results.not_processed.mass_repetitive": "4. Mass repeated applications",
  "applications.results.not_processed.confirm_or_reissue": "5. Asks to confirm or reissue information",
  "applications.results.other": "(6) Other handling",
  "applications.results.other_total": "(6) Other handling",
  "applications.results.other.overdue_correction": "1. Not corrected in time",
  "applications.results.other.overdue_fee": "2. Fee not paid in time",
  "applications.results.other.other": "3. Other",
  "applications.results.total": "(7) Total",
  "applications.carried_forward": "4. Carried forward to next year",
  "review_litigation.review": "Administrative reconsideration",
  "review_litigation.litigation_direct": "Litigation / without reconsideration",
  "review_litigation.litigation_after_review": "Litigation / after reconsideration",
};

/** English column labels by the last segment of a field id. */
const COLUMN_EN: Readonly<Record<string, string>> = {
  natural_person: "Natural persons",
  commercial_enterprise: "Legal persons/Businesses",
  research_institution: "Legal persons/Research institutions",
  social_welfare_org: "Legal persons/Public welfare organizations",
  legal_service_org: "Legal persons/Legal service organizations",
  other_org: "Legal persons/Other",
  total: "Total",
  upheld: "Upheld",
  corrected: "Corrected",
  other: "Other outcome",
  pending: "Pending",
  issued: "Issued this year",
  repealed: "Repealed this year",
  in_force: "In force",
  decisions: "Decisions",
  amount_10k_yuan: "Fees collected (10,000 yuan)",
  amount: "Procurement amount",
  projects: "Procurement projects",
  newly_made: "Newly made",
  newly_published: "Newly published",
  total_published: "Total published",
  prev_year_items: "Items last year",
  items_change: "Change this year",
};

/** A row id's English label with its group's (（三）不予公开 / 1.属于国家秘密 → (3) Not disclosed / 1. State secret). */
function rowEn(row: string): string | undefined {
  const own = ROW_EN[row];
  if (own === undefined) return undefined;
  const group = row.slice(0, row.lastIndexOf("."));
  const parent = /^applications\.results\.[a-z_]+$/.test(group) ? ROW_EN[group] : undefined;
  return parent ? `${parent} / ${own}` : own;
}

/** English names made so far, by id (the layouts' ids are a fixed set: each is named once per process). */
const NAMED = new Map<string, string | undefined>();

/** The English name of a field id (Table 3 / 2. Carried over from last year / Natural persons), if it has one. */
function englishName(id: string): string | undefined {
  if (NAMED.has(id)) return NAMED.get(id);
  const name = nameOf(id);
  if (NAMED.size < MAX_NAMED) NAMED.set(id, name);
  return name;
}
const MAX_NAMED = 10_000;

/** englishName, made. */
function nameOf(id: string): string | undefined {
  if (!isFieldId(id)) {
    // A row id (an equation labelled by its row): Table 3 / 2. Carried over from last year.
    const row = rowEn(id);
    const table = row && (id.startsWith("applications.") ? "三" : id.startsWith("review_") ? "四" : "二");
    return row && table ? `${TABLE_EN[table]} / ${row}` : undefined;
  }
  const info = fields[id];
  const cut = id.lastIndexOf(".");
  const row = rowEn(id.slice(0, cut));
  const column = COLUMN_EN[id.slice(cut + 1)];
  if (row === undefined || column === undefined) return undefined;
  return `${TABLE_EN[info.tableNumber] ?? `Table ${info.tableNumber}`} / ${row} / ${column}`;
}

/**
 * A Chinese cell label with the table number set apart from the row's own number (三、二、上年结转… →
 * 表三 二、上年结转…); labels that do not start with a gb table number are returned as given.
 */
export function chineseCellName(label: string): string {
  const m = /^([二三四])、(.+)$/.exec(label);
  return m ? `表${m[1]} ${m[2]}` : label;
}

/**
 * How to name a cell in a message: in Chinese its printed label (`label`, table number set apart) for a gb
 * field, else the label as given; in English the dictionary's English name, else the label as given
 * (a legacy row's printed label) or the id when no label is known.
 */
export function cellName(field: string, label: string | undefined, lang: "zh" | "en"): string {
  if (lang === "en") return englishName(field) ?? label ?? field;
  const zh = label ?? field;
  return isFieldId(field) || englishName(field) !== undefined ? chineseCellName(zh) : zh;
}

/** An equation or cell label for an English message: a field or row id becomes its English name. */
export function englishLabel(label: string): string {
  return englishName(label) ?? label;
}

/** An operand named in English: the layout's English name, else its printed label with the field id (legacy rows). */
export function englishOperand(field: string, label: string | undefined): string {
  const name = cellName(field, label, "en");
  return name === label && label !== field ? `${label} (${field})` : name;
}
