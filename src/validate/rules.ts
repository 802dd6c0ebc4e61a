/** The rule reference: every rule id validateReport can emit, with its severity and what it checks. */
import { deepFrozen } from "../freeze.js";
import { GB_TEMPLATES } from "../templates/index.js";
import { LEGACY_TEMPLATES } from "../templates/legacy.js";
import type { Bilingual } from "../templates/types.js";
import { CROSS_YEAR_RULES } from "./cross-year-info.js";
import { UNVERIFIED_RULE } from "./identities.js";
import { NARR_NOT_COMPARED, NARR_PERCENT, NARRATIVE_PATTERNS } from "./narrative-patterns.js";
import type { IdentitySource, RuleInfo } from "./types.js";

const rule = (
  id: string,
  severity: RuleInfo["severity"],
  scope: RuleInfo["scope"],
  zh: string,
  en: string,
): RuleInfo => ({
  id,
  severity,
  scope,
  description: { zh, en },
});

/** Rules of the validator itself (not table identities), in reference order. */
const OWN_RULES: readonly RuleInfo[] = [
  rule(
    UNVERIFIED_RULE,
    "info",
    "identity",
    "某条勾稽关系的单元格为空白、横杠或非数字，无法核验（宽松模式 blankAsZero 下空白按0计算）。已填的数之和已使其不能成立时报该关系本身的错误；横杠按0计不成立时报该关系的警告",
    "an identity has a blank, dash or text operand and cannot be checked (blankAsZero evaluates blanks as 0). When the filled cells already break it whatever the others hold (at least 0), the identity's own rule reports it; when dashes taken as 0 break it, a warning of that rule",
  ),
  rule(
    NARR_PERCENT,
    "warning",
    "narrative",
    "正文“N件，占P%”中的百分比与N ÷ 办结（收到）总数不符",
    "a percentage stated after a count (N件，占P%) does not equal N / handled (or received)",
  ),
  rule(
    NARR_NOT_COMPARED,
    "info",
    "narrative",
    "正文所述数字未与表格比较：句子所述为本机关的一部分或代为办理（代表、各街道），表格计全部",
    "a number stated in the text was not compared with the table: the sentence is about part of the body (代表, 各街道), the table counts all of it",
  ),
  rule("META-YEAR-MISSING", "warning", "metadata", "未能确定统计年度", "the statistical year is unknown"),
  rule(
    "META-TITLE-YEAR",
    "warning",
    "metadata",
    "标题中的年份与统计年度不一致",
    "the title's year differs from the statistical year",
  ),
  rule(
    "META-PERIOD",
    "warning",
    "metadata",
    "统计期限不在统计年度内，或起止颠倒",
    "the statistics period is outside the statistical year, or ends before it starts",
  ),
  rule(
    "META-DATE",
    "warning",
    "metadata",
    "落款日期或发布日期不晚于统计期末（年度报告应在年度结束后形成）",
    "the report or publication date is not after the end of the statistics period",
  ),
  rule(
    "META-DATE-FUTURE",
    "warning",
    "metadata",
    "落款日期或发布日期晚于今天（检查当天）",
    "the report or publication date is later than today (the day of the check)",
  ),
  rule(
    "META-DATE-LATE",
    "warning",
    "metadata",
    "落款日期或发布日期晚于次年3月31日（警告）；非人民政府的部门晚于次年1月31日（提示，2019年度起）",
    "the report or publication date is after 31 March of the next year (warning); for a body that is not a people's government, after 31 January (info, from the 2019 reports on)",
  ),
  rule(
    "META-DATE-MISSING",
    "info",
    "metadata",
    "既未读到落款日期（或所写日期不存在，如2月30日），也没有发布日期",
    "no report date was read (or the date written does not exist, such as 30 February), nor a publication date",
  ),
  rule("STRUCT-ERA", "warning", "structure", "无法判断报告格式", "the format era could not be determined"),
  rule(
    "STRUCT-ERA-YEAR",
    "warning",
    "structure",
    "报告的表格格式不是其统计年度应使用的格式（如2024年度报告使用2019版）",
    "the report's layout is not the one its statistical year prescribes (a 2024 report in the 2019 layout)",
  ),
  rule(
    "STRUCT-HYBRID",
    "warning",
    "structure",
    "整张表格使用另一版格式（警告）；某组行按另一版格式印为一行（提示，已读取）",
    "a whole table follows another era's layout (warning); a row group is printed as one row as another era does (info, read)",
  ),
  rule(
    "STRUCT-SECTION-MISSING",
    "warning",
    "structure",
    "缺少格式规定的章节（一至六）",
    "an official section (一 … 六) is missing",
  ),
  rule("STRUCT-SECTION-ORDER", "warning", "structure", "章节顺序有误", "sections are out of order"),
  rule("STRUCT-SECTION-DUP", "warning", "structure", "章节编号重复", "a section number is used twice"),
  rule(
    "STRUCT-HEADING",
    "info",
    "structure",
    "章节标题不是格式规定的标题（已按变体识别）",
    "a section heading is a variant of the official heading (recognised anyway)",
  ),
  rule(
    "STRUCT-TABLE-MISSING",
    "warning",
    "structure",
    "缺少统计表格或未读出其数据",
    "a statistics table is missing or unread",
  ),
  rule(
    "STRUCT-ROW-MISSING",
    "warning",
    "structure",
    "表格缺少格式规定的行或列",
    "a table lacks a row or columns of the layout",
  ),
  rule(
    "STRUCT-ROW-UNREAD",
    "warning",
    "structure",
    "格式规定的行已印出但数值个数不对，未能读取：涉及它的勾稽关系无法核对",
    "a layout row is printed with the wrong number of values and was not read: the identities over it cannot be checked",
  ),
  rule(
    "STRUCT-UNIT",
    "warning",
    "structure",
    "单元格中所写单位与该列规定的单位不符（如万元列中写“元”），数值未换算",
    "a unit written in a cell differs from its column's unit (元 in a 万元 column); the value is not converted",
  ),
  rule("STRUCT-EXTRA-ROW", "info", "structure", "表格中有格式之外的行", "a table has a row the layout does not have"),
  rule(
    "STRUCT-ALL-ZERO",
    "info",
    "structure",
    "表格数据全部为0或空白（可能是未填写的模板）",
    "every table value is 0 or blank (possibly the empty template)",
  ),
];

function narrativeRules(): RuleInfo[] {
  const byId = new Map<string, { labels: Bilingual[]; outcomes: boolean }>();
  for (const p of NARRATIVE_PATTERNS) {
    const entry = byId.get(p.rule) ?? { labels: [], outcomes: false };
    // Table 四's outcomes (under a subject) are named together, not one by one.
    if (p.subject) entry.outcomes = true;
    else entry.labels.push(p.label);
    byId.set(p.rule, entry);
  }
  return [...byId].map(([id, { labels, outcomes }]) =>
    rule(
      id,
      "warning",
      "narrative",
      `正文所述“${labels.map((l) => l.zh).join("”或“")}”${outcomes ? "或其结果（维持、纠正、其他、尚未审结）" : ""}的数字与表格不符`,
      `the number of ${labels.map((l) => l.en).join(" or ")}${outcomes ? " or of their outcomes (upheld, corrected, other, pending)" : ""} stated in the text differs from the table`,
    ),
  );
}

/** Rule reference entries of the identities of some layouts (first description of each id). */
export function identityRules(sources: readonly IdentitySource[]): RuleInfo[] {
  const out = new Map<string, RuleInfo>();
  for (const source of sources) {
    for (const identity of source.identities) {
      if (out.has(identity.id)) continue;
      out.set(identity.id, {
        id: identity.id,
        severity: identity.severity,
        description: identity.description,
        scope: "identity",
      });
    }
  }
  return [...out.values()];
}

/** Every rule id validateReport can emit, for the README's reference table. */
export const RULES: readonly RuleInfo[] = deepFrozen([
  ...identityRules([...GB_TEMPLATES, ...LEGACY_TEMPLATES]),
  ...OWN_RULES.slice(0, 1),
  ...narrativeRules(),
  ...OWN_RULES.slice(1),
  ...CROSS_YEAR_RULES.filter((r) => !GB_TEMPLATES.some((t) => t.identities.some((i) => i.id === r.id))),
]);
