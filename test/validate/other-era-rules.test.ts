/**
 * The soft and column rules of the gb2019 and legacy layouts (formats.md §6.1–6.3, red team R18): each input is
 * a report with one number changed, the figures below read off the input by hand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";
import { validateReport } from "../../src/validate/validate-report.js";

const read = (name: string) => readFileSync(new URL(`./r18/${name}`, import.meta.url), "utf8");
/** The findings of some rules: [rule, severity, actual, expected] each. */
const findings = (text: string, rules: string[]) =>
  validateReport(parseReport(text).report)
    .filter((f) => rules.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.actual, f.expected]);

describe("L-REFUSE: 不同意公开答复数 ≥ Σ 其中 reasons (S, ≥ is H)", () => {
  const text = read("national-refusal-reasons-above.html");

  it("reasons 1 + 0 + 3 + 0 + 1 + 0 = 5 above 4 refusals: an error", () => {
    expect(findings(text, ["L-REFUSE"])).toEqual([["L-REFUSE", "error", 4, 5]]);
  });

  it("reasons 1 + 1 + 1 = 3 below 4 refusals (normally =): a warning", () => {
    const fewer = text.replace(
      "<td>涉及个人隐私</td><td>件</td><td>3</td>",
      "<td>涉及个人隐私</td><td>件</td><td>1</td>",
    );
    expect(findings(fewer, ["L-REFUSE"])).toEqual([["L-REFUSE", "warning", 4, 3]]);
  });

  it("reasons 4 = 4 refusals: nothing", () => {
    const equal = text.replace(
      "<td>涉及个人隐私</td><td>件</td><td>3</td>",
      "<td>涉及个人隐私</td><td>件</td><td>2</td>",
    );
    expect(findings(equal, ["L-REFUSE"])).toEqual([]);
  });
});

describe("the soft rules of formats.md §6.1–6.2", () => {
  it("T2-PUB-S: 2019 规范性文件 对外公开总数量 27 < 本年新公开数量 30: a warning", () => {
    const text = read("gb2019-published-above-total.html");
    expect(findings(text, ["T2-PUB-S"])).toEqual([["T2-PUB-S", "warning", 30, 27]]);
    const [finding] = validateReport(parseReport(text).report).filter((f) => f.rule === "T2-PUB-S");
    expect(finding?.message.zh).toContain("二、规范性文件 / 本年新公开数量 ≤ 对外公开总数量");
    expect(
      findings(text.replace("<td>3</td><td>30</td><td>27</td>", "<td>3</td><td>3</td><td>27</td>"), ["T2-PUB-S"]),
    ).toEqual([]);
  });

  it("L-RESP: 50 hot issues against 4 + 3 + 25 + 9 + 2 = 43 responses through the channels: a warning", () => {
    expect(findings(read("national-hot-issues-above-channels.html"), ["L-RESP"])).toEqual([
      ["L-RESP", "warning", 50, 43],
    ]);
    expect(findings(read("national-refusal-reasons-above.html"), ["L-RESP"])).toEqual([]); // 15 ≤ 43
  });

  it("L-CLOSE-S: 35 replies against 20 applications closed: a warning", () => {
    expect(findings(read("national-replies-vs-closed.html"), ["L-CLOSE-S"])).toEqual([
      ["L-CLOSE-S", "warning", 35, 20],
    ]);
    expect(findings(read("national-refusal-reasons-above.html"), ["L-CLOSE-S"])).toEqual([]); // 35 = 35
  });
});

describe("Dingxi 本期实际 | 本年累计 (formats.md §6.3)", () => {
  it("S-CUM: 申请总数 22 and 当面申请数 18 in 本期实际 above their 本年累计 21 and 8: errors", () => {
    expect(findings(read("dingxi-period-above-ytd.html"), ["S-CUM", "S-REC"])).toEqual([
      ["S-CUM", "error", 22, 21],
      ["S-CUM", "error", 18, 8],
    ]);
  });

  it("S-REC in the 本年累计 column: 21 against 8 + 1 + 9 + 5 + 3 + 0 = 26, the column named", () => {
    const text = read("dingxi-ytd-column-broken.html");
    expect(findings(text, ["S-REC", "S-CUM"])).toEqual([["S-REC", "error", 21, 26]]);
    const [finding] = validateReport(parseReport(text).report).filter((f) => f.rule === "S-REC");
    expect(finding?.message.zh).toContain("（本年累计）");
    expect(finding?.operands[0]?.field).toBe("legacy_sh.applications.total.year_to_date");
  });

  it("NONNEG names the legacy row: 申请总数：-2为负数", () => {
    const text = read("dingxi-ytd-column-broken.html").replace(
      "<td>10</td><td>6</td><td>21</td>",
      "<td>10</td><td>-2</td><td>21</td>",
    );
    const nonneg = validateReport(parseReport(text).report).filter((f) => f.rule === "NONNEG");
    expect(nonneg.map((f) => f.message)).toEqual([
      { zh: "申请总数：-2为负数", en: "legacy_sh.applications.total: -2 is negative" },
    ]);
  });
});

describe("a national table printing 上年数 | 本年数 (test/fixtures/legacy/red-team/nat-prev-this-year.txt)", () => {
  const text = readFileSync(new URL("../fixtures/legacy/red-team/nat-prev-this-year.txt", import.meta.url), "utf8");

  it("checks L-REPLY in the 上年数 column too: 5 replies against 4 + 1 = 5 holds, against 4 + 2 = 6 is an error", () => {
    expect(findings(text, ["L-REPLY"])).toEqual([]);
    const broken = text.replace("| 6.申请信息不存在 | 件 | 1 | 1 |", "| 6.申请信息不存在 | 件 | 2 | 1 |");
    const [finding] = validateReport(parseReport(broken).report).filter((f) => f.rule === "L-REPLY");
    expect([finding?.severity, finding?.actual, finding?.expected]).toEqual(["error", 5, 6]);
    expect(finding?.message.zh).toContain("（上年）");
  });
});
