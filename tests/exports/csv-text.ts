/** RFC 4180 CSV text for the generators: fields with the delimiter, quotes or line breaks are quoted. */
export function csvLine(cells: Array<string | number | null>, delimiter = ','): string {
  return cells
    .map((cell) => {
      const text = cell === null ? '' : String(cell);
      return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(delimiter);
}

export function csvText(rows: Array<Array<string | number | null>>, delimiter = ',', eol = '\n'): string {
  return rows.map((row) => csvLine(row, delimiter)).join(eol) + eol;
}
