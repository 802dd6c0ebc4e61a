import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { narrativeFee, normalizeReport } from "../../src/normalize/index.js";
import { parseReport } from "../../src/parse.js";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { emptyReport } from "../../src/schema/empty.js";
import type { AnnualReport, SectionId } from "../../src/schema/report.js";
import { readDocument } from "../../src/shapes/index.js";
import { gbReport } from "./helpers.js";

const withSection = (text: string, id: "other_matters" | "overview" = "other_matters"): AnnualReport => {
  const report = emptyReport();
  report.sections.push({
    id,
    number: "六",
    heading: "六、其他需要报告的事项",
    text,
    subsections: [],
    source: { line: 9, column: 1, offset: 100 },
  });
  return report;
};

describe("narrativeFee", () => {
  it("reads an amount in 元", () => {
    expect(narrativeFee(withSection("2024年，全年收取政府信息公开信息处理费 120 元。"))).toMatchObject({
      value: 120,
      sourceId: "sections.other_matters",
      source: { line: 9 },
    });
  });

  it("converts 万元 to 元", () => {
    expect(narrativeFee(withSection("本年度共收取信息处理费0.15万元。"))?.value).toBe(1500);
  });

  it("joins a sentence wrapped over two lines", () => {
    const fee = narrativeFee(
      withSection("严格落实《政府信息公开信息处理费管理办\n法》，全年收取政府信息公开信息处理费 0 元。"),
    );
    expect(fee?.sentence).toBe("严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元");
  });

  it("reads 'no fee collected' statements as 0", () => {
    expect(
      narrativeFee(withSection("本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。"))?.value,
    ).toBe(0);
  });

  it("does not take a waived amount for the fee collected, nor the 0 that ends a longer number for a zero", () => {
    // A waived fee is no fee collected: the amount is unknown, not 0 (the 0 of 1,500元 is no 0元).
    expect(narrativeFee(withSection("本年度减免信息处理费1,500元。"))).toBeUndefined();
    // The gap after 收取任何费用 runs on to the waived amount of the next clause: nothing was collected.
    // Fees other than the 信息处理费 count in the pre-2019 scope only (any_fee).
    const anyFee = { sections: ["other_matters"], fees: "any_fee" } as const;
    expect(narrativeFee(withSection("本年度未收取任何费用，减免费用120元。"), anyFee)?.value).toBe(0);
    expect(narrativeFee(withSection("减免费用50元，收取费用20元。"), anyFee)?.value).toBe(20);
    expect(narrativeFee(withSection("本年度未收取任何信息处理费，减免信息处理费120元。"))?.value).toBe(0);
    expect(narrativeFee(withSection("减免信息处理费50元，收取信息处理费20元。"))?.value).toBe(20);
    expect(narrativeFee(withSection("收取信息处理费，共计300元。"))?.value).toBe(300);
  });

  it("returns nothing when no sentence is about the fee", () => {
    expect(narrativeFee(withSection("本年度无其他需要报告的事项。"))).toBeUndefined();
    expect(narrativeFee(withSection("我局收到申请5件。"))).toBeUndefined();
  });

  it("seed 002: the （一）收取信息处理费的情况 sub-section says 未收取任何费用", () => {
    const { report } = parseReport(
      readFileSync(new URL("../fixtures/seeds/002_d039ec262de9d514.txt", import.meta.url)),
    );
    const fee = narrativeFee(report);
    expect(fee?.value).toBe(0);
    expect(fee?.sentence).toContain("未收取任何费用");
    // The sub-heading stands in the section's own text (no sub-section recognised): 六 is where it was read.
    expect(fee?.where).toBe("六、其他需要报告的事项");
  });
});

/** A gb2021 report (one Table 三 cell) with the given narrative sections. */
const gbWith = (...sections: [SectionId, string, string][]): AnnualReport => {
  const report = gbReport("gb2021", { "applications.new.total": "3" });
  sections.forEach(([id, heading, text], i) => {
    report.sections.push({
      id,
      number: heading.slice(0, 1),
      heading,
      text,
      subsections: [],
      source: { line: 10 * (i + 1), column: 1, offset: 100 * (i + 1) },
    });
  });
  return report;
};
const feeMetric = (report: AnnualReport) => normalizeReport(report).metrics.find((m) => m.id === "fees.collected_yuan");
const OVERVIEW = "一、总体情况";
const SIX = "六、其他需要报告的事项";

describe("fees.collected_yuan of the gb layouts: the 信息处理费 only, in section 六 or a fees section", () => {
  it("does not take a 行政事业性收费 (万元) quoted in 一、总体情况 for the processing fee", () => {
    const report = gbWith(
      ["overview", OVERVIEW, "2024年，我局依法公开行政事业性收费项目及依据、标准，全年收取行政事业性收费386.5万元。"],
      ["other_matters", SIX, "无。"],
    );
    expect(feeMetric(report)).toMatchObject({ value: null, mapping: "unavailable", sources: [] });
  });

  it("does not take a 不动产登记费 for it either", () => {
    const report = gbWith(
      ["overview", OVERVIEW, "2024年，我局主动公开不动产登记收费标准，全年收取不动产登记费120万元，均按规定公示。"],
      ["other_matters", SIX, "无。"],
    );
    expect(feeMetric(report)).toMatchObject({ value: null, mapping: "unavailable" });
  });

  it("reads a 信息处理费 sentence in 一、总体情况 when section 六 states none (review RV12)", () => {
    const report = gbWith(["overview", OVERVIEW, "全年收取信息处理费200元。"], ["other_matters", SIX, "无。"]);
    expect(narrativeFee(report)).toMatchObject({ value: 200, where: OVERVIEW });
    expect(feeMetric(report)?.value).toBe(200);
  });

  it("reads a section 五 whose heading merges 六 (…及其他需要报告的事项) as section 六, before 一", () => {
    const merged = "五、存在的主要问题、改进情况及其他需要报告的事项";
    const report = gbWith(
      ["overview", OVERVIEW, "全年收取信息处理费200元。"],
      ["problems_improvements", merged, "下一步将加强培训。本年度未收取信息处理费。"],
    );
    expect(narrativeFee(report)).toMatchObject({ value: 0, where: merged, sourceId: "sections.problems_improvements" });
    // The merged heading written with 其它, and problems prose on another cost in the merged section (review RV17).
    report.sections[1]!.heading = "五、存在的主要问题及改进情况和其它需要报告的事项";
    expect(narrativeFee(report)).toMatchObject({ value: 0, sourceId: "sections.problems_improvements" });
    report.sections[1]!.text = "网站集约化改造未产生额外费用。本年度收取信息处理费300元。";
    expect(narrativeFee(report)).toMatchObject({ value: 300, sourceId: "sections.problems_improvements" });
    // A 五 under its own heading is outside the scope: the 200 of 一 is read.
    report.sections[1]!.heading = "五、存在的主要问题及改进情况";
    expect(narrativeFee(report)).toMatchObject({ value: 200, where: OVERVIEW });
  });

  it("reads section 六 first: its 0 wins over an amount in 一", () => {
    const report = gbWith(
      ["overview", OVERVIEW, "全年收取信息处理费200元。"],
      ["other_matters", SIX, "本年度未收取信息处理费。"],
    );
    expect(narrativeFee(report)).toMatchObject({ value: 0, where: SIX });
  });

  it("reads 六 under another heading (六、其他事项), 政府信息公开处理费, and 六's 未收取…费用 as 0 (review RV12)", () => {
    const other = (text: string) => {
      const report = gbWith(["overview", OVERVIEW, "全年主动公开政府信息120条。"]);
      report.sections.push({ ...report.sections[0]!, id: null, number: "六", heading: "六、其他事项", text });
      return narrativeFee(report)?.value;
    };
    expect(other("本年度共收取信息处理费200元。")).toBe(200);
    expect(other("本年度共收取政府信息公开处理费120元。")).toBe(120);
    expect(other("本机关未收取检索、复制、邮寄等费用。")).toBe(0);
    expect(other("本年度未收取任何费用。")).toBe(0);
    expect(other("全年共收取不动产登记费5万元。")).toBeUndefined();
  });

  it("in section 六, a sentence naming the 信息处理费 law but stating another fee states no processing fee", () => {
    const report = gbWith([
      "other_matters",
      SIX,
      "严格落实《政府信息公开信息处理费管理办法》，全年收取行政事业性收费3万元。全年共收取不动产登记费5万元。",
    ]);
    expect(narrativeFee(report)).toBeUndefined();
  });

  it("section 六 on the 信息处理费 waived: 0, whatever other fee follows; the reason names 六", () => {
    const report = gbWith(["other_matters", SIX, "本年度未收取信息处理费。全年共收取行政事业性收费3.2万元。"]);
    const fee = feeMetric(report);
    expect(fee).toMatchObject({ value: 0, mapping: "exact", sources: ["sections.other_matters"] });
    expect(fee?.reason?.zh).toContain("原文（六、其他需要报告的事项）：“本年度未收取信息处理费”");
    expect(fee?.reason?.en).toContain("text (六、其他需要报告的事项): “本年度未收取信息处理费”");
    expect(fee?.reason?.zh).not.toContain("第六部分关于");
  });

  it("a fees section is read after 六, and the reason names it", () => {
    const report = gbWith(
      ["other_matters", SIX, "无。"],
      ["fees", "七、信息处理费收取情况", "本年度共收取信息处理费300元。"],
    );
    const fee = feeMetric(report);
    expect(fee).toMatchObject({ value: 300, sources: ["sections.fees"], source: { line: 20 } });
    expect(fee?.reason?.zh).toContain("原文（七、信息处理费收取情况）：“本年度共收取信息处理费300元”");
  });

  it("accepts 依申请…费用 (seed 004's wording) as a sentence on the processing fee", () => {
    const report = gbWith(["other_matters", SIX, "在办理依申请公开工作中，未向申请人收取任何费用。"]);
    expect(narrativeFee(report)?.value).toBe(0);
  });
});

describe("fees.collected_yuan of the Shanghai-model tables: the fee sections, never the overview", () => {
  /** A Dingxi-form table (申请总数 4, as in legacy-families.test.ts) with the given narrative sections. */
  const legacyWith = (...sections: [SectionId, string, string][]): AnnualReport => {
    const report = gbWith(...sections);
    report.cells = {};
    const table = [
      "| 指标名称 | 计量单位 | 本期实际 |",
      "| 主动公开信息数 | 条 | 120 |",
      "| 申请总数 | 条 | 4 |",
      "| 对申请的答复总数 | 条 | 4 |",
      "| 行政复议数 | 件 | 0 |",
    ].join("\n");
    report.legacy = recognizeLegacy(readDocument(table, "pipe"), []);
    report.meta.formatEra = "legacy_provincial";
    return report;
  };

  it("does not read a 行政事业性收费 in the overview", () => {
    const report = legacyWith(["overview", "一、概述", "全年收取行政事业性收费386.5万元。"]);
    expect(feeMetric(report)).toMatchObject({ value: null, mapping: "unavailable" });
  });

  it("reads 收取检索费 in the 依申请公开 section (收费及减免 as its sub-section), naming that section", () => {
    const report = legacyWith(
      ["overview", "一、概述", "全年收取行政事业性收费386.5万元。"],
      ["applications", "二、依申请公开政府信息情况", "本年度收取检索费50元。"],
    );
    const fee = feeMetric(report);
    // A 2007-Regulation fee (检索费): approximate to the 2021 信息处理费 (legacy-mappings.ts FEES_BASIS).
    expect(fee).toMatchObject({ value: 50, mapping: "approximate", sources: ["sections.applications"] });
    expect(fee?.reason?.zh).toContain("原文（二、依申请公开政府信息情况）：“本年度收取检索费50元”");
  });
});

describe("the fee of this body this year, clause by clause (review RV13; the report is 2024's)", () => {
  it.each([
    ["本年度未收取信息处理费，上年收取信息处理费80元。", 0],
    ["去年收取信息处理费300元，今年未收取信息处理费。", 0],
    ["2023年收取信息处理费100元，2024年收取信息处理费40元。", 40],
    ["本机关未收取信息处理费，各乡镇共收取信息处理费200元。", 0],
    ["本年度应收取信息处理费200元，经审核全部减免。", 0],
    ["全年未发生因收取费用引发的投诉。本年度收取信息处理费100元。", 100],
    ["今后将继续不收取信息处理费。本年度收取信息处理费30元。", 30],
    ["本年度减免信息处理费100元，收取信息处理费50元。", 50],
    // This year named beside another, asides and dates (review RV14).
    ["本年度共收取信息处理费200元（含上年结转申请1件）。", 200],
    ["本年度收取信息处理费100元较2023年增加50元。", 100],
    ["本年度收取信息处理费100元，较上年减少50元。", 100],
    ["本机关按照2021年1月1日起施行的《政府信息公开信息处理费管理办法》收取信息处理费100元。", 100],
    ["本机关及下属单位均未收取信息处理费。", 0],
    ["本年度未收取信息处理费也未引发纠纷。", 0],
    ["上年度未收取信息处理费，本年度同样未收取信息处理费。", 0],
    ["本机关2023年、2024年均未收取信息处理费。", 0],
    ["本年度共收取信息处理费100元，其中对低保户的申请全额减免。", 100],
    // The number's own clause decides; periods since a year; 上年度结转; counts of other units (review RV15).
    ["本年度未收取信息处理费，上年同期收取100元。", 0],
    ["今年未收取信息处理费，去年收取200元。", 0],
    ["自2021年起本机关未收取信息处理费。", 0],
    ["对上年度结转的2件申请收取信息处理费100元。", 100],
    ["收取信息处理费3笔，共计150元。", 150],
    // Waivers of other applications, amounts in an aside, ○ years, the whole city's departments (review RV16).
    ["本年度收取信息处理费200元，对2件困难群众申请全额减免。", 200],
    ["本年度收取信息处理费200元（其中全额减免50元）。", 200],
    ["本年度收取信息处理费200元并对3件申请全额减免。", 200],
    ["本年度未收取信息处理费（上年度收取300元）。", 0],
    ["全市各部门均未收取信息处理费。", 0],
    // The notices the fee is charged by, as 2021 reports state them: the amount collected is 实际收取's.
    ["本年度共发出收费通知2件，总金额150元，实际收取150元。", 150],
    ["本年度发出收费通知书2份，实际收取费用300元。", 300],
    ["本年度共发出收费通知1件，总金额100元，实际收取0元。", 0],
    // A bare 未收取 after last year's fee, a document's year, an amount after an aside (closing note of session 7).
    ["上年收取信息处理费200元，本年度未收取。", 0],
    ["去年收取信息处理费200元，今年未收取、未发生。", 0],
    ["依据2020年印发的《办法》，本机关未收取信息处理费。", 0],
    ["依据2020年印发的办法未收取信息处理费。", 0],
    ["本年度收取信息处理费（上年为0元）100元。", 100],
    ["本年度收取信息处理费（上年为0元）共计1.2万元。", 12000],
  ])("六: %s → %d", (text, value) => {
    expect(narrativeFee(gbWith(["other_matters", SIX, text]))?.value).toBe(value);
  });

  it.each([
    "2023年收取信息处理费200元。",
    "各街道共收取信息处理费500元。",
    "本年度退还申请人信息处理费100元。",
    "信息处理费按照超额累进方式计收，标准为每件50元。",
    "全年未发生因收取费用引发的投诉。",
    "二〇二三年收取信息处理费300元。",
    "二○二三年收取信息处理费300元。",
    "本年度收取信息处理费（上年为0元）。",
    "收取信息处理费（上年为0元），以后未收取的将另行说明。",
    "上年收取信息处理费200元，去年未收取。",
    // A bare 未收取 about some of the applications states no fee of the whole (review RV17).
    "本年度有1件申请按规定收取了信息处理费，其余未收取。",
    "本年度共发出收费通知2件，其中1件申请人撤回申请未收取。",
  ])("六: %s → none", (text) => {
    expect(narrativeFee(gbWith(["other_matters", SIX, text]))).toBeUndefined();
  });
});

describe("a count of applications between the fee and its amount (review RV14)", () => {
  it("本年度收取信息处理费2件共计200元 → 200", () => {
    expect(narrativeFee(gbWith(["other_matters", SIX, "本年度收取信息处理费2件共计200元。"]))?.value).toBe(200);
  });
});

describe("a 'no 费用' outside section 六 must be about the applications (review RV16)", () => {
  it.each(["推进网站集约化建设，未产生额外运维费用。", "举办培训2期，未向参训人员收取任何费用。"])(
    "一: %s → none",
    (text) => {
      expect(narrativeFee(gbWith(["overview", OVERVIEW, text], ["other_matters", SIX, "无。"]))).toBeUndefined();
    },
  );

  it("一: 依申请公开未收取任何费用 → 0", () => {
    const report = gbWith(["overview", OVERVIEW, "依申请公开工作中未收取任何费用。"], ["other_matters", SIX, "无。"]);
    expect(narrativeFee(report)?.value).toBe(0);
  });
});
