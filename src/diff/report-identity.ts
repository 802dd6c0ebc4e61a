/** Which body and which year a report is of, and the X-BODY / X-YEARS checks on a pair of reports. */
import type { Finding } from "../schema/finding.js";
import type { AnnualReport } from "../schema/report.js";
import { aliasKey } from "./body-aliases.js";

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』]/g;
/** A run of administrative-division names (江苏省淮安市 …) that may prefix a body's name. */
const REGION_PREFIX = /^[^政府局委办厅室部]{2,16}(?:省|自治区|特别行政区|市|自治州|州|地区|盟|县|区|旗)$/u;
const TITLE_ORG = /^(.+?)[0-9０-９]{4}\s*年度?/u;

/**
 * The issuing body's name, normalised for comparison (NFKC, no whitespace or quotes). Falls back to the
 * part of the title before the year (洪泽区人民政府2023年… → 洪泽区人民政府). Null when neither is known.
 */
export function orgKey(report: AnnualReport): string | null {
  const name = report.meta.orgName ?? TITLE_ORG.exec(report.meta.title ?? "")?.[1] ?? null;
  if (name === null) return null;
  const key = name.normalize("NFKC").replace(SPACES, "").replace(QUOTES, "");
  return key === "" ? null : key;
}

/**
 * Whether two normalised body names denote the same body: equal once the known aliases are rewritten
 * (body-aliases.ts: 洪泽区政府办公室 = 洪泽区人民政府办公室, 太康县卫健委 = 太康县卫生健康委员会), or equal
 * once one of them drops a leading run of division names (淮安市洪泽区人民政府 = 洪泽区人民政府;
 * 淮安市人民政府 ≠ 淮安市洪泽区人民政府).
 */
export function sameBody(x: string, y: string): boolean {
  if (x === y) return true;
  const a = aliasKey(x);
  const b = aliasKey(y);
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (!long.endsWith(short)) return false;
  return REGION_PREFIX.test(long.slice(0, long.length - short.length));
}

function finding(
  rule: string,
  severity: Finding["severity"],
  zh: string,
  en: string,
  extra?: Partial<Finding>,
): Finding {
  return { rule, severity, message: { zh, en }, expected: null, actual: null, delta: null, operands: [], ...extra };
}

/**
 * X-BODY: warns when the two reports are of different bodies; info when a name is unknown. Returns the
 * finding (if any) and whether the bodies can be taken as the same (true when unknown).
 */
export function bodyCheck(older: AnnualReport, newer: AnnualReport): { finding?: Finding; same: boolean } {
  const a = orgKey(older);
  const b = orgKey(newer);
  if (a === null || b === null) {
    return {
      same: true,
      finding: finding(
        "X-BODY",
        "info",
        `无法确认两份报告是否为同一机关：${a === null ? "上年" : "本年"}报告未识别出机关名称`,
        `Cannot confirm the two reports are of the same body: the ${a === null ? "older" : "newer"} report has no body name`,
      ),
    };
  }
  if (sameBody(a, b)) return { same: true };
  return {
    same: false,
    finding: finding(
      "X-BODY",
      "warning",
      `两份报告的机关不同：“${older.meta.orgName ?? a}” 与 “${newer.meta.orgName ?? b}”；跨年度核对不适用`,
      `The reports are of different bodies: "${older.meta.orgName ?? a}" vs "${newer.meta.orgName ?? b}"; cross-year checks do not apply`,
    ),
  };
}

/**
 * X-YEARS: error when the newer report's year is not after the older one's, info when they are more than
 * one year apart or a year is unknown. `consecutive` is true for Y−1 → Y and when a year is unknown.
 */
export function yearsCheck(older: AnnualReport, newer: AnnualReport): { finding?: Finding; consecutive: boolean } {
  const a = older.meta.year;
  const b = newer.meta.year;
  if (a === null || b === null) {
    return {
      consecutive: true,
      finding: finding(
        "X-YEARS",
        "info",
        "无法确认两份报告是否为相邻年度：报告年度未识别",
        "Cannot confirm the reports are of consecutive years: a report year is unknown",
      ),
    };
  }
  const gap = b - a;
  if (gap === 1) return { consecutive: true };
  if (gap <= 0) {
    return {
      consecutive: false,
      finding: finding(
        "X-YEARS",
        "error",
        `较新报告的年度（${b}）不晚于较早报告的年度（${a}）`,
        `The newer report's year (${b}) is not after the older report's year (${a})`,
        { expected: a + 1, actual: b, delta: b - (a + 1) },
      ),
    };
  }
  return {
    consecutive: false,
    finding: finding(
      "X-YEARS",
      "info",
      `两份报告相隔 ${gap} 年（${a} → ${b}），逐年结转类核对不适用`,
      `The reports are ${gap} years apart (${a} → ${b}); year-to-year carry checks do not apply`,
      { expected: a + 1, actual: b, delta: gap - 1 },
    ),
  };
}
