/** A GBK (GB18030 two-byte) encoder for tests, built from the platform's gb18030 decoder. */

let table: Map<string, number[]> | null = null;

function buildTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gb18030");
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** Encodes text as GBK bytes; throws on a character GBK cannot hold (tests only use GBK text). */
export function encodeGbk(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
