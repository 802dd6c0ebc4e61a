/**
 * parseReport on hostile inputs: very long lines, very wide rows, deep nesting, absurd spans, prototype
 * keys as labels, and inputs over the size limit. Each big input first runs in a worker thread on the built
 * package with a time limit (a blow-up fails there instead of hanging the suite), then in-process on the
 * sources with every check of helpers.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "../../src/input/decode.js";
import { isUsable, parseReport } from "../../src/parse.js";
import { renderReport } from "../../src/render/index.js";
import { SHAPES } from "../../src/schema/common.js";
import { ParseResultSchema } from "../../src/schema/report.js";
import { isFieldId } from "../../src/templates/index.js";
import { FIXTURES, parseAndCheck, parseInWorker, prototypeSnapshot } from "./helpers.js";

let before = "";
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const MB = 1 << 20;
const HEAD = "某某区人民政府2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
const numbers = (n: number) => Array.from({ length: n }, (_, i) => String(i % 1000));

/** Runs the guard in a worker, then the full in-process checks when the worker finished in time. */
async function guarded(input: string, limitMs: number, label: string) {
  const outcome = await parseInWorker(input, limitMs);
  if (!outcome.finished) {
    expect.fail(`${label}: parseReport (dist) did not finish within ${limitMs} ms (${input.length} characters)`);
  }
  if ("threw" in outcome)
    expect.fail(`${label}: parseReport (dist) threw after ${Math.round(outcome.ms)} ms: ${outcome.threw}`);
  const t0 = performance.now();
  const result = parseAndCheck(input);
  const ms = performance.now() - t0;
  expect(ms, `${label}: in-process parse time`).toBeLessThan(limitMs);
  return result;
}

describe("1 MB lines", () => {
  it("a 1 MB line of one letter", async () => {
    const r = await guarded("a".repeat(MB), 30_000, "1 MB of a");
    expect(r.diagnostics.map((d) => d.code)).toContain("not-a-report");
  }, 90_000);

  it("a 1 MB line of report words (CJK, punctuation, no digits)", async () => {
    const words = "政府信息公开工作年度报告，自然人、法人或其他组织（一）予以公开；";
    await guarded(words.repeat(Math.ceil(MB / words.length)), 30_000, "1 MB of CJK");
  }, 90_000);

  it("a 1 MB table row: a label and space-separated numbers", async () => {
    const row = `自然人 ${numbers(Math.ceil(MB / 3)).join(" ")}`;
    expect(row.length).toBeGreaterThan(MB);
    await guarded(HEAD + row, 20_000, "1 MB numeric row");
  }, 90_000);
});

describe("backtracking traps in shape detection and the closing lines", () => {
  it("2,000 HTML comments before a paragraph-style text (the page-start pattern)", async () => {
    const r = await guarded(`${"<!---->".repeat(2000)}x\n\npara\n\npara\n\npara <b>`, 10_000, "comments");
    // Comments and one <b> are no page, and no HTML tag the detector counts: PDF-style lines.
    expect(r.report.meta.shape).toBe("lines");
  }, 60_000);

  it("a last line of 40,000 spaces between two characters (the body-and-date line)", async () => {
    const text = `${HEAD}一、总体情况\n正文。\n某${" ".repeat(40_000)}某\n`;
    const r = await guarded(text, 10_000, "spaces");
    expect(r.report.meta.reportDate).toBeNull();
  }, 60_000);

  it("40,000 spaces inside a sentence on the fee of a 2024 report without tables (the fee reader's line join)", async () => {
    // The fee reader joined wrapped lines with /\s*\n\s*/g, which backtracks over every run of spaces:
    // 3.5 s for normalizeReport, 7 s for diffReports, once a report without tables took its year's layout.
    const text = `${HEAD}六、其他需要报告的事项\n本年度收取信息处理费${" ".repeat(40_000)}0元。\n`;
    const r = await guarded(text, 10_000, "fee spaces");
    expect(r.report.meta.formatEra).toBe("gb2021");
  }, 60_000);

  it("32,000 reports in one file under 20 titles (the running-header count of multiple-reports)", async () => {
    // Each report start counted its title's printings over the whole file: 30 s for this input (review RV22).
    let text = "";
    for (let i = 0; i < 32_000; i++)
      text += `某局${2000 + (i % 20)}年政府信息公开工作年度报告\n一、总体情况\n正文，内容。\n`;
    const r = await guarded(text, 10_000, "32,000 reports");
    expect(r.report.meta.year).toBe(2000);
  }, 60_000);

  it("20,000 unclosed <table tags in paragraph-style text", async () => {
    const text = `标题\n\n正文\n\n${"<table ".repeat(20_000)}\n\n正文\n`;
    await guarded(text, 10_000, "unclosed tables");
  }, 60_000);
});

describe("10,000-column rows", () => {
  const cols = numbers(10_000);
  it("pipe: |自然人|0|1|…| with 10,000 value cells", async () => {
    await guarded(`${HEAD}|自然人|${cols.join("|")}|\n|总计|${cols.join("|")}|`, 5_000, "pipe 10k");
  }, 30_000);

  it("tab: 自然人\\t0\\t1… with 10,000 value cells", async () => {
    await guarded(`${HEAD}自然人\t${cols.join("\t")}\n总计\t${cols.join("\t")}`, 5_000, "tab 10k");
  }, 30_000);

  it("html: <tr> of 10,000 <td>", async () => {
    const tr = (label: string) => `<tr><td>${label}</td>${cols.map((c) => `<td>${c}</td>`).join("")}</tr>`;
    await guarded(`<h1>${HEAD}</h1><table>${tr("自然人")}${tr("总计")}</table>`, 5_000, "html 10k");
  }, 30_000);
});

describe("10,000 levels of HTML nesting", () => {
  it("<div> nested 10,000 deep", async () => {
    await guarded(
      `<html><body>${"<div>".repeat(10_000)}${HEAD}${"</div>".repeat(10_000)}</body></html>`,
      10_000,
      "div",
    );
  }, 30_000);

  it("<table><tr><td> nested 10,000 deep, with a value at the bottom", async () => {
    const html = `<h1>${HEAD}</h1>${"<table><tr><td>".repeat(10_000)}5${"</td></tr></table>".repeat(10_000)}`;
    await guarded(html, 10_000, "nested tables");
  }, 30_000);

  it("10,000 unclosed <td> and <tr> tags", async () => {
    await guarded(`<h1>${HEAD}</h1><table>${"<tr><td>1".repeat(10_000)}`, 10_000, "unclosed");
  }, 30_000);
});

describe("huge rowspan and colspan", () => {
  const SPANS = ["1000000000", "1e9", "4294967297", "-1", "0", "NaN", "Infinity", "9".repeat(400)];
  it(`${SPANS.length} span values × rowspan/colspan on a real-looking table parse in bounded time`, () => {
    for (const span of SPANS) {
      const html = `<h1>${HEAD}</h1><table>
        <tr><td rowspan="${span}">一、本年新收政府信息公开申请数量</td><td colspan="${span}">21</td><td>0</td></tr>
        <tr><td>自然人</td><td rowspan="${span}" colspan="${span}">7</td></tr>
        <tr><td>总计</td><td>21</td></tr></table>`;
      const t0 = performance.now();
      const result = parseAndCheck(html);
      expect(performance.now() - t0, `span ${span}`).toBeLessThan(5_000);
      expect(isUsable(result)).toBe(true);
    }
  });

  it("rowspan=1e9 on the label cell of a real report's table keeps the table's values", () => {
    const real = FIXTURES.find((f) => f.name.includes("024_2024"))!;
    const html = renderReport(parseReport(real.text).report, "html").replace("<td", '<td rowspan="1000000000"');
    const t0 = performance.now();
    const result = parseAndCheck(html);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(result.report.meta.orgName).toBe("淮安市洪泽区人民政府");
  });
});

describe("source offsets in HTML text with entities and runs of whitespace (found by fuzzing)", () => {
  // Values read from a text line of an HTML document must point at themselves in the input, even when
  // the line holds `&nbsp;` or several spaces before the value.
  it.each([
    "本年新收政府信息公开申请数量  - ",
    "本年新收政府信息公开申请数量  5",
    "<p>本年新收政府信息公开申请数量  5</p>",
    "<p>本年新收政府信息公开申请数量 &nbsp; 21</p>",
  ])("%j as html", (text) => {
    const { report } = parseAndCheck(text, { shape: "html" });
    expect(Object.keys(report.cells)).toEqual(["applications.new.natural_person"]);
  });
});

describe("prototype keys as labels", () => {
  const KEYS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf"];
  const rows = KEYS.map((k, i) => [k, String(i + 1), String(i + 2)]);
  const headings = KEYS.map((k, i) => `${"一二三四五六"[i]}、${k}`).join("\n");

  it.each(SHAPES)(`${KEYS.length} prototype-key rows and headings in %s`, (shape) => {
    const table =
      shape === "pipe"
        ? rows.map((r) => `|${r.join("|")}|`).join("\n")
        : shape === "tab"
          ? rows.map((r) => r.join("\t")).join("\n")
          : shape === "lines"
            ? rows.map((r) => r.join("\n")).join("\n\n")
            : shape === "markdown"
              ? `| 项目 | 数 | 数 |\n|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}`
              : `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`;
    const text = shape === "html" ? `<h1>${HEAD}</h1><h2>__proto__</h2>${table}` : `${HEAD}${headings}\n${table}`;
    const result = parseAndCheck(text, { shape });
    const { report } = result;
    for (const key of Object.keys(report.cells)) expect(isFieldId(key), key).toBe(true);
    expect(
      Object.getPrototypeOf(report.cells) === Object.prototype || Object.getPrototypeOf(report.cells) === null,
    ).toBe(true);
    // The result survives JSON and the schema (labels are kept as data, never as keys).
    const copy = JSON.parse(JSON.stringify(result));
    expect(ParseResultSchema.safeParse(copy).success).toBe(true);
    expect(copy).toEqual(JSON.parse(JSON.stringify(copy)));
  });

  it("a real report with its row labels replaced by __proto__ / constructor", () => {
    for (const { name, text } of FIXTURES) {
      const hostile = text
        .replace(/自然人/g, "__proto__")
        .replace(/总计/g, "constructor")
        .replace(/行政许可/g, "prototype");
      const { report } = parseAndCheck(hostile);
      expect(report.meta.title, name).not.toBeNull();
      for (const row of report.extraRows) expect(typeof row.label).toBe("string");
    }
  });
});

describe("input size limit (input-too-large)", () => {
  const real = FIXTURES.find((f) => f.name.includes("025_2024"))!.text;

  it("a string one character over DEFAULT_MAX_BYTES (20 MB) is refused fast with input-too-large", () => {
    const huge = "a".repeat(DEFAULT_MAX_BYTES + 1);
    const t0 = performance.now();
    const result = parseReport(huge);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "input-too-large", severity: "error" });
    expect(isUsable(result)).toBe(false);
    expect(Object.keys(result.report.cells)).toEqual([]);
  });

  it("bytes over DEFAULT_MAX_BYTES are refused with input-too-large", () => {
    const result = parseReport(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["input-too-large"]);
  });

  it("maxBytes: the real report at exactly its length parses, one below is refused", () => {
    expect(isUsable(parseAndCheck(real, { maxBytes: real.length }))).toBe(true);
    const refused = parseAndCheck(real, { maxBytes: real.length - 1 });
    expect(refused.diagnostics.map((d) => d.code)).toEqual(["input-too-large"]);
    expect(refused.diagnostics[0]?.message).toContain(`${real.length} > ${real.length - 1}`);
    const bytes = new TextEncoder().encode(real);
    expect(isUsable(parseAndCheck(bytes, { maxBytes: bytes.length }))).toBe(true);
    expect(parseAndCheck(bytes, { maxBytes: bytes.length - 1 }).diagnostics.map((d) => d.code)).toEqual([
      "input-too-large",
    ]);
  });
});
