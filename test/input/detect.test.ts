import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectShape } from "../../src/input/detect.js";

const read = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

describe("detectShape on the real fixtures", () => {
  it.each([
    ["seeds/000_cc43e5a43c1be886.txt", "pipe"],
    ["seeds/001_a728f3a6d1ee2bff.txt", "markdown"],
    ["seeds/002_d039ec262de9d514.txt", "lines"],
    ["seeds/003_80aeb6f3312619ab.txt", "lines"],
    ["seeds/004_592a88c54830d4c2.txt", "markdown"],
    ["corpus/023_2023_hongzequ.txt", "lines"],
    ["corpus/024_2024_hongzequ.txt", "lines"],
    ["corpus/025_2024_huaianshi.txt", "lines"],
  ])("%s → %s", (path, shape) => {
    expect(detectShape(read(path))).toBe(shape);
  });
});

describe("detectShape on small inputs", () => {
  it("html from tags", () => {
    expect(detectShape("<table><tr><td>规章</td><td>0</td></tr></table>")).toBe("html");
    expect(detectShape("<p>一、总体情况</p>\n<div>正文</div>\n<p>二</p>")).toBe("html");
  });

  it("markdown whose tables are HTML blocks, not a page (MinerU), and pages however they start", () => {
    const table = "<html><body><table><tr><td>规章</td><td>0</td></tr></table></body></html>";
    const mineru = `某某县人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n\n${table}\n\n五、存在的主要问题\n\n正文。\n`;
    expect(detectShape(mineru)).toBe("markdown");
    // A page: a doctype, <head>, <title> or <meta> anywhere (a crawler's URL line before it), or <html> first.
    expect(detectShape(`URL: http://example.gov.cn/1.html\n\n<!DOCTYPE html>\n${mineru}`)).toBe("html");
    expect(detectShape(`<!-- saved -->\n<html>\n${mineru}`)).toBe("html");
    expect(detectShape(mineru.replace("一、总体情况", "<title>报告</title>"))).toBe("html");
    // Paragraphs with block markup outside the tables are an HTML fragment.
    expect(detectShape(`<p>一、总体情况</p>\n\n<p>正文</p>\n\n<div>二</div>\n\n${table}\n`)).toBe("html");
  });

  it("keeps paragraph text with a stray < (no table) as lines", () => {
    expect(detectShape("标题\n\n办理时限<20日。\n\n正文。\n\n正文。\n")).toBe("lines");
  });

  it("pipe from box-drawing verticals (w3m renders HTML tables so)", () => {
    expect(detectShape("标题\n┌──┬──┐\n│规章│0│\n├──┼──┤\n│行政规范性文件│0│\n└──┴──┘\n正文")).toBe("pipe");
    // Full-width ｜ (U+FF5C) and broken bars ¦ (U+00A6) typed for | (red team R14).
    expect(detectShape("标题\n｜规章｜0｜\n｜行政规范性文件｜0｜\n正文")).toBe("pipe");
    expect(detectShape("标题\n规章 ¦ 0 ¦\n行政规范性文件 ¦ 0 ¦\n正文")).toBe("pipe");
  });

  it("markdown from ATX headings or GFM delimiter rows", () => {
    expect(detectShape("# 年度报告\n\n正文\n")).toBe("markdown");
    expect(detectShape("| a | b |\n|---|---|\n| 1 | 2 |\n")).toBe("markdown");
  });

  it("tab from rows with two or more tabs, pipe from rows with two or more pipes", () => {
    expect(detectShape("标题\n规章\t0\t0\t0\n行政规范性文件\t0\t0\t0\n正文")).toBe("tab");
    expect(detectShape("标题\n规章 | 0 | 0 | 0\n行政规范性文件 | 0 | 0 | 0\n正文")).toBe("pipe");
  });

  it("reads lines ended by \r\n or a lone \r as it reads \n lines", () => {
    expect(detectShape("标题\r规章\t0\t0\t0\r行政规范性文件\t0\t0\t0\r")).toBe("tab");
    expect(detectShape("标题\r\n规章 | 0 | 0\r\n行政许可 | 0 | 0\r\n")).toBe("pipe");
    expect(detectShape("| a | b |\r|---|---|\r| 1 | 2 |\r")).toBe("markdown");
  });

  it("needs the dashes of a delimiter row on the row itself", () => {
    // a `---` line before the table is no delimiter row (it has no pipe), and the rows below have no dashes
    expect(detectShape("---\n规章 | 0 | 0\n行政许可 | 0 | 0\n")).toBe("pipe");
    expect(detectShape("---\n规章 | 0 | 0\n|---|---|\n")).toBe("markdown");
  });

  it("html from three tags, not two (closing tags do not count)", () => {
    expect(detectShape("<p>一、总体情况</p>\n<p>二、主动公开</p>")).toBe("lines");
    expect(detectShape("<p>一、总体情况</p>\n<p>二、主动公开</p>\n<p>三</p>")).toBe("html");
  });

  it("lines otherwise (pipe-only lines do not make a pipe table)", () => {
    expect(detectShape("规章\n|\n0\n|\n||\n行政许可\n|\n5\n|\n||\n")).toBe("lines");
    expect(detectShape("一、总体情况\n正文第一行\n正文第二行\n")).toBe("lines");
  });
});

describe("detectShape: Markdown with embedded HTML", () => {
  it("is markdown when ATX headings structure a fragment that holds a raw <table>", () => {
    const md = "# 年度报告\n\n## 二、主动公开政府信息情况\n\n<table><tr><td>规章</td><td>0</td></tr></table>\n";
    expect(detectShape(md)).toBe("markdown");
    expect(detectShape(`<!DOCTYPE html>\n${md}`)).toBe("html");
  });
});
