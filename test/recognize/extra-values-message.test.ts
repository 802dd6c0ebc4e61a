import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";

const PDF_2019 = readFileSync(new URL("../fixtures/messy/gb2019-unclosed-note.txt", import.meta.url), "utf8");

describe("row-extra-values names the row by the layout (red team R18: it quoted the header lines above it)", () => {
  it("a third value in the 2019 （八） row of PDF text", () => {
    const text = PDF_2019.replace("行政事业性收费 4 0\n", "行政事业性收费 4 0 7\n");
    expect(text).not.toBe(PDF_2019);
    const extra = parseReport(text).diagnostics.filter((d) => d.code === "row-extra-values");
    expect(extra).toHaveLength(1);
    expect(extra[0]?.message).toBe(
      "Row 二、行政事业性收费 has 1 value(s) more than its 2 column(s): 7 (read in order: a number split in two or a value printed twice moves the values after it)",
    );
    // The printed label (here with the block's header lines joined to it) stays in `text`.
    expect(extra[0]?.text).toContain("行政事业性收费");
    expect(extra[0]?.field).toBe("active_disclosure.fees.prev_year_items");
  });
});
