// Cost vs input size: a report's text repeated as one document, per-KB CPU cost against the 1× text.
// Used by run.mjs in its own process, and run as a script (`node --expose-gc [V8 flags] bench/linearity.mjs
// [--quick]`) it prints the same ratios as JSON: run.mjs runs it under a young generation large enough to hold a
// 300× document's intermediate state, with a minor GC before each timed parse, so that no garbage collection
// falls inside one: what is left is the parser's own cost.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReport, renderReport, SHAPES } from "../dist/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const encoder = new TextEncoder();
let sink = 0;

/** CPU time of this process in ms (time the machine gives other processes is not counted). */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time per call of `fn` in ms, calling it repeatedly for at least `minMs` of CPU time. */
export function perCall(fn, minMs) {
  let n = 0;
  const t0 = cpuMs();
  let t = 0;
  do {
    fn();
    n++;
    t = cpuMs() - t0;
  } while (t < minMs);
  return t / n;
}

const parse = (bytes) => {
  sink += parseReport(bytes).diagnostics.length;
};

/**
 * A minor GC (`--expose-gc`), when `clean` asks for one: the timed parse then starts with an empty young
 * generation, and with one large enough for its garbage no collection falls inside it.
 */
const minorGc = (clean) => {
  if (clean) globalThis.gc({ type: "minor" });
};

/**
 * Per-KB cost of `bytes` ÷ per-KB cost of `one`, paired over rounds; also the median per-KB costs. With `clean`,
 * a minor GC before each timed parse of `bytes` (see minorGc).
 */
function perKbRatio(one, bytes, rounds, clean) {
  // Warm up on the large document first: its first parses run on a young generation V8 has not grown yet.
  for (let i = 0; i < 2; i++) parse(bytes);
  const ratios = [];
  const big = [];
  const small = [];
  for (let i = 0; i < rounds; i++) {
    const s = perCall(() => parse(one), 50);
    minorGc(clean);
    const t0 = cpuMs();
    parse(bytes);
    const b = cpuMs() - t0;
    const sKb = s / (one.length / 1024);
    const bKb = b / (bytes.length / 1024);
    small.push(sKb);
    big.push(bKb);
    ratios.push(bKb / sKb);
  }
  const mid = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ratio: mid(ratios), small: mid(small), big: mid(big) };
}

/** The texts measured: corpus 025 as extracted, and the same report rendered in every shape. */
export function linearityInputs() {
  const text = readFileSync(`${root}test/fixtures/corpus/025_2024_huaianshi.txt`, "utf8");
  const report = parseReport(text).report;
  return [
    { name: "025 (real PDF text)", text },
    ...SHAPES.map((shape) => ({
      name: `025 as ${shape}`,
      text: renderReport(report, shape),
    })),
  ];
}

/**
 * For each input, the per-KB ratios at each multiple of its size (`multiples`, e.g. [10, 100, 300]), each
 * the median of `rounds` paired rounds, with the 1× per-KB cost (`small`) and each multiple's (`big`). With
 * `clean` (needs `--expose-gc`), a minor GC before each timed parse of a multiple.
 */
export function measureLinearity(inputs, multiples, rounds, clean = false) {
  return inputs.map((input) => {
    const one = encoder.encode(input.text);
    perCall(() => parse(one), 200);
    const times = (n) => encoder.encode(Array.from({ length: n }, () => input.text).join("\n"));
    return {
      name: input.name,
      kb: one.length / 1024,
      at: multiples.map((n) => perKbRatio(one, times(n), rounds, clean)),
    };
  });
}

/** The checksum of every parse, so that no parse is optimised away. */
export const linearitySink = () => sink;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick");
  const big = quick ? 20 : 100;
  const results = measureLinearity(
    linearityInputs(),
    [big, 3 * big],
    quick ? 3 : 5,
    typeof globalThis.gc === "function",
  );
  console.log(JSON.stringify({ results, sink: sink % 997 }));
}
