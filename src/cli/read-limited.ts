/**
 * Reading a document's bytes within the size limit: a regular file larger than the limit is refused from its
 * size before any byte is read; anything else (a FIFO, a character device such as /dev/zero, stdin) is read
 * until one byte past the limit at most, so an endless or huge input never fills the memory.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { DECODE_ERRORS, DEFAULT_MAX_BYTES } from "../input/decode.js";
import { readFailureReason } from "./files.js";

/** The limit the CLI reads within: the parser's default (`DEFAULT_MAX_BYTES`, 20 MB). */
export const CLI_MAX_BYTES = DEFAULT_MAX_BYTES;

/** Bytes read within the limit, or the reason there are none (too large, unreadable). */
export type LimitedBytes = Uint8Array | { reason: string };

/**
 * The failure reason of an input over `maxBytes`, worded as the parser's `input-too-large` diagnostic:
 * `size` when known (a regular file), else "more than" the limit.
 */
export function tooLargeReason(maxBytes: number, size?: number): string {
  const amount = size === undefined ? `More than ${maxBytes} bytes` : `${size} > ${maxBytes} bytes`;
  return `input-too-large: ${DECODE_ERRORS["input-too-large"]} ${amount}.`;
}

/**
 * The size of the next read: a regular file's size plus one byte first (to see it end, or grow), then 1 MB;
 * never past one byte over the limit.
 */
function nextReadSize(length: number, maxBytes: number, size: number | null): number {
  const wanted = length === 0 && size !== null ? size + 1 : 1 << 20;
  return Math.min(wanted, maxBytes + 1 - length);
}

/** Joins chunks read within a limit: the bytes, or the too-large reason when they pass it. */
function within(parts: Uint8Array[], length: number, maxBytes: number): LimitedBytes {
  return length > maxBytes ? { reason: tooLargeReason(maxBytes) } : Buffer.concat(parts, length);
}

/** Reads a file within `maxBytes` (see the module comment); never throws. */
export async function readFileLimited(file: string, maxBytes = CLI_MAX_BYTES): Promise<LimitedBytes> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, "r");
    const info = await handle.stat();
    if (info.isDirectory()) return { reason: "is a folder" };
    if (info.isFile() && info.size > maxBytes) return { reason: tooLargeReason(maxBytes, info.size) };
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.allocUnsafe(nextReadSize(length, maxBytes, info.isFile() ? info.size : null));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      parts.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    return within(parts, length, maxBytes);
  } catch (error) {
    return { reason: readFailureReason(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** `readFileLimited` for worker threads, synchronous; never throws. */
export function readFileLimitedSync(file: string, maxBytes = CLI_MAX_BYTES): LimitedBytes {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) return { reason: "is a folder" };
    if (info.isFile() && info.size > maxBytes) return { reason: tooLargeReason(maxBytes, info.size) };
    const parts: Uint8Array[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.allocUnsafe(nextReadSize(length, maxBytes, info.isFile() ? info.size : null));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      parts.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    return within(parts, length, maxBytes);
  } catch (error) {
    return { reason: readFailureReason(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a stream (stdin) until its end or one byte past `maxBytes`, then stops reading it; never throws. */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes = CLI_MAX_BYTES,
): Promise<LimitedBytes> {
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      parts.push(bytes);
      length += bytes.length;
      if (length > maxBytes) return { reason: tooLargeReason(maxBytes) };
    }
  } catch (error) {
    return { reason: readFailureReason(error) };
  }
  return Buffer.concat(parts, length);
}
