import { describe, expect, it } from "vitest";
import { compilePattern, numberedGroups } from "../../src/validate/narrative-compile.js";
import { NARRATIVE_PATTERNS } from "../../src/validate/narrative-patterns.js";

describe("numberedGroups", () => {
  it("numbers n and about after the plain groups before them, skipping escapes, classes and lookarounds", () => {
    const re = /(a)\((?:b)[(]c(?<=c)(?<n>\d+)(?<about>余)?(?<other>x)/gu;
    const g = numberedGroups(re);
    expect(g.n).toBe(2);
    expect(g.about).toBe(3);
    expect(g.re.flags).toBe("gu");
    const m = g.re.exec("a(b(c12余x");
    expect(m?.[g.n]).toBe("12");
    expect(m?.[g.about]).toBe("余");
    expect(m?.groups?.other).toBe("x");
  });

  it("reads the same count and 余/多 as the named groups, for every pattern of the table", () => {
    const sentences = [
      "本年度收到政府信息公开申请21件，办结申请20件，予以公开及部分公开12件",
      "电话咨询 25 余\n人次，现场咨询三十多人次，网上咨询12人次，浏览量达300余次",
      "上年结转申请3件，结转下年度继续办理2件，另有5件顺延到下年度",
      "信息公开行政复议2件，行政诉讼一件，行政许可决定40件，行政处罚两件",
      "不予公开1件，无法提供2件，不予处理3件，其他处理4件，部分公开5件，全部公开6件",
      "咨询总数为45人次，共接受政府信息公开咨询12人次，咨询电话接听共计8次",
    ];
    let matched = 0;
    for (const spec of NARRATIVE_PATTERNS) {
      for (const pattern of spec.patterns) {
        const named = compilePattern(pattern, spec.units);
        const numbered = numberedGroups(named);
        expect(numbered.n).toBeGreaterThan(0);
        for (const sentence of sentences) {
          const a = [...sentence.matchAll(named)];
          const b = [...sentence.matchAll(numbered.re)];
          expect(
            b.map((m) => [m.index, m[0], m[numbered.n], numbered.about > 0 ? m[numbered.about] : undefined]),
          ).toEqual(a.map((m) => [m.index, m[0], m.groups?.n, m.groups?.about]));
          matched += a.length;
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
