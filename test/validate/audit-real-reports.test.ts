/**
 * Audit R31: every error and warning finding of the real reports among the fixtures, each read against the
 * report's text and judged TRUE (the report has that problem). Pinned here whole, warnings included, so a new
 * false alarm on a real report (a finding the text does not bear out) fails this test, and so does a true
 * finding lost. The same report written back by renderReport in each of the six shapes and parsed again gives
 * the same findings (the row/line numbers aside).
 *
 * The findings, judged against the text:
 * - seed 002: 1.本机关不掌握相关政府信息 prints 0 0 0 0 0 0 and 总计 1 (T3-ROW); the 总计 row's 总计 is 1 while
 *   its rows hold 1 + 1 (T3-RES); the text says 不予公开0件 while 4.保护第三方合法权益 holds 1 (NARR-REFUSED).
 * - seed 003 (Kunming 2014): two sections numbered 八 (STRUCT-SECTION-DUP); signed 2014年1月31日 for the year
 *   2014 (META-DATE); 96128、12345专线电话咨询人300次 against the table's 96128电话查询数 246, flagged as an
 *   approximate comparison (NARR-CONSULTATION).
 * - Hongze 2023 (and its pdftotext -layout copy): Table 四 prints 10 1 0 0 0 (总计 0) and 5 0 0 0 0 (T4-REV,
 *   T4-LR).
 * - Shanghai 2019 (GB18030 HTML): 12 + 1 自然人 (新收 + 上年结转) against 12 + 0 (总计 + 结转下年度), 16 + 1
 *   against 15 + 1 in 总计 (T3-BAL twice).
 * - seeds 000, 001, 004, Hongze 2024, Huai'an 2024 (and Hongze 2024's pdftotext -layout copy): none.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnnualReport, type Finding, renderReport, SHAPES, validateReport } from "../../src/index.js";
import { parseReport } from "../../src/parse.js";

const read = (path: string): AnnualReport =>
  parseReport(readFileSync(new URL(`../fixtures/${path}`, import.meta.url))).report;
/** A finding as audited: rule, its first operand's cell (or none), and its message without line numbers. */
const audited = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => [f.rule, f.operands[0]?.field ?? null, f.message.zh.replace(/（第\d+行）/g, "")].join(" | "))
    .sort();

const NONE: string[] = [];
const HONGZE_2023 = [
  "T4-LR | review_litigation.litigation_after_review.total | 四、行政诉讼 / 复议后起诉 / 总计：0 ≠ 5（左：四、行政诉讼 / 复议后起诉 / 总计 = 0｜右：四、行政诉讼 / 复议后起诉 / 结果维持 = 5；其余3项为0）",
  "T4-REV | review_litigation.review.total | 四、行政复议 / 总计：0 ≠ 10 + 1 = 11（左：四、行政复议 / 总计 = 0｜右：四、行政复议 / 结果维持 = 10；四、行政复议 / 结果纠正 = 1；其余2项为0）",
];
/** The audited findings of each real report: rule | first operand | message. */
const AUDITED: Record<string, string[]> = {
  "seeds/000_cc43e5a43c1be886.txt": NONE,
  "seeds/001_a728f3a6d1ee2bff.txt": NONE,
  "seeds/002_d039ec262de9d514.txt": [
    "NARR-REFUSED | applications.results.withheld.state_secret.total | 正文“其中予以公开申请0件，部分公开0件，不予公开0件，无法提供1件，不予处理0件，均在法定期限内予以答复”称不予公开0件，表格为1（三、（三）不予公开 / 4.保护第三方合法权益 / 总计 = 1）",
    "T3-RES | applications.results.total.total | 三、（七）总计 / 总计：1 ≠ 1 + 1 = 2（左：三、（七）总计 / 总计 = 1｜右：三、（三）不予公开 / 4.保护第三方合法权益 / 总计 = 1；三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计 = 1；其余19项为0）；只改一处而消除这几处不符的唯一改法是把“表三 （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计”改为0，但正文“其中予以公开申请0件，部分公开0件，不予公开0件，无法提供1件，不予处理0件，均在法定期限内予以答复”称无法提供1件，与表格现有数值相符，故不作此提示：请对照正文核对表格",
    "T3-ROW | applications.results.unable.not_held.total | 三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计：1 ≠ 0（左：三、（四）无法提供 / 1.本机关不掌握相关政府信息 / 总计 = 1｜右：其余6项为0）；只改一处而消除这几处不符的唯一改法是把“表三 （四）无法提供 / 1.本机关不掌握相关政府信息 / 总计”改为0，但正文“其中予以公开申请0件，部分公开0件，不予公开0件，无法提供1件，不予处理0件，均在法定期限内予以答复”称无法提供1件，与表格现有数值相符，故不作此提示：请对照正文核对表格",
  ],
  "seeds/003_80aeb6f3312619ab.txt": [
    "META-DATE |  | 落款日期2014-01-31不晚于统计期末2014-12-31：年度报告应在统计年度结束后形成",
    "NARR-CONSULTATION | legacy_yn.consultation.phone | 正文“2014年,昆明卫生网浏览人次为68947人次,接受96128、12345专线电话咨询人300次、受理网络平台交办件246件、现场咨询25余人次”称电话咨询300人次，表格为246（其中:1.96128电话查询数 = 246）；近似比较，非明确矛盾：云南表只计96128电话查询数，其他热线（如12345）不在此行",
    "STRUCT-SECTION-DUP |  | 章节编号“八”重复：“八、实施重大决策听证、重要事项公示、重点工作通报情况”与“八、存在的主要问题及改进措施”",
  ],
  "seeds/004_592a88c54830d4c2.txt": NONE,
  "corpus/023_2023_hongzequ.txt": HONGZE_2023,
  "corpus/D02_2023_hongzequ_pdftotext-layout.txt": HONGZE_2023,
  "corpus/024_2024_hongzequ.txt": NONE,
  "corpus/D03_2024_hongzequ_pdftotext-layout.txt": NONE,
  "corpus/025_2024_huaianshi.txt": NONE,
  "messy/sh2019-gb18030.html": [
    "T3-BAL | applications.new.natural_person | 三、一＋二 = （七）总计＋四 / 自然人：12 + 1 = 13 ≠ 12（左：三、一、本年新收政府信息公开申请数量 / 自然人 = 12；三、二、上年结转政府信息公开申请数量 / 自然人 = 1｜右：三、（七）总计 / 自然人 = 12；其余1项为0）",
    "T3-BAL | applications.new.total | 三、一＋二 = （七）总计＋四 / 总计：16 + 1 = 17 ≠ 15 + 1 = 16（左：三、一、本年新收政府信息公开申请数量 / 总计 = 16；三、二、上年结转政府信息公开申请数量 / 总计 = 1｜右：三、（七）总计 / 总计 = 15；三、四、结转下年度继续办理 / 总计 = 1）",
  ],
};

describe("audit R31: the error and warning findings of the real reports, each borne out by the text", () => {
  for (const [path, want] of Object.entries(AUDITED)) {
    it(`${path}: ${want.length} finding(s)`, () => {
      expect(audited(validateReport(read(path)))).toEqual([...want].sort());
    });
  }
});

describe("audit R31: the same findings through renderReport in every shape", () => {
  for (const [path, want] of Object.entries(AUDITED)) {
    if (path.endsWith(".html")) continue;
    it(path, () => {
      const report = read(path);
      for (const shape of SHAPES) {
        const again = parseReport(renderReport(report, shape), { shape }).report;
        expect(audited(validateReport(again)), shape).toEqual([...want].sort());
      }
    });
  }
});
