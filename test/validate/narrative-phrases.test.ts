/**
 * The narrative rules on a correct report (test/fixtures/messy/red-team/narrative-2021.txt: a red-team
 * report whose text agrees with its tables — received 285, carried over 2, handled 286, carried forward 1,
 * refused 77, review 3, litigation 26, licensing 1435, penalty 227 — and gives no finding). Each sentence
 * below was added to its section 一: the ones real reports write about other counts must give no warning,
 * the ones that contradict the table must give theirs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const base = readFileSync(new URL("../fixtures/messy/red-team/narrative-2021.txt", import.meta.url), "utf8");
const ANCHOR = "（三）政府信息管理。";
/** The NARR warnings of the report with `sentence` written into section 一 (not the info of a sentence not compared). */
const narrFindings = (sentence: string) =>
  validateReport(parseReport(base.replace(ANCHOR, `${ANCHOR}${sentence}`)).report)
    .filter((f) => f.rule.startsWith("NARR") && f.severity !== "info")
    .map((f) => `${f.rule} ${f.actual}`);

describe("narrative rules on real phrasings", () => {
  it("the report as written gives no narrative finding", () => {
    expect(base).toContain(ANCHOR);
    expect(narrFindings("")).toEqual([]);
  });

  it.each([
    "自收到申请之日起20个工作日内予以答复。",
    "均在收到申请后5个工作日内答复。",
    "答复申请人咨询35个问题，均在收到申请后10个工作日内办结。",
    "收到申请人提交的补正材料5件。",
    "办结申请286件（含办结上年结转申请2件）。",
    "其中因属于国家秘密不予公开3件。",
    "因本机关不掌握相关政府信息无法提供31件。",
    "信访举报投诉类申请不予处理34件。",
    "梳理公布行政许可事项156项、行政处罚事项2130项。",
    // Items, not decisions (the 2019 layout's 项目数量; red team R13).
    "梳理公布行政许可81项、其他对外管理服务事项32项。",
    "调整后行政处罚共308项。",
    "行政许可和行政处罚决定7个工作日内上网公示。",
    "申请办结一件、归档一件。",
    "收到涉及征地拆迁方面的申请120件，占41.8%。",
    "各街道共受理政府信息公开申请45件。",
    "通过信函方式收到申请20件，通过网络方式收到申请265件。",
    "12月份收到申请30件。",
    "办结申请286件，其中按期办结286件，延期答复0件。",
    "政府信息公开行政复议3件（其中上年结转1件）。",
    "行政诉讼26件，占全市同类案件的10%。",
    "年内新增网上申请平台1个。",
    // Another year's counts (the report is for 2023).
    "2022年收到政府信息公开申请254件。",
    "2022年发生政府信息公开行政复议5件。",
    "自2008年《条例》施行起累计受理申请1523件。",
    // A clause about last year, its word 120 characters before the count with no comma between (review RV10).
    `去年本机关${"在政务公开工作中认真落实各项要求并持续加强平台建设与制度建设".repeat(4)}共受理政府信息公开申请98件。`,
  ])("no warning for %s", (sentence) => {
    expect(narrFindings(sentence)).toEqual([]);
  });

  it.each([
    ["2023年累计收到政府信息公开申请300件。", "NARR-RECEIVED 300"],
    ["本年度新增政府信息公开申请300件。", "NARR-RECEIVED 300"],
    ["全年共收到政府信息公开申请300余件。", "NARR-RECEIVED 300"],
    ["结转下年度办理5件。", "NARR-CARRIED-FORWARD 5"],
    ["全年共受理政府信息公开申请299件。", "NARR-RECEIVED 299"],
    ["不予公开70件。", "NARR-REFUSED 70"],
    ["全年作出行政许可决定1400件。", "NARR-LICENSING 1400"],
    ["行政处罚共230宗。", "NARR-PENALTY 230"],
    // Words that make a count a part do not hide the total when they come after it.
    ["全年共受理政府信息公开申请300件（其中通过网络方式申请280件）。", "NARR-RECEIVED 300"],
    ["全年共受理政府信息公开申请300件（其中12月份收到30件）。", "NARR-RECEIVED 300"],
    ["全年共办结政府信息公开申请300件（平均用时8个工作日）。", "NARR-HANDLED 300"],
  ])("a contradiction is flagged: %s", (sentence, finding) => {
    expect(narrFindings(sentence)).toContain(finding);
  });
});
