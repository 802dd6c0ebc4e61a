import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeInput } from "../../src/input/decode.js";
import { foldText } from "../../src/input/fold.js";

/** The zero-width characters the fold keeps between two digits. */
const ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff";

/** Whether `text[at]` is in a run of zero-width characters between two digits (read independently). */
function betweenDigits(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[\u200b-\u200d\u2060\ufeff]+$/, "");
  const after = text.slice(at + 1).replace(/^[\u200b-\u200d\u2060\ufeff]+/, "");
  return /\d$/.test(before) && /^\d/.test(after);
}

describe("foldText", () => {
  it("folds line separators, NEL and vertical tab to \\n", () => {
    expect(foldText("一、总体情况\u2028正文\u2029二\u0085三\u000b四")).toBe("一、总体情况\n正文\n二\n三\n四");
  });

  it("folds the first \\r of \\r\\r\\n to a space, and nothing else of \\r", () => {
    expect(foldText("规章\t0\r\r\n规范性文件\t1\r\r\n")).toBe("规章\t0 \r\n规范性文件\t1 \r\n");
    expect(foldText("a\r\nb\rc\r\rd\n\fe")).toBe("a\r\nb\rc\r\rd\n\fe");
    expect(foldText("a\r\r\r\nb")).toBe("a\r \r\nb");
  });

  it("folds soft hyphen, zero-width space/non-joiner/joiner, word joiner and U+FEFF to a space", () => {
    expect(foldText("12\u00ad|行政\u200b许可|\u200c3\u200d|\u2060(一)\ufeff")).toBe("12 |行政 许可| 3 | (一) ");
  });

  it("folds Kangxi radicals and CJK compatibility ideographs to their ideograph", () => {
    // ⼀ U+2F00 → 一, ⼆ U+2F06 → 二, ⼯ U+2F2F → 工, ⽂ U+2F42 → 文; U+F98E → 年, U+F9D1 → 六, U+FA08 → 行.
    expect(foldText("（⼀）（⼆）洪泽区⼯作⽂件")).toBe("（一）（二）洪泽区工作文件");
    expect(foldText("2023\uf98e \uf9d1、其他需要报告的事项 \ufa08政许可")).toBe(
      "2023年 六、其他需要报告的事项 行政许可",
    );
    // U+FA6E is unassigned (its NFKC is itself); ⺮ U+2EAE (radicals supplement) has no ideograph in the table.
    expect(foldText("\ufa6e⺮")).toBe("\ufa6e⺮");
  });

  it("returns a text with none of them unchanged (the same string)", () => {
    const text = "一、总体情况\r\n（一）主动公开\t规章\t0\n| 行政许可 | 2473 |\f- 3 -\u3000\u00a0";
    expect(foldText(text)).toBe(text);
  });

  it("keeps the length and every other character, and leaves none of the folded ones but in numbers (property)", () => {
    // U+FAFF is unassigned (NFKC keeps it): it is the one folded-range character that may stay.
    const folded = "\u000b\u0085\u00ad\u200b\u200c\u200d\u2028\u2029\u2060\ufeff\u2f00\u2f2f\u2fd5\uf900\uf98e";
    const chars = fc.constantFrom(...folded, "\ufaff", "\r", "\n", "一", "a", "1", " ", "\t", "|", "。");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const out = foldText(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const c = text[i] as string;
          if (ZERO_WIDTH.includes(c) && betweenDigits(text, i))
            expect(out[i]).toBe(c === "\ufeff" ? "\u2060" : c); // kept inside a number (3\u200b119)
          else if (folded.includes(c)) expect(folded.includes(out[i] as string)).toBe(false);
          else if (c === "\r") expect(out[i]).toBe(text.startsWith("\r\r\n", i) ? " " : "\r");
          else expect(out[i]).toBe(c);
        }
      }),
    );
  });
});

describe("decodeInput folds strings and bytes alike", () => {
  it("folds a string and its UTF-8 and UTF-16 bytes to the same text", () => {
    const input = "⼀、总体情况\u2028（⼀）主动公开\r\r\n行政\u00ad许可\t12\u200b\n";
    const text = "一、总体情况\n（一）主动公开 \r\n行政 许可\t12 \n";
    expect(decodeInput(input)).toEqual({ ok: true, text, encoding: "string" });
    expect(decodeInput(new TextEncoder().encode(input))).toEqual({ ok: true, text, encoding: "utf-8" });
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(input, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeInput(le)).toEqual({ ok: true, text, encoding: "utf-16le" });
  });

  it("strips a leading BOM and folds an interior one; a text of invisible characters is empty", () => {
    expect(decodeInput("\ufeff规章\ufeff0")).toEqual({ ok: true, text: "规章 0", encoding: "string" });
    expect(decodeInput("\u200b\u2060\u00ad\u2028")).toMatchObject({ ok: false, code: "input-empty" });
  });
});

describe("CJK radicals a PDF extractor wrote for ideographs", () => {
  it("folds the radicals of the table and those NFKC maps, one code unit each; leaves the others", () => {
    expect(foldText("洪泽区人⺠政府 第3⻚ ⻔户⽹站 ⺟婴")).toBe("洪泽区人民政府 第3页 门户网站 母婴");
    // ⺮ (bamboo) has no ideograph of its own shape in the table, and NFKC keeps it.
    expect(foldText("⺮")).toBe("⺮");
    const radicals = "⺠⻚⻓⻔⻅⻢⻋⻛⻜⻥⻄⻘⻝⻨⻦⻰⻬⻮⻩⻆⻧⻪⻗⻡⻣⻤⻁⻑";
    expect(foldText(radicals)).toBe("民页长门见马车风飞鱼西青食麦鸟龙齐齿黄角卤黾雨首骨鬼虎長");
  });

  it("reads a report whose org and title came out of a PDF with radicals", () => {
    const text = "洪泽区人⺠政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度收到申请21件。\n";
    expect(decodeInput(text)).toMatchObject({ ok: true, text: text.replace("⺠", "民") });
  });
});
