/** The package version, read from package.json next to the built CLI or the sources. */
import { readFileSync } from "node:fs";

/** Finds this package's version by walking up from this module to its package.json. */
export function packageVersion(): string {
  let url = new URL("./", import.meta.url);
  for (let depth = 0; depth < 6; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("package.json", url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "xxgk-annual-report" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json at this level: keep walking up
    }
    url = new URL("../", url);
  }
  return "unknown";
}
