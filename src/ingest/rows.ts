/** Rows of delimited text (PapaParse, RFC 4180 quoting) with the file line each row starts on. */
import Papa from 'papaparse';

export interface TextRow {
  fields: string[];
  /** 1-based line of the text where the row starts (a quoted field may span several lines). */
  line: number;
}

export interface SplitRows {
  /** Rows in order; blank lines (only whitespace or empty fields) are skipped. */
  rows: TextRow[];
  /** The last row ends without a line break at the end of the text, or inside a quote never closed: it may be cut off. */
  lastCut: boolean;
  /** Where a quote opens that is never closed before the end of the text, else null. */
  openQuote: { line: number; linesAfter: number } | null;
}

/** Splits up to `maxRows` non-blank rows of `text`. */
export function splitRows(text: string, delimiter: string, maxRows = Infinity): SplitRows {
  const rows: TextRow[] = [];
  let lastCut = false;
  let openQuote: SplitRows['openQuote'] = null;
  let start = 0; // offset where the current row starts
  let line = 1; // the line at `start`
  Papa.parse<string[]>(text, {
    delimiter,
    step(result, parser) {
      const end = result.meta.cursor;
      const missing = result.errors.find((e) => e.code === 'MissingQuotes');
      if (missing) {
        const at = Math.min(Math.max(missing.index ?? start, start), text.length);
        const quoteLine = line + countLineBreaks(text, start, at);
        openQuote = { line: quoteLine, linesAfter: countLineBreaks(text, at, text.length) };
      }
      if (!result.data.every((field) => field.trim() === '')) {
        rows.push({ fields: result.data, line });
        lastCut = Boolean(missing) || (end >= text.length && !/[\r\n]$/.test(text));
      }
      line += countLineBreaks(text, start, end);
      start = end;
      if (rows.length >= maxRows) parser.abort();
    },
  });
  return { rows, lastCut, openQuote };
}

/** Line breaks (`\r\n`, `\n` or a lone `\r`) in text[from, to). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Offset in `text` where its 1-based `line` starts (the text's length when it has fewer lines). */
export function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let current = 1; current < line; current++) {
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
    if (at >= text.length) return text.length;
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return at;
}

/** 1-based numbers of the empty lines (no character at all) after `afterLine`; a final line break ends no line. */
export function emptyLines(text: string, afterLine: number): number[] {
  const empty: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    if (i === start && line > afterLine && i < text.length) empty.push(line);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    line++;
    start = i + 1;
  }
  return empty;
}
