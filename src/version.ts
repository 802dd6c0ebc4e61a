/** This package's version, from its package.json (bundled into the build: the library reads no file). */
import pkg from "../package.json" with { type: "json" };

/** The version of xxgk-annual-report that is running (package.json `version`, e.g. `0.1.0`). */
export const VERSION: string = pkg.version;
