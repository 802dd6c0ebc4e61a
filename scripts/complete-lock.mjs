// Usage: node scripts/complete-lock.mjs (after any `npm install` that rewrites package-lock.json).
// Adds lock entries for platform-specific optional packages the registry mirror here does not serve, so that
// `npm ci`'s package.json ↔ lock check passes; npm skips them at install time by their os/cpu/libc fields.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "aix", "netbsd"];
const CPU = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];
let added = 0;
for (const pkg of Object.values(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key]) continue;
    const name = dep.split("/").pop();
    const os = OS.find((o) => name.includes(o));
    const cpu = CPU.find((c) => new RegExp(`(^|-)${c}($|-)`).test(name.replace(/^cli-|^rollup-/, "")));
    if (!os || !cpu) {
      console.error("cannot place", dep);
      continue;
    }
    const entry = { version: range, dev: pkg.dev ?? undefined, optional: true, os: [os], cpu: [cpu] };
    if (name.includes("musl")) entry.libc = ["musl"];
    else if (os === "linux" && /gnu/.test(name)) entry.libc = ["glibc"];
    lock.packages[key] = entry;
    added++;
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log("added", added);
