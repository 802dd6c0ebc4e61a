// Page chrome that ends section 六's text (R15 #14): print/close links without spaces, share and scan links,
// site footers, sources and editors — and report prose that looks like them, kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/parse.js";

const fixture = readFileSync(new URL("../fixtures/messy/red-team/tab_2019_unicode_minus.txt", import.meta.url), "utf8");
const SIX = "本年度未收取信息处理费。";
if (!fixture.includes(`${SIX}\n`)) throw new Error("fixture end moved");

describe("page chrome after section 六 (R15 #14)", () => {
  const chrome = [
    "【打印本页】【关闭窗口】",
    "分享到：微信 微博 QQ空间",
    "【字体：大 中 小】",
    "扫一扫在手机打开当前页",
    "相关链接",
    "上一篇：无",
    "下一篇：关于印发某某的通知",
    "网站地图 | 联系我们 | 隐私声明",
    "主办：淮安市人民政府办公室 承办：淮安市大数据管理局",
    "网站标识码：3208000001",
    "苏ICP备05008015号",
    "苏公网安备 32080202000001号",
    "版权所有：淮安市人民政府",
    "建议使用1920*1080分辨率",
    "访问量：[1234]",
    "【我要纠错】",
    "收藏本页",
    "【信息来源：市政府办公室】",
    "来源：淮安市人民政府办公室",
    "责任编辑：张三",
    "文章来源：本站原创 发布时间：2025-01-20",
  ];
  it.each(chrome)("%s is dropped from 六's text", (line) => {
    const { sections } = parseReport(fixture.replace(`${SIX}\n`, `${SIX}\n${line}\n`)).report;
    expect(sections.find((s) => s.id === "other_matters")?.text).toBe(SIX);
  });

  it.each([
    "扫一扫二维码即可查阅政策解读，全年新增解读20篇。",
    "来源广泛的意见建议均已答复。",
    "编辑出版政务公开手册1册。",
    "相关链接均已更新。",
  ])("report prose %s is kept", (line) => {
    const { sections } = parseReport(fixture.replace(`${SIX}\n`, `${SIX}\n${line}\n`)).report;
    expect(sections.find((s) => s.id === "other_matters")?.text).toBe(`${SIX}\n${line}`);
  });
});
