/** Turns CLI inputs (files, folders, globs, `-`) into the ordered list of documents to process. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { globToRegExp, isGlob, splitGlob } from "./glob.js";

/** File extensions a folder input contributes (globs and explicit files are taken as given). */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** One document to process. */
export interface InputItem {
  /** The path as shown in output (as given, or folder/glob base joined with the relative path); `-` for stdin. */
  path: string;
  /** Absolute file path, or null for stdin. */
  file: string | null;
}

/** An input that yielded nothing: a missing file, an empty glob, an unreadable folder. */
export interface InputProblem {
  /** The input as given. */
  input: string;
  /** Why it yielded nothing. */
  reason: string;
}

/** The outcome of collecting inputs: documents in input order (duplicates removed) and problems. */
export interface CollectedInputs {
  /** Documents to process, in input order. */
  items: InputItem[];
  /** Inputs that yielded nothing. */
  problems: InputProblem[];
}

const join = (a: string, b: string): string => (a === "." ? b : a.endsWith("/") ? a + b : `${a}/${b}`);

/** True when a symbolic link points to a file (links to folders are not followed: no cycles). */
async function isFileLink(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Lists the files under a folder, recursively, sorted, skipping dot-entries; paths relative, `/`-separated. */
async function walk(dir: string, rel = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, child)));
    else if (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(path.join(dir, child))))) out.push(child);
  }
  return out;
}

function errorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** Expands one input into items (appended to `items`), or records a problem. */
async function expand(input: string, cwd: string, items: InputItem[], problems: InputProblem[]): Promise<void> {
  if (input === "-") {
    items.push({ path: "-", file: null });
    return;
  }
  if (isGlob(input)) {
    const { base, pattern } = splitGlob(input);
    const re = globToRegExp(pattern);
    const root = path.resolve(cwd, base);
    let found: string[] = [];
    try {
      found = (await walk(root)).filter((rel) => re.test(rel));
    } catch (error) {
      problems.push({ input, reason: errorReason(error) });
      return;
    }
    if (found.length === 0) problems.push({ input, reason: "no file matches this pattern" });
    for (const rel of found) items.push({ path: join(base, rel), file: path.join(root, rel) });
    return;
  }
  const file = path.resolve(cwd, input);
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      const found = (await walk(file)).filter((rel) => REPORT_EXTENSIONS.has(path.extname(rel).toLowerCase()));
      if (found.length === 0) problems.push({ input, reason: "folder holds no .txt/.md/.markdown/.html/.htm file" });
      for (const rel of found) items.push({ path: join(input, rel), file: path.join(file, rel) });
    } else items.push({ path: input, file });
  } catch (error) {
    problems.push({ input, reason: errorReason(error) });
  }
}

/**
 * Collects documents from CLI inputs, in input order: files as given, folders recursively (only report
 * extensions, dot-entries skipped, sorted), globs (`*`, `**`, `?`, matched below the static base folder),
 * and `-` (stdin, at most once). A file reached twice is processed once.
 */
export async function collectInputs(inputs: readonly string[], cwd: string): Promise<CollectedInputs> {
  const items: InputItem[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) await expand(input, cwd, items, problems);
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = item.file ?? "-";
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { items: unique, problems };
}

/** The reason a document could not be read, for the failure line. */
export function readFailureReason(error: unknown): string {
  return (error as { code?: string }).code === "EISDIR" ? "is a folder" : errorReason(error);
}
