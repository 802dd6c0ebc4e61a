import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectShape } from "../../src/input/detect.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { reportArb } from "../helpers/arbitrary-report.js";

describe("rendered text is detected as the shape it was rendered in", () => {
  // Plain prose: a prose line such as "# 号开头的句子。" is a Markdown heading to the detector, whatever the shape.
  const reports = fc.oneof(
    reportArb("gb2021", { plainProse: true }),
    reportArb("gb2019", { plainProse: true }),
    reportArb("gb2021", { hybrid: true, plainProse: true }),
    reportArb("gb2019", { dropRows: 0.3, plainProse: true }),
  );
  it.each(SHAPES)("%s (100 random reports)", (shape) => {
    fc.assert(
      fc.property(reports, (report) => {
        expect(detectShape(renderReport(report, shape))).toBe(shape);
      }),
      { numRuns: 100 },
    );
  });
});
