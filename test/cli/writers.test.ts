import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delimitedLine } from "../../src/cli/delimited.js";
import { readAll, writeText } from "../../src/cli/io.js";
import { formatDuration, Progress, progressText } from "../../src/cli/progress.js";

import { xxgk } from "./helpers.js";

const S000 = "test/fixtures/seeds/000_cc43e5a43c1be886.txt";
const C023 = "test/fixtures/corpus/023_2023_hongzequ.txt";

describe("delimited lines", () => {
  it("writes TSV with escapes and CSV with RFC 4180 quoting", () => {
    expect(delimitedLine(["a", 1, null, "x\ty\nz\\"], "tsv")).toBe("a\t1\t\tx\\ty\\nz\\\\\n");
    expect(delimitedLine(["a,b", 'say "hi"', undefined, 0], "csv")).toBe('"a,b","say ""hi""",,0\r\n');
  });

  it("a CSV field round-trips through a minimal RFC 4180 reader (property)", () => {
    const readOne = (line: string): string => {
      const body = line.slice(0, -2);
      return body.startsWith('"') ? body.slice(1, -1).replaceAll('""', '"') : body;
    };
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(readOne(delimitedLine([s], "csv"))).toBe(s);
      }),
    );
  });
});

describe("progress line", () => {
  it("formats count, rate and ETA", () => {
    expect(progressText(50, 200, 10_000)).toBe("50/200 reports · 5.0/s · ETA 30s");
    expect(progressText(0, 10, 0)).toBe("0/10 reports · 0.0/s · ETA ?");
    expect(formatDuration(125)).toBe("2m05s");
    expect(formatDuration(3725)).toBe("1h02m");
  });

  it("draws only when enabled, throttled, and erases itself", () => {
    let out = "";
    let t = 0;
    const sink = {
      write: (s: string) => {
        out += s;
        return true;
      },
    };
    const p = new Progress(sink, 3, true, () => t);
    t = 1000;
    p.update(1);
    t = 1050;
    p.update(2);
    t = 2000;
    p.update(3);
    p.clear();
    expect(out).toBe("\r\x1b[K1/3 reports · 1.0/s · ETA 2s\r\x1b[K3/3 reports · 1.5/s · ETA 0s\r\x1b[K");
    let quiet = "";
    const off = new Progress(
      {
        write: (s: string) => {
          quiet += s;
          return true;
        },
      },
      3,
      false,
      () => 0,
    );
    off.update(1);
    off.clear();
    expect(quiet).toBe("");
  });
});

describe("progress line and results on one terminal", () => {
  /** A fake terminal: stdout and stderr write into one screen; records results written onto a progress line. */
  function terminal() {
    const events: string[] = [];
    let dirty = false; // a progress line is on the current line
    let glued = 0;
    let redrawnAfterResult = 0;
    let resultSinceDraw = false;
    const stderr = {
      write: (s: string | Uint8Array) => {
        const text = typeof s === "string" ? s : Buffer.from(s).toString("utf8");
        events.push(`err ${JSON.stringify(text)}`);
        if (text === "\r\x1b[K") dirty = false;
        else if (text.startsWith("\r\x1b[K") && / reports · /.test(text)) {
          dirty = true;
          if (resultSinceDraw) redrawnAfterResult++;
          resultSinceDraw = false;
        } else {
          if (dirty) glued++;
          resultSinceDraw = true;
        }
        return true;
      },
    };
    const stdout = {
      write: (s: string | Uint8Array) => {
        const text = typeof s === "string" ? s : Buffer.from(s).toString("utf8");
        events.push(`out ${JSON.stringify(text.slice(0, 30))}`);
        if (dirty) glued++;
        resultSinceDraw = true;
        return true;
      },
    };
    return { stdout, stderr, events, counts: () => ({ glued, redrawnAfterResult, dirty }) };
  }

  it("erases the progress line before every result on stdout or stderr and draws it again after", async () => {
    const reports = [
      C023,
      S000,
      "test/fixtures/corpus/024_2024_hongzequ.txt",
      "test/fixtures/seeds/001_a728f3a6d1ee2bff.txt",
    ];
    let t = 0;
    const now = (): number => (t += 1); // 1 ms per call: the 100 ms throttle alone would never redraw
    for (const argv of [
      ["check", ...reports, "--lang", "en"],
      ["parse", ...reports, "--format", "ndjson"],
      ["parse", ...reports, "-", "--format", "tsv"],
    ]) {
      const tty = terminal();
      await xxgk(argv, { io: { isTTY: true, now, stdout: tty.stdout, stderr: tty.stderr } });
      const counts = tty.counts();
      expect(counts.glued, `${argv.join(" ")}: ${tty.events.join("\n")}`).toBe(0);
      expect(counts.dirty).toBe(false);
      // The line comes back after the results (C023's findings, every parse chunk).
      expect(counts.redrawnAfterResult, argv.join(" ")).toBeGreaterThanOrEqual(
        argv[0] === "check" ? 1 : reports.length - 1,
      );
    }
  });
});

describe("io helpers", () => {
  it("waits for drain when a sink's buffer is full, and skips empty writes", async () => {
    const events: string[] = [];
    const sink = {
      write: (chunk: string | Uint8Array) => {
        events.push(`write ${typeof chunk === "string" ? chunk : Buffer.from(chunk).toString()}`);
        return false;
      },
      once: (_event: "drain", listener: () => void) => {
        events.push("wait");
        setTimeout(() => {
          events.push("drained");
          listener();
        }, 5);
      },
    };
    await writeText(sink, "");
    await writeText(sink, "a");
    await writeText(sink, new TextEncoder().encode("b"));
    expect(events).toEqual(["write a", "wait", "drained", "write b", "wait", "drained"]);
  });

  it("reads a whole stream of strings and bytes", async () => {
    async function* chunks() {
      yield "政府";
      yield new TextEncoder().encode("信息");
    }
    expect(Buffer.from(await readAll(chunks())).toString("utf8")).toBe("政府信息");
  });
});
