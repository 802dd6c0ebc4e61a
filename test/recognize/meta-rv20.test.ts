// Review RV20 of this session's title and metadata work: what the fixes of red team R15/R16 must not break.
// Seed 001 (太康县卫健委 2023, Markdown) and corpus 023 (洪泽区 2023, PDF text).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, validateReport } from "../../src/index.js";

const seed = readFileSync(new URL("../fixtures/seeds/001_a728f3a6d1ee2bff.txt", import.meta.url), "utf8");
const TITLE = "太康县卫健委 2023 年政府信息公开工作年度报告";
const meta = (text: string) => parseReport(text).report.meta;
const titleYearFindings = (text: string) =>
  validateReport(parseReport(text).report).filter((f) => f.rule === "META-TITLE-YEAR");

describe("titles (review RV20)", () => {
  it("an intro sentence naming the report (现将…报告公布如下：) is not the title", () => {
    const text = seed.replace(
      "## 一、总体情况",
      "根据《中华人民共和国政府信息公开条例》规定，现将太康县卫健委2023年政府信息公开工作年度报告公布如下：\n\n## 一、总体情况",
    );
    expect(text).not.toBe(seed);
    expect(meta(text)).toMatchObject({ title: TITLE, orgName: "太康县卫健委", year: 2023 });
  });

  it("without a section heading, a related-reports list at the end does not win", () => {
    const text = [
      "太康县卫健委2023年政府信息公开工作年度报告",
      "",
      "2023年，我委全年主动公开政府信息64条，收到政府信息公开申请0件，未发生行政复议和行政诉讼。",
      "",
      "相关报告",
      "太康县卫健委2022年政府信息公开工作年度报告",
      "太康县卫健委2021年政府信息公开工作年度报告",
    ].join("\n");
    expect(meta(text)).toMatchObject({ title: "太康县卫健委2023年政府信息公开工作年度报告", year: 2023 });
  });
});

describe("META-TITLE-YEAR stays silent on correct reports (review RV20)", () => {
  it("a 2023 report citing 2022, planning 2024 in 五, or naming a 2021—2025 plan", () => {
    const cited = seed.replace(
      "全年公开政府信息 64 条",
      "全年公开政府信息 64 条，较2022年增加12条，依申请公开数量与2022年持平，行政复议数量少于2022年",
    );
    const planned = seed
      .replace("一是进一步加强", "2024年，我委将一是进一步加强")
      .replace("二是进一步规范", "2024年二是进一步规范")
      .replace("三是进一步强化", "2024年三是进一步强化");
    const plan = seed.replace(
      "一是大力推行",
      "对照规划（2021—2025年）、规划（2021—2025年）和规划（2021—2025年），一是大力推行",
    );
    for (const text of [cited, planned, plan]) {
      expect(text).not.toBe(seed);
      expect(titleYearFindings(text)).toEqual([]);
    }
  });

  it("still fires on a title copied from last year's report", () => {
    const copied = seed
      .replace(TITLE, "太康县卫健委 2022 年政府信息公开工作年度报告")
      .replace("全年公开政府信息 64 条", "2023年全年公开政府信息 64 条，2023年收到申请，2023年办结");
    expect(titleYearFindings(copied).map((f) => f.message.zh)).toEqual([
      expect.stringContaining("标题年份2022与正文多处所写年份2023"),
    ]);
  });
});

describe("report prose starting with a chrome word stays (review RV20)", () => {
  const six = (text: string) => parseReport(text).report.sections.find((s) => s.number === "六")?.text ?? "";
  for (const line of [
    "扫一扫县政府网站二维码，即可在手机上查看本机关主动公开的政府信息。",
    "主办单位：太康县卫生健康委员会（政务公开培训班）",
    "位置：县政务服务中心三楼卫健窗口，工作日开放，提供查阅服务。",
  ]) {
    it(line, () => {
      const text = seed.replace("#### 六、其他需要报告的事项\n", `#### 六、其他需要报告的事项\n\n${line}\n`);
      expect(text).not.toBe(seed);
      expect(six(text)).toContain(line);
    });
  }
});

describe("publication stamps after a word (review RV20)", () => {
  for (const stamp of [
    "信息发布日期：2024-01-20",
    "文章发布时间：2024年1月20日",
    "太康县卫健委 发布时间：2024-01-20",
  ]) {
    it(stamp, () => {
      const text = seed.replace(`# ${TITLE}\n`, `# ${TITLE}\n\n${stamp}\n`);
      expect(meta(text).publishDate).toBe("2024-01-20");
    });
  }
});
