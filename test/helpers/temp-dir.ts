/**
 * Temporary folders for tests that write files: each is made under the OS temporary folder and removed, with
 * everything in it, after the test file's last test, so that `npm test` leaves nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

// Registered when a test file first imports this module, on that file's root suite (vitest isolates files).
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder `<tmp>/<prefix>XXXXXX`, removed after the current test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
