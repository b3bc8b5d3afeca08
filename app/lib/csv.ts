// RFC 4180 CSV: CRLF line ends, every field quoted, quotes doubled. A UTF-8 byte-order mark lets
// spreadsheet programs read names with accents correctly. Quoting every field keeps a cell whole
// whatever separator a spreadsheet's locale expects (`,` or `;`), and a cell a spreadsheet would
// run as a formula (=, +, -, @, tab, CR — after leading spaces too) gets a leading apostrophe.

export type TCsvValue = string | number | null | undefined;

function field(value: TCsvValue): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === "string" && /^[\s]*[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
