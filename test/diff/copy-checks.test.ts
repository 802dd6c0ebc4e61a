import { describe, expect, it } from "vitest";
import { copiedText } from "../../src/diff/copy-checks.js";
import { hongze2023, hongze2024, section } from "./build.js";

describe("X-COPY-TEXT on a copy whose years were not updated (R12 copy-stale-year)", () => {
  // Two paragraphs of more than 40 characters, each naming the report year 2023.
  const overview =
    "2023年，洪泽区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，不断提升政务公开质效。";
  const problems =
    "2023年我办政府信息公开工作虽然取得了一定成效，但仍存在公开内容不够全面、解读形式较为单一等问题，下一步将加强培训，提高公开质量。";
  const sections = () => [section("一", "总体情况", overview), section("五", "存在的主要问题及改进情况", problems)];

  it("finds both paragraphs when the 2024 report still says 2023年", () => {
    const a = hongze2023();
    a.sections = sections();
    const b = hongze2024();
    b.sections = sections(); // copied character for character
    const [f, ...rest] = copiedText(a, b);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "X-COPY-TEXT", severity: "info", actual: 2 });
    expect(f!.operands.map((o) => [o.label, o.value])).toEqual([
      ["一、总体情况", 1],
      ["五、存在的主要问题及改进情况", 1],
    ]);
    expect(f!.message.zh).toContain("2/2 段");
  });

  it("still finds the copy with the years updated, and not a paragraph that changed", () => {
    const a = hongze2023();
    a.sections = sections();
    const b = hongze2024();
    b.sections = [
      section("一", "总体情况", overview.replace("2023年", "2024年")),
      section("五", "存在的主要问题及改进情况", problems.replace("下一步将加强培训", "下一步将完善考核")),
    ];
    const [f] = copiedText(a, b);
    expect(f!.operands.map((o) => [o.label, o.value])).toEqual([["一、总体情况", 1]]);
    expect(f!.message.zh).toContain("1/2 段");
  });
});
