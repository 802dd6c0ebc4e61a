// The report date after a report's last section (R15 #7): footers and related-article lists after the signature,
// a signature laid out in a small table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const fixture = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const SIGNATURE = "溧水区农业农村局\n2021年1月20日\n";
const SIX = "本年度未收取信息处理费。";
if (!fixture.endsWith(SIGNATURE) || !fixture.includes(`${SIX}\n${SIGNATURE}`)) throw new Error("fixture end moved");
const unsigned = fixture.slice(0, -SIGNATURE.length);

/** The fixture as HTML paragraphs, its signature replaced by `tail`. */
function page(tail: string) {
  const body = unsigned.trimEnd().split("\n");
  return `<html><body>${body.map((l) => `<p>${l}</p>`).join("")}${tail}</body></html>`;
}

describe("the report date (R15 #7)", () => {
  it("is the signature's, not a related article's or a footer's date printed after it", () => {
    expect(parseReport(`${fixture}关于印发某某办法的通知\n2021-02-03\n`).report.meta.reportDate).toBe("2021-01-20");
    const footer = `<div><p>淮安市人民政府办公室主办</p><p>2021-02-03</p></div>`;
    const html = page(`<p>溧水区农业农村局</p><p>2021年1月20日</p>${footer}`);
    expect(parseReport(html).report.meta.reportDate).toBe("2021-01-20");
  });

  it("is read off a signature laid out in a small table, one cell a row or body and date in one row", () => {
    const oneColumn = page("<table><tr><td>溧水区农业农村局</td></tr><tr><td>2021年1月20日</td></tr></table>");
    const oneRow = page("<table><tr><td>溧水区农业农村局</td><td>2021年1月20日</td></tr></table>");
    for (const html of [oneColumn, oneRow]) {
      const { meta, sections } = parseReport(html).report;
      expect([meta.reportDate, meta.orgName]).toEqual(["2021-01-20", "溧水区农业农村局"]);
      expect(sections.find((s) => s.id === "other_matters")?.text).toBe(SIX);
    }
  });
});
