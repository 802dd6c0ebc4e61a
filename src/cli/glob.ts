/** Minimal glob support (`*`, `**`, `?`) for CLI inputs, without `fs.glob` (not stable on Node 20). */

/** True when an input string contains glob syntax (`*` or `?`). */
export function isGlob(input: string): boolean {
  return /[*?]/.test(input);
}

/**
 * Splits a glob into its static base folder (the leading segments without glob syntax) and the pattern
 * relative to it: `a/b/**\/*.txt` → `{ base: "a/b", pattern: "**\/*.txt" }`. Separators are `/`.
 */
export function splitGlob(glob: string): { base: string; pattern: string } {
  const parts = glob.replaceAll("\\", "/").split("/");
  const firstGlob = parts.findIndex((p) => isGlob(p));
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  return { base, pattern: parts.slice(firstGlob).join("/") };
}

/**
 * Compiles a relative glob pattern to a RegExp over `/`-separated relative paths: `**` spans folders
 * (`**\/` also matches zero folders), `*` matches within one path segment, `?` one character of a segment.
 * Case-insensitive, like a folder walk's extensions: `**\/*.txt` matches `d.TXT`, which `xxgk parse folder/`
 * reads too.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        out += "(?:[^/]*/)*";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else out += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "iu");
}

/**
 * A test of whether a folder (a `/`-separated path relative to the glob base) can hold a match of `pattern`,
 * so that a walk descends only into folders the pattern can reach: `*.txt` enters none, `*\/x.txt` the folders
 * one level down whose names match `*`, and a segment holding `**` any folder below it.
 */
export function globFolderFilter(pattern: string): (folder: string) => boolean {
  const segments = pattern.split("/");
  const tests = segments.map((s) => (s.includes("**") ? null : globToRegExp(s)));
  return (folder) => {
    const parts = folder.split("/");
    for (const [i, part] of parts.entries()) {
      if (i >= segments.length) return false;
      const test = tests[i];
      if (test === null) return true;
      if (!test?.test(part)) return false;
    }
    return parts.length < segments.length;
  };
}
