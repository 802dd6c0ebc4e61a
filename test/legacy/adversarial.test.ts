import { describe, expect, it } from "vitest";
import { recognizeLegacy } from "../../src/recognize/legacy.js";
import { readDocument } from "../../src/shapes/index.js";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i % 1000));
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
};

describe("recognizeLegacy on adversarial input", () => {
  it("a row wider than its header keeps every number (10,000 of them) without overflowing the stack", () => {
    const text = `统计表\n| 统计指标 | 单位 | 统计数 |\n| 收到申请数 | 件 | ${numbers(10_000).join(" | ")} |\n| 申请办结数 | 件 | 1 |\n| 1.按时办结数 | 件 | 1 |`;
    const document = readDocument(text, "pipe");
    const { value, ms } = timed(() => recognizeLegacy(document, []));
    const rows = value[0]!.rows;
    expect(rows.length).toBe(10_002);
    expect(rows[0]).toMatchObject({
      id: "legacy_national.applications.received",
      column: "统计数",
      cell: { value: 0 },
    });
    expect(rows[1]).toMatchObject({ id: null, column: "列4", cell: { value: 1 } });
    expect(rows.at(-1)).toMatchObject({ id: "legacy_national.applications.closed_on_time", column: null });
    expect(ms).toBeLessThan(5_000);
  });

  it("a 1 MB line of numbers after a label is not a legacy table and is rejected fast", () => {
    const text = `统计表\n收到申请数 件 ${numbers(350_000).join(" ")}`;
    const document = readDocument(text, "lines");
    const { value, ms } = timed(() => recognizeLegacy(document, []));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });

  it("a 10,000-cell row of a gb-looking table is skipped fast", () => {
    const text = `三、收到和处理政府信息公开申请情况\n|自然人|${numbers(10_000).join("|")}|\n|总计|${numbers(10_000).join("|")}|`;
    const document = readDocument(text, "pipe");
    const { value, ms } = timed(() => recognizeLegacy(document, []));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(1_000);
  });
});
