// RFC 4180 CSV: CRLF line ends, every field quoted, quotes doubled. A UTF-8 byte-order mark lets
// spreadsheet programs read names with accents correctly. Quoting every field keeps a cell whole
// whatever separator a spreadsheet's locale expects (`,` or `;`) when the program honours the
// quotes. Some do not (a `;` locale opening the file by double-click can split inside them), so a
// formula start (=, +, -, @, tab, CR — after spaces too) is defused wherever a split could put it at
// the start of a cell: at the cell's start and after every separator or line break inside it.

export type TCsvValue = string | number | null | undefined;

/** A formula start at the beginning or after a separator (`,` `;` tab `|`) or line break. */
const FORMULA_START = /(^|[,;|\t\r\n])(\s*[=+\-@\t\r])/g;

function field(value: TCsvValue): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === "string") text = text.replace(FORMULA_START, "$1'$2");
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly (readonly TCsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

export function csvResponse(filename: string, rows: readonly (readonly TCsvValue[])[]): Response {
  return new Response(toCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
