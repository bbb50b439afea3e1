/**
 * Text → rows with PapaParse. No `dynamicTyping`: 17-digit IDs and "2024" must stay text.
 * Row numbers are as a spreadsheet shows them: a quoted field that spans several lines is
 * still one row, and blank rows (also before the header) are counted but skipped.
 *
 * Before PapaParse sees the text, one pass over it (which knows quoted fields as PapaParse does)
 * turns every line ending outside a quoted field into `\n` — a file may mix CRLF, LF and CR, and
 * PapaParse splits on one kind only — and counts rows, columns and cells against the limits, so
 * an oversized file is refused before any row is built. Line endings inside quoted fields are
 * the cell's own text and stay as written.
 */
import Papa from 'papaparse'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { LimitExceededError, resolveLimits, type ReadLimits } from './limits'
import { finishTable, type RawTable } from './raw-table'

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

export interface CsvTable extends RawTable {
  delimiter: Delimiter
}

/**
 * Counts delimiters outside quotes on each of the first records; a record ends at CR, LF or
 * CRLF. Blank records before the first non-blank one are left out.
 */
function countsPerRecord(text: string, delimiter: string, maxRecords = 30): number[] {
  const counts: number[] = []
  let inQuotes = false
  let count = 0
  let blank = true
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const ch = text[i]
    if (ch === '"') {
      inQuotes = !inQuotes
      blank = false
    } else if (!inQuotes && ch === delimiter) count++
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++
      if (!(blank && counts.length === 0)) counts.push(count)
      count = 0
      blank = true
    } else if (ch !== ' ' && ch !== '\t') blank = false
  }
  if (counts.length < maxRecords && count > 0) counts.push(count)
  return counts
}

/** The delimiter whose count is the same on most records (outside quotes); `,` if none. */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number; count: number } = { delimiter: ',', score: 0, count: 0 }
  for (const delimiter of DELIMITERS) {
    const counts = countsPerRecord(text, delimiter)
    const headerCount = counts[0] ?? 0
    if (headerCount === 0) continue
    const score = counts.filter((c) => c === headerCount).length / counts.length
    if (score > best.score || (score === best.score && headerCount > best.count)) {
      best = { delimiter, score, count: headerCount }
    }
  }
  return best.delimiter
}

/** Throws when the record just ended passes a limit: its columns, the rows, or the cells so far. */
function checkRecord(
  records: number,
  fields: number,
  cells: number,
  limits: ReadLimits,
  fileName: string,
): void {
  if (fields > limits.maxColumns) {
    throw new LimitExceededError(
      'maxColumns',
      fields,
      limits.maxColumns,
      fileName,
      msg('limit.csvColumns', { row: records, count: fields }),
    )
  }
  // The header row is not a data row.
  if (records - 1 > limits.maxRows) {
    throw new LimitExceededError(
      'maxRows',
      records - 1,
      limits.maxRows,
      fileName,
      msg('limit.csvRows', { row: records }),
    )
  }
  if (cells > limits.maxCells) {
    throw new LimitExceededError(
      'maxCells',
      cells,
      limits.maxCells,
      fileName,
      msg('limit.csvCells', { row: records }),
    )
  }
}

/**
 * Line endings outside quoted fields → `\n`, with rows, columns and cells counted against the
 * limits on the way. Quoted fields are recognised as PapaParse does: a quote opens one only at
 * the start of a field, `""` is a quote inside it, and a quote closes it only when spaces and
 * then a delimiter, a line end or the end of the text follow.
 */
export function normaliseLineEndings(
  text: string,
  delimiter: Delimiter,
  limits: ReadLimits,
  fileName: string,
): string {
  const d = delimiter.charCodeAt(0)
  const n = text.length
  const parts: string[] = []
  let from = 0
  let records = 0
  let fields = 1
  let cells = 0
  let inQuotes = false
  let fieldStart = true
  const endRecord = () => {
    records++
    cells += fields
    checkRecord(records, fields, cells, limits, fileName)
    fields = 1
    fieldStart = true
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (inQuotes) {
      if (c !== 34) continue
      if (text.charCodeAt(i + 1) === 34) {
        i++
        continue
      }
      let j = i + 1
      while (text.charCodeAt(j) === 32) j++
      const after = text.charCodeAt(j)
      if (j >= n || after === d || after === 10 || after === 13) inQuotes = false
      continue
    }
    if (c === 34 && fieldStart) {
      inQuotes = true
      fieldStart = false
    } else if (c === d) {
      fields++
      fieldStart = true
    } else if (c === 10) {
      endRecord()
    } else if (c === 13) {
      parts.push(text.slice(from, i), '\n')
      if (text.charCodeAt(i + 1) === 10) i++
      from = i + 1
      endRecord()
    } else {
      fieldStart = false
    }
  }
  if (n > 0 && text.charCodeAt(n - 1) !== 10 && text.charCodeAt(n - 1) !== 13) endRecord()
  if (parts.length === 0) return text
  parts.push(text.slice(from))
  return parts.join('')
}

const UNCLOSED_QUOTE = msg('read.unclosedQuote')

/**
 * Parses CSV text; malformed input becomes issues with the row where it happened, and a row
 * with such an error is left out of the table (it could only be stored wrong). Throws a
 * `LimitExceededError` before parsing when the text has too many rows, columns or cells.
 */
export function parseCsv(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
  name = 'CSV',
  limits: Partial<ReadLimits> = {},
): CsvTable {
  const normalised = normaliseLineEndings(text, delimiter, resolveLimits(limits), name)
  const result = Papa.parse<string[]>(normalised, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    dynamicTyping: false,
  })
  const badRows = new Set<number>()
  const issues: ImportIssue[] = result.errors.map((e) => {
    const row = (e.row ?? 0) + 1
    badRows.add(row)
    return issue(
      'error',
      e.code === 'MissingQuotes' ? 'csv-unclosed-quote' : 'csv-malformed',
      e.code === 'MissingQuotes' ? UNCLOSED_QUOTE : msg('read.csvError', { detail: e.message }),
      { row, detail: e.message },
    )
  })
  const rows = result.data
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ row }) => !badRows.has(row))
  const table = finishTable(name, rows, issues)
  // Rows left out for an error were read all the same: the report counts them.
  const badData = [...badRows].filter((r) => r > (table.headerRow ?? 1)).length
  return { ...table, delimiter, ...(badData > 0 ? { rowsRead: table.rows.length + badData } : {}) }
}
