import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

/**
 * The tables are read first with the layout the report's year prescribes, and another layout's table is read
 * only when it could still win (tables.ts cannotWin): which layout is read first must never change a result.
 */
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const GB2019 = fixture("messy/gb2019-unclosed-note.txt");
const GB2021 = fixture("corpus/025_2024_huaianshi.txt");

/** The text with every year `from` written as `to` (title, period and prose), so that the prior layout changes. */
const retold = (text: string, from: string, to: string) => text.replace(new RegExp(`${from}(\\s*年)`, "g"), `${to}$1`);

describe("the layout read first does not decide the era", () => {
  it("a 2019-layout report whose year says 2024 (the 2021 layout read first) still reads its tables as 2019", () => {
    const own = parseReport(GB2019).report;
    const told = parseReport(retold(GB2019, "2020", "2024")).report;
    expect(own.meta.year).toBe(2020);
    expect(told.meta.year).toBe(2024);
    expect(told.tables.map((t) => [t.id, t.era])).toEqual(own.tables.map((t) => [t.id, t.era]));
    expect(told.tables.find((t) => t.id === "active_disclosure")?.era).toBe("gb2019");
    expect(told.cells).toEqual(own.cells);
    // Read by hand: 其他对外管理服务事项 25 +3 1204, a row only the 2019 layout has.
    expect(told.cells["active_disclosure.other_services.decisions"]?.value).toBe(1204);
  });

  it("a 2021-layout report whose year says 2020 (the 2019 layout read first) still reads its tables as 2021", () => {
    const own = parseReport(GB2021).report;
    const told = parseReport(retold(GB2021, "2024", "2020")).report;
    expect(told.meta.year).toBe(2020);
    expect(told.tables.map((t) => [t.id, t.era])).toEqual([
      ["active_disclosure", "gb2021"],
      ["applications", "gb2021"],
      ["review_litigation", "gb2021"],
    ]);
    expect(told.cells).toEqual(own.cells);
    expect(told.cells["applications.new.total"]?.value).toBe(3119);
  });
});
