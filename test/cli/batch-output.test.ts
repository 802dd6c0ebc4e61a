/** chunkOutput: the stdout layouts parse, check and normalize share, written out by hand. */
import { describe, expect, it } from "vitest";
import { type ChunkLayout, chunkOutput, DOCUMENT_OPTIONS, readingOptions } from "../../src/cli/batch-output.js";

async function layOut(layout: ChunkLayout, several: boolean, chunks: (string | Uint8Array)[]) {
  let text = "";
  const out = chunkOutput(
    {
      write: (s: string | Uint8Array) => {
        text += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
        return true;
      },
    },
    layout,
  );
  await out.start(several);
  for (const c of chunks) await out.write(c);
  await out.end();
  return { text, several: out.several };
}

describe("chunkOutput", () => {
  it("json when the command line names several documents: an array with one separator between chunks", async () => {
    expect(await layOut({ jsonArray: "several" }, true, ['{"a":1}', '{"b":2}'])).toEqual({
      text: '[\n{"a":1},\n{"b":2}\n]\n',
      several: true,
    });
  });

  it("json for one file argument: the chunk and a line break, no array", async () => {
    expect(await layOut({ jsonArray: "several" }, false, ['{"a":1}'])).toEqual({ text: '{"a":1}\n', several: false });
  });

  it("an array always, empty chunks left out (no stray separators)", async () => {
    const r = await layOut({ jsonArray: "always", skipEmpty: true }, false, ["", "[1]", "", "[2]"]);
    expect(r.text).toBe("[\n[1],\n[2]\n]\n");
  });

  it("an array without any chunk (every document failed) is written as [], a single value as null", async () => {
    expect((await layOut({ jsonArray: "always", skipEmpty: true }, false, ["", ""])).text).toBe("[]\n");
    expect((await layOut({ jsonArray: "several" }, true, [])).text).toBe("[]\n");
    // R19: a single unusable file argument printed nothing, which is not JSON.
    expect((await layOut({ jsonArray: "several" }, false, [])).text).toBe("null\n");
    expect((await layOut({ jsonArray: "never" }, false, [])).text).toBe("");
  });

  it("a header that depends on whether several documents are named, then the chunks as they are (bytes too)", async () => {
    const header = (several: boolean) => (several ? "path\tfield\n" : "field\n");
    expect((await layOut({ jsonArray: "never", header }, false, ["x\n"])).text).toBe("field\nx\n");
    const bytes = new TextEncoder().encode("b.txt\ty\n");
    expect((await layOut({ jsonArray: "never", header }, true, ["a.txt\tx\n", bytes])).text).toBe(
      "path\tfield\na.txt\tx\nb.txt\ty\n",
    );
  });

  it("the shared reading options: --format/-f, --shape, --encoding; unknown shapes rejected", () => {
    expect(DOCUMENT_OPTIONS.format).toEqual({ type: "string", short: "f" });
    expect(Object.keys(DOCUMENT_OPTIONS)).toEqual(expect.arrayContaining(["shape", "encoding", "jobs"]));
    expect(readingOptions({ shape: "pipe", encoding: "gb18030" })).toEqual({ shape: "pipe", encoding: "gb18030" });
    expect(readingOptions({})).toEqual({ shape: undefined, encoding: undefined });
    expect(() => readingOptions({ shape: "pdf" })).toThrow(/shape/);
  });
});
