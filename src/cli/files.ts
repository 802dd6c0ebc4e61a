/** Turns CLI inputs (files, folders, globs, `-`) into the ordered list of documents to process. */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { append } from "../append.js";
import { globFolderFilter, globToRegExp, isGlob, splitGlob } from "./glob.js";

/** File extensions a folder input contributes (globs and explicit files are taken as given). */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

/** One document to process. */
export interface InputItem {
  /** The path as shown in output (as given, or folder/glob base joined with the relative path); `-` for stdin. */
  path: string;
  /** Absolute file path, or null for stdin. */
  file: string | null;
}

/**
 * An input that yielded nothing (a missing file, an empty glob, an unreadable folder), or a part of one that
 * could not be read (a sub-folder, a broken link).
 */
export interface InputProblem {
  /** The input as given, or the path shown for the sub-folder or link. */
  input: string;
  /** Why it yielded nothing. */
  reason: string;
}

/** The outcome of collecting inputs: documents in input order and problems. */
export interface CollectedInputs {
  /** Documents to process, in input order. */
  items: InputItem[];
  /** Inputs, sub-folders and links that yielded nothing. */
  problems: InputProblem[];
  /**
   * Whether the command line names several documents: more than one input, or any folder, glob or `-`
   * (decided from the inputs, not from how many files they matched).
   */
  several: boolean;
}

/** How `collectInputs` treats documents reached twice. */
export interface CollectOptions {
  /** Keep a document reached twice (diff of a file with itself); by default it is processed once. */
  keepDuplicates?: boolean;
}

/** A folder or glob base as shown, joined with a path below it (`.` and `""` show the relative path alone). */
const join = (a: string, b: string): string => (a === "." || a === "" ? b : a.endsWith("/") ? a + b : `${a}/${b}`);

/** What one walk below a folder input or a glob base needs. */
interface Walk {
  /** The folder walked (absolute). */
  root: string;
  /** Whether to enter a sub-folder (path relative to the root). */
  enter: (rel: string) => boolean;
  /** Whether a file (path relative to the root) is wanted. */
  wants: (rel: string) => boolean;
  /** The path shown for a relative path. */
  show: (rel: string) => string;
  /** Where unreadable sub-folders and broken links are recorded. */
  problems: InputProblem[];
  /** Real paths of the folders walked so far: a folder reached again through a link is not read twice. */
  visited: Set<string>;
}

function errorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

/** The reason a symbolic link's target cannot be reached. */
function linkReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "broken symbolic link (its target does not exist)";
  if (code === "ELOOP") return "symbolic link loop";
  return errorReason(error);
}

/** What a folder entry is, following a symbolic link; a link whose target cannot be reached throws. */
async function kindOf(entry: Dirent, file: string): Promise<"file" | "folder" | null> {
  if (entry.isDirectory()) return "folder";
  if (entry.isFile()) return "file";
  if (!entry.isSymbolicLink()) return null;
  const info = await stat(file);
  return info.isDirectory() ? "folder" : info.isFile() ? "file" : null;
}

/**
 * Lists the wanted files below `rel` (sorted, dot-entries skipped; paths relative to the root, `/`-separated).
 * Links are followed; a sub-folder that cannot be read and a wanted link whose target cannot be reached are
 * recorded as problems and the walk goes on. Throws only when the folder `rel` itself cannot be read.
 */
async function walk(w: Walk, rel: string): Promise<string[]> {
  const entries = await readdir(path.join(w.root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    let kind: "file" | "folder" | null;
    try {
      kind = await kindOf(entry, path.join(w.root, child));
    } catch (error) {
      if (w.wants(child)) w.problems.push({ input: w.show(child), reason: linkReason(error) });
      continue;
    }
    if (kind === "file" && w.wants(child)) out.push(child);
    else if (kind === "folder" && w.enter(child)) append(out, await walkFolder(w, child));
  }
  return out;
}

/** Walks a folder once (by real path); a folder that cannot be read becomes a problem. */
async function walkFolder(w: Walk, rel: string): Promise<string[]> {
  try {
    const real = await realpath(path.join(w.root, rel));
    if (w.visited.has(real)) return [];
    w.visited.add(real);
    return await walk(w, rel);
  } catch (error) {
    if (rel === "") throw error;
    w.problems.push({ input: w.show(rel), reason: errorReason(error) });
    return [];
  }
}

/** Expands one input into items (appended to `items`), or records problems. */
async function expand(input: string, cwd: string, items: InputItem[], problems: InputProblem[]): Promise<void> {
  if (input === "-") {
    items.push({ path: "-", file: null });
    return;
  }
  // An empty argument (an unset shell variable: xxgk parse "$f") names no file; resolved, it would be the
  // current folder, read recursively.
  if (input === "") {
    problems.push({ input: JSON.stringify(input), reason: "empty path: no such file or folder" });
    return;
  }
  const before = problems.length;
  if (isGlob(input)) {
    const { base, pattern } = splitGlob(input);
    const re = globToRegExp(pattern);
    const root = path.resolve(cwd, base);
    const w: Walk = {
      root,
      enter: globFolderFilter(pattern),
      wants: (rel) => re.test(rel),
      show: (rel) => join(base, rel),
      problems,
      visited: new Set(),
    };
    let found: string[] = [];
    try {
      found = await walkFolder(w, "");
    } catch (error) {
      problems.push({ input, reason: errorReason(error) });
      return;
    }
    if (found.length === 0 && problems.length === before) {
      problems.push({ input, reason: "no file matches this pattern" });
    }
    for (const rel of found) items.push({ path: join(base, rel), file: path.join(root, rel) });
    return;
  }
  const file = path.resolve(cwd, input);
  try {
    const info = await stat(file);
    if (!info.isDirectory()) {
      items.push({ path: input, file });
      return;
    }
    const w: Walk = {
      root: file,
      enter: () => true,
      wants: (rel) => REPORT_EXTENSIONS.has(path.extname(rel).toLowerCase()),
      show: (rel) => join(input, rel),
      problems,
      visited: new Set(),
    };
    const found = await walkFolder(w, "");
    if (found.length === 0 && problems.length === before) {
      problems.push({ input, reason: "folder holds no .txt/.md/.markdown/.html/.htm file" });
    }
    for (const rel of found) items.push({ path: join(input, rel), file: path.join(file, rel) });
  } catch (error) {
    problems.push({ input, reason: errorReason(error) });
  }
}

/** Whether one input names possibly several documents: a glob, `-`, or a folder. */
async function namesSeveral(input: string, cwd: string): Promise<boolean> {
  if (input === "-" || isGlob(input)) return true;
  if (input === "") return false;
  try {
    return (await stat(path.resolve(cwd, input))).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Collects documents from CLI inputs, in input order: files as given, folders recursively (only report
 * extensions, dot-entries skipped, sorted), globs (`*`, `**`, `?`, matched below the static base folder; a
 * walk enters only the folders the pattern can reach), and `-` (stdin). Symbolic links are followed; a folder
 * reached again through a link is read once, so link loops end. A sub-folder that cannot be read, and a link
 * with a report extension (or matching the glob) whose target cannot be reached, are problems of their own:
 * the rest of the input is still collected. A file reached twice (also through a link: by real path) is
 * processed once unless `keepDuplicates`.
 */
export async function collectInputs(
  inputs: readonly string[],
  cwd: string,
  options: CollectOptions = {},
): Promise<CollectedInputs> {
  const items: InputItem[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) await expand(input, cwd, items, problems);
  const several = inputs.length > 1 || (inputs[0] !== undefined && (await namesSeveral(inputs[0], cwd)));
  if (options.keepDuplicates) return { items, problems, several };
  // One file is one document however it is reached (a folder and a link to it, a file and a link to it).
  const keys = await Promise.all(
    items.map((item) => (item.file === null ? "-" : realpath(item.file).catch(() => item.file as string))),
  );
  const seen = new Set<string>();
  const unique = items.filter((_, i) => {
    const key = keys[i] as string;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { items: unique, problems, several };
}

/** The reason a document could not be read, for the failure line. */
export function readFailureReason(error: unknown): string {
  return (error as { code?: string }).code === "EISDIR" ? "is a folder" : errorReason(error);
}
