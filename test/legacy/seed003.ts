/** The hand-read expected rows of seed 003's statistics table and renderings of them in every shape. */
import { readFileSync } from "node:fs";

/** One expected row (test/fixtures/expected/003-legacy.json). */
export interface ExpectedRow {
  section: string;
  label: string;
  unit: string;
  raw: string;
  remark: string | null;
  line: number;
  id: string;
}

/** The expected file. */
export const EXPECTED: { title: string; titleLine: number; rows: ExpectedRow[] } = JSON.parse(
  readFileSync(new URL("../fixtures/expected/003-legacy.json", import.meta.url), "utf8"),
);

/** Seed 003's text. */
export const SEED_003 = readFileSync(new URL("../fixtures/seeds/003_80aeb6f3312619ab.txt", import.meta.url), "utf8");

const HEADER = ["工作项目", "单位", "数量", "备注"];

/** The table as grid rows: per section a section row, a header row, then data rows; a repeated label is "". */
export function gridRows(): string[][] {
  const out: string[][] = [];
  let section = "";
  let previous = "";
  for (const r of EXPECTED.rows) {
    if (r.section !== section) {
      section = r.section;
      out.push([section, "", "", ""]);
      out.push(HEADER);
      previous = "";
    }
    out.push([r.label === previous ? "" : r.label, r.unit, r.raw, r.remark ?? ""]);
    previous = r.label;
  }
  return out;
}

/** Pipe rendering (one `| … |` line per row). */
export function asPipe(): string {
  return `${EXPECTED.title}\n${gridRows()
    .map((row) => `| ${row.join(" | ")} |`)
    .join("\n")}\n`;
}

/** Tab rendering: section rows as plain lines (text blocks), other rows tab-separated. */
export function asTab(): string {
  const lines = gridRows().map((row) => (row.slice(1).every((c) => c === "") ? row[0]! : row.join("\t")));
  return `${EXPECTED.title}\n${lines.join("\n")}\n`;
}

/** Markdown rendering: the title and section headings as paragraphs, one GFM table per section. */
export function asMarkdown(): string {
  const parts = [`# ${EXPECTED.title}`];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const [head, ...body] = rows;
    parts.push(
      [
        `| ${head!.join(" | ")} |`,
        "|---|---|---|---|",
        ...body.map((r) => `| ${r.map((c) => c || " ").join(" | ")} |`),
      ].join("\n"),
    );
    rows = [];
  };
  for (const row of gridRows()) {
    if (row.slice(1).every((c) => c === "")) {
      flush();
      parts.push(row[0]!);
    } else rows.push(row);
  }
  flush();
  return `${parts.join("\n\n")}\n`;
}

/** Markdown with tab pseudo-tables (seeds 001/004 style): section lines as paragraphs, rows tab-separated. */
export function asMarkdownTabs(): string {
  const parts = [`# ${EXPECTED.title}`];
  let rows: string[] = [];
  for (const row of gridRows()) {
    if (row.slice(1).every((c) => c === "")) {
      if (rows.length > 0) parts.push(rows.join("\n"));
      rows = [];
      parts.push(row[0]!);
    } else rows.push(row.join("\t"));
  }
  if (rows.length > 0) parts.push(rows.join("\n"));
  return `${parts.join("\n\n")}\n`;
}

/** HTML rendering: one table; section rows span 4 columns; a label printed with two units spans 2 rows. */
export function asHtml(): string {
  const rows = gridRows();
  const html: string[] = [`<p>${EXPECTED.title}</p>`, "<table>"];
  rows.forEach((row, i) => {
    if (row.slice(1).every((c) => c === "")) {
      html.push(`<tr><td colspan="4">${row[0]}</td></tr>`);
      return;
    }
    const next = rows[i + 1];
    const cells: string[] = [];
    if (row[0] !== "") {
      const span = next && next[0] === "" && next[1] !== "" ? ' rowspan="2"' : "";
      cells.push(`<td${span}>${row[0]}</td>`);
    }
    for (const c of row.slice(1)) cells.push(`<td>${c === "" ? "&nbsp;" : c}</td>`);
    html.push(`<tr>${cells.join("")}</tr>`);
  });
  html.push("</table>");
  return `<html><body>${html.join("\n")}</body></html>\n`;
}
