/** Test helper: reads the tables of an HTML page with htmlparser2 into rows of cells with their spans. */
import { Parser } from "htmlparser2";

/** One parsed HTML table cell. */
export interface HtmlCell {
  tag: string;
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** Tables → rows → cells, in document order. */
export function htmlTables(html: string): HtmlCell[][][] {
  const tables: HtmlCell[][][] = [];
  let cell: HtmlCell | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "table") tables.push([]);
        else if (name === "tr") tables.at(-1)?.push([]);
        else if (name === "td" || name === "th") {
          cell = { tag: name, text: "", rowSpan: Number(attrs.rowspan ?? 1), colSpan: Number(attrs.colspan ?? 1) };
          tables.at(-1)?.at(-1)?.push(cell);
        } else if (name === "br" && cell) cell.text += "\n";
      },
      ontext(text) {
        if (cell) cell.text += text;
      },
      onclosetag(name) {
        if (name === "td" || name === "th") cell = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tables;
}

/** The cell whose text is `text` in a table (first match), or undefined. */
export function cellByText(table: HtmlCell[][], text: string): HtmlCell | undefined {
  for (const row of table) for (const c of row) if (c.text === text) return c;
  return undefined;
}
