/** Plain tables for the diff formatters: Markdown (GFM) and terminal text aligned by display width. */

/** Display width of a string in a terminal: East Asian wide / full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c <= 0x36f) || c === 0x200b) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Column alignment. */
export type Align = "left" | "right";

function pad(s: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return align === "right" ? fill + s : s + fill;
}

/**
 * The widest a terminal table's cell is shown (display width): a longer one (a text cell of thousands of
 * characters) is cut, with …, so that it does not widen every row of its column (the JSON keeps it whole).
 */
export const MAX_CELL_WIDTH = 80;

/** The start of a text, at most `width` display columns. */
function headOf(s: string, width: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}

/** The separator before a cell label's column part (三、（二）部分公开 / 法人或其他组织/商业企业). */
const COLUMN_SEPARATOR = " / ";

/** The narrowest a label's row part is cut to before its column part is given up instead. */
const MIN_ROW_WIDTH = 20;

/**
 * A cell cut to MAX_CELL_WIDTH display columns, or the cell itself when it fits. A cell label keeps its
 * column part (after the last " / ") whole and loses the end of its row part instead, with … (rows that
 * differ only in their column still print apart); any other cell is cut at its end, the last column an ….
 */
export function clipCell(s: string): string {
  if (s.length * 2 <= MAX_CELL_WIDTH || displayWidth(s) <= MAX_CELL_WIDTH) return s;
  const cut = s.lastIndexOf(COLUMN_SEPARATOR);
  if (cut > 0) {
    const tail = s.slice(cut);
    const room = MAX_CELL_WIDTH - 1 - displayWidth(tail);
    if (room >= MIN_ROW_WIDTH) return `${headOf(s.slice(0, cut), room)}…${tail}`;
  }
  return `${headOf(s, MAX_CELL_WIDTH - 1)}…`;
}

/**
 * A terminal table: columns padded to their widest cell (display width, cells cut at MAX_CELL_WIDTH),
 * separated by two spaces.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const clipped = rows.map((r) => r.map(clipCell));
  // Loops, not Math.max(...): spreading a row per changed field overflows the stack past ~125,000.
  const widths = header.map((h) => displayWidth(h));
  for (const r of clipped)
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, displayWidth(r[i] ?? ""));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, align[i] ?? "left"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(header), rule, ...clipped.map(line)].join("\n");
}

function escapeCell(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** A GFM table (pipes in cells escaped). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const rule = `|${header.map((_, i) => (align[i] === "right" ? "---:" : "---")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
