import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DECODE_ERROR_CODES, DECODE_ERRORS, decodeInput, metaCharset } from "../../src/input/decode.js";
import { encodeGbk, encodeUtf16 } from "./gbk.js";

const seed000 = readFileSync(new URL("../fixtures/seeds/000_cc43e5a43c1be886.txt", import.meta.url), "utf8");
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};

describe("decodeInput: encodings", () => {
  it("passes strings through and strips a leading BOM", () => {
    expect(decodeInput("\ufeff一、总体情况\r\n")).toEqual({ ok: true, text: "一、总体情况\r\n", encoding: "string" });
  });

  it("decodes UTF-8 with and without BOM", () => {
    expect(decodeInput(utf8("规章 | 0 |"))).toEqual({ ok: true, text: "规章 | 0 |", encoding: "utf-8" });
    expect(decodeInput(concat([0xef, 0xbb, 0xbf], utf8("规章")))).toEqual({
      ok: true,
      text: "规章",
      encoding: "utf-8",
    });
  });

  it("decodes UTF-16 LE and BE with BOM, and BOM-less by the NUL pattern", () => {
    const text = "2023年 行政许可 2473\n";
    expect(decodeInput(concat([0xff, 0xfe], encodeUtf16(text, true)))).toEqual({
      ok: true,
      text,
      encoding: "utf-16le",
    });
    expect(decodeInput(concat([0xfe, 0xff], encodeUtf16(text, false)))).toEqual({
      ok: true,
      text,
      encoding: "utf-16be",
    });
    const ascii = "Total 2473 items, year 2023\n";
    expect(decodeInput(encodeUtf16(ascii, true))).toEqual({ ok: true, text: ascii, encoding: "utf-16le" });
    expect(decodeInput(encodeUtf16(ascii, false))).toEqual({ ok: true, text: ascii, encoding: "utf-16be" });
  });

  it("decodes a whole Chinese report as BOM-less UTF-16, whose 一 (U+4E00) and 开 (U+5F00) put NULs in both halves", () => {
    // Seed 000's first 2,048 code units hold both kinds of NUL; before, any NUL in the low half was refused as binary.
    const le = encodeUtf16(seed000, true);
    let lowNuls = 0;
    for (let i = 0; i < 4096; i += 2) if (le[i] === 0) lowNuls++;
    expect(lowNuls).toBeGreaterThan(0);
    expect(decodeInput(le)).toEqual({ ok: true, text: seed000, encoding: "utf-16le" });
    expect(decodeInput(encodeUtf16(seed000, false))).toEqual({ ok: true, text: seed000, encoding: "utf-16be" });
  });

  it("decodes BOM-less UTF-16 of CJK-dense seed 003, whose 一 and 开 NULs are a third of its ASCII NULs", () => {
    const seed003 = readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8");
    const le = encodeUtf16(seed003, true);
    let asciiNuls = 0;
    let cjkNuls = 0;
    for (let i = 0; i < 4096; i += 2) {
      if (le[i + 1] === 0) asciiNuls++;
      if (le[i] === 0) cjkNuls++;
    }
    expect([asciiNuls, cjkNuls]).toEqual([207, 69]); // 207 < 4 × 69: the ratio alone refused it as binary
    expect(decodeInput(le)).toEqual({ ok: true, text: seed003, encoding: "utf-16le" });
    expect(decodeInput(encodeUtf16(seed003, false))).toEqual({ ok: true, text: seed003, encoding: "utf-16be" });
  });

  it("refuses NULs in both halves whose partners are no CJK lead bytes", () => {
    // One pair in three holds a NUL beside a byte below 0x4E, in each half: no byte order wins.
    const bytes = new Uint8Array(600);
    for (let i = 0; i < bytes.length; i += 6) bytes.set([0x41, 0x00, 0x00, 0x20, 0x42, 0x43], i);
    expect(decodeInput(bytes)).toMatchObject({ ok: false, code: "input-binary" });
  });

  it("refuses bytes whose NUL pattern looks like UTF-16 but that decode to control characters", () => {
    // 'A', NUL, then a control byte in every pair: high-byte NULs only, but every code unit is U+01xx or U+0001.
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i += 4) bytes.set([0x41, 0x00, 0x01, 0x00], i);
    const result = decodeInput(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("input-binary");
  });

  it("detects GBK bytes of seed 000 (not valid UTF-8) and decodes them exactly", () => {
    const bytes = encodeGbk(seed000);
    expect(bytes.length).toBeLessThan(utf8(seed000).length);
    const result = decodeInput(bytes);
    expect(result).toEqual({ ok: true, text: seed000, encoding: "gb18030" });
  });

  it("honours <meta charset> and http-equiv content charset (gb2312 → gb18030)", () => {
    const body = "<p>二、主动公开政府信息情况</p>";
    const a = concat(utf8('<html><head><meta charset="gb2312"></head><body>'), encodeGbk(body));
    expect(metaCharset(a)).toBe("gb18030");
    expect(decodeInput(a)).toMatchObject({ ok: true, encoding: "gb18030" });
    const b = concat(utf8('<meta http-equiv="Content-Type" content="text/html; charset=GBK">'), encodeGbk(body));
    const decoded = decodeInput(b);
    expect(decoded.ok && decoded.text.endsWith(body)).toBe(true);
  });

  it("prefers valid multi-byte UTF-8 over a stale meta charset, and lets options.encoding override", () => {
    const page = '<meta charset="gb2312"><p>规章</p>';
    expect(decodeInput(utf8(page))).toEqual({ ok: true, text: page, encoding: "utf-8" });
    const gbk = encodeGbk("行政处罚");
    expect(decodeInput(gbk, { encoding: "GBK" })).toEqual({ ok: true, text: "行政处罚", encoding: "gb18030" });
  });

  it("reads a GBK page whose <meta charset> says utf-8 as GB18030, and nearly valid UTF-8 despite a meta of gbk", () => {
    const page = `<html><head><meta charset="utf-8"><title>政府信息公开</title></head><body><p>${seed000}</p>`;
    expect(decodeInput(encodeGbk(page))).toEqual({ ok: true, text: page, encoding: "gb18030" });
    const stale = '<meta charset="utf-8"><p>规章</p>';
    expect(decodeInput(encodeGbk(stale))).toEqual({ ok: true, text: stale, encoding: "gb18030" });
    // A meta of utf-8 on valid (or ASCII) UTF-8 holds, and one stray GBK 。 in UTF-8 does not make it GBK.
    expect(decodeInput(utf8('<meta charset="utf-8"><p>规章</p>'))).toMatchObject({ encoding: "utf-8" });
    const mixed = concat(utf8(`<meta charset="gbk"><p>${seed000}`), encodeGbk("。"));
    expect(decodeInput(mixed)).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("keeps newlines as they are", () => {
    const text = "a\r\nb\rc\n\fd";
    expect(decodeInput(utf8(text))).toMatchObject({ ok: true, text });
  });
});

describe("decodeInput: errors as data", () => {
  it("lists its codes with English messages", () => {
    expect(DECODE_ERROR_CODES).toEqual(["input-empty", "input-binary", "input-undecodable", "input-too-large"]);
    for (const code of DECODE_ERROR_CODES) expect(DECODE_ERRORS[code]).toMatch(/^The input/);
  });

  it("input-empty for no bytes, whitespace, or an empty string", () => {
    expect(decodeInput(new Uint8Array())).toMatchObject({ ok: false, code: "input-empty" });
    expect(decodeInput(utf8(" \r\n\t\u3000"))).toMatchObject({ ok: false, code: "input-empty" });
    expect(decodeInput("")).toMatchObject({ ok: false, code: "input-empty" });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, code: "input-empty" });
  });

  it("input-binary for PDF, PNG, ZIP, JPEG headers and random bytes with NULs", () => {
    const pdf = decodeInput(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    expect(pdf).toMatchObject({ ok: false, code: "input-binary" });
    expect(pdf.ok ? "" : pdf.message).toContain("PDF");
    const png = decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(png.ok ? "" : png.message).toContain("PNG");
    const zip = decodeInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]));
    expect(zip.ok ? "" : zip.message).toContain("ZIP");
    const jpeg = decodeInput(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
    expect(jpeg.ok ? "" : jpeg.message).toContain("JPEG");
    const random = new Uint8Array(512);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    random[5] = 0;
    random[6] = 0;
    random[8] = 0;
    expect(decodeInput(random)).toMatchObject({ ok: false, code: "input-binary" });
    expect(decodeInput(new Uint8Array([1, 2, 3, 4, 5, 6, 0x41, 0x42]))).toMatchObject({
      ok: false,
      code: "input-binary",
    });
  });

  it("finds NULs and counts control bytes wherever the bytes sit in their buffer", () => {
    // Node Buffers are often views at odd offsets: the byte scan must not depend on alignment.
    for (let shift = 0; shift < 4; shift++) {
      for (const at of [0, 1, 2, 3, 4, 5, 38, 39]) {
        const bytes = new Uint8Array(shift + 40).fill(0x61).subarray(shift);
        bytes[at] = 0;
        const result = decodeInput(bytes);
        expect(result.ok ? "" : result.message).toContain("NUL bytes");
      }
      // 200 bytes: more than 10 control bytes (5 %) is binary; \t \n \v \f \r and ESC do not count.
      const text = (controls: number): Uint8Array => {
        const bytes = new Uint8Array(shift + 200).fill(0x61).subarray(shift);
        for (let k = 0; k < 20; k++) bytes[k * 9 + 5] = [9, 10, 11, 12, 13, 27][k % 6] as number;
        for (let k = 0; k < controls; k++) bytes[k * 17 + 3] = k % 2 === 0 ? 0x01 : 0x1f;
        return bytes;
      };
      expect(decodeInput(text(10))).toMatchObject({ ok: true, encoding: "utf-8" });
      const dense = decodeInput(text(11));
      expect(dense.ok ? "" : dense.message).toContain("density of control characters");
    }
  });

  it("looks for <meta> in the first 2 KB only, in any case, and only as a whole tag name", () => {
    const gbk = encodeGbk("规章");
    expect(metaCharset(utf8('<META CHARSET="GBK">'))).toBe("gb18030");
    expect(metaCharset(utf8('<metadata charset="gbk">'))).toBeUndefined();
    expect(metaCharset(concat(utf8(`${" ".repeat(2020)}<meta charset=gbk>`), gbk))).toBe("gb18030");
    expect(metaCharset(concat(utf8(`${" ".repeat(2044)}<meta charset=gbk>`), gbk))).toBeUndefined();
    expect(metaCharset(utf8("规章 < 行政许可 <me"))).toBeUndefined();
  });

  it("input-undecodable for an unknown encoding or many replacement characters", () => {
    expect(decodeInput(utf8("abc"), { encoding: "klingon-8" })).toMatchObject({ ok: false, code: "input-undecodable" });
    const bad = new Uint8Array(200).fill(0xff);
    expect(decodeInput(bad, { encoding: "utf-8" })).toMatchObject({ ok: false, code: "input-undecodable" });
  });

  it("input-too-large above the default 20 MB or a configured limit", () => {
    expect(decodeInput(utf8("规章 | 0 | 0 | 0"), { maxBytes: 10 })).toMatchObject({
      ok: false,
      code: "input-too-large",
    });
    expect(decodeInput("x".repeat(11), { maxBytes: 10 })).toMatchObject({ ok: false, code: "input-too-large" });
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
    expect(decodeInput(big)).toMatchObject({ ok: false, code: "input-too-large" });
  });
});

describe("decodeInput: nearly valid UTF-8", () => {
  it("keeps UTF-8 for a report with one GBK character (2 U+FFFD) or one 0xFF inside a character (4 U+FFFD)", () => {
    const at = seed000.indexOf("。", 200);
    const gbkStop = concat(utf8(seed000.slice(0, at)), encodeGbk("。"), utf8(seed000.slice(at + 1)));
    expect(decodeInput(gbkStop)).toEqual({
      ok: true,
      text: `${seed000.slice(0, at)}\ufffd\ufffd${seed000.slice(at + 1)}`,
      encoding: "utf-8",
    });
    const bytes = utf8(seed000);
    const inside = utf8(seed000.slice(0, 300)).length + 1;
    const oneFF = concat(bytes.subarray(0, inside), [0xff], bytes.subarray(inside));
    const result = decodeInput(oneFF);
    expect(result).toMatchObject({ ok: true, encoding: "utf-8" });
    const text = result.ok ? result.text : "";
    expect(text.match(/\ufffd/g)?.length).toBe(4);
    expect(text.replace(/\ufffd+/, "")).toBe(seed000.slice(0, 300) + seed000.slice(301));
  });

  it("still reads GBK as GB18030: a whole report, and one or two characters whose UTF-8 reading is all U+FFFD", () => {
    expect(decodeInput(encodeGbk(seed000))).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(decodeInput(encodeGbk("规"))).toEqual({ ok: true, text: "规", encoding: "gb18030" });
    expect(decodeInput(encodeGbk("规章 2473"))).toEqual({ ok: true, text: "规章 2473", encoding: "gb18030" });
    const ascii = `Total ${"2473 ".repeat(100)}`;
    expect(decodeInput(concat(utf8(ascii), encodeGbk("。")))).toEqual({
      ok: true,
      text: `${ascii}。`,
      encoding: "gb18030",
    });
  });
});
