/**
 * Text → rows with PapaParse. No `dynamicTyping`: 17-digit IDs and "2024" must stay text.
 * Row numbers are as a spreadsheet shows them: the header is row 1, and a quoted field that
 * spans several lines is still one row.
 */
import Papa from 'papaparse'
import { issue, type ImportIssue } from '@/domain/import-issue'
import type { RawTable } from './raw-table'

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

export interface CsvTable extends RawTable {
  delimiter: Delimiter
}

/** Counts delimiters outside quotes on each of the first records. */
function countsPerRecord(text: string, delimiter: string, maxRecords = 30): number[] {
  const counts: number[] = []
  let inQuotes = false
  let count = 0
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const ch = text[i]
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && ch === delimiter) count++
    else if (!inQuotes && ch === '\n') {
      counts.push(count)
      count = 0
    }
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

/** Parses CSV text; malformed input becomes issues with the row where it happened. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text), name = 'CSV'): CsvTable {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, dynamicTyping: false })
  const issues: ImportIssue[] = result.errors.map((e) =>
    issue(
      'error',
      e.code === 'MissingQuotes' ? 'csv-unclosed-quote' : 'csv-malformed',
      e.code === 'MissingQuotes'
        ? {
            nb: 'Et anførselstegn (") åpnes men lukkes aldri; resten av filen leses som ett felt.',
            en: 'A quote (") is opened but never closed; the rest of the file reads as one field.',
          }
        : { nb: `CSV-feil: ${e.message}.`, en: `CSV error: ${e.message}.` },
      { row: (e.row ?? 0) + 1, detail: e.message },
    ),
  )
  const [header = [], ...data] = result.data
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  return { name, delimiter, header: header.map((h) => h.trim()), rows, issues }
}
