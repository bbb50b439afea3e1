import type { ImportIssue } from '@/domain/import-issue'

/**
 * A table as read from a file (a CSV file, a spreadsheet sheet, a JSON array), before any
 * meaning is given to its columns. Every cell is text: identifiers and years stay as written.
 */
export interface RawTable {
  /** File name, sheet name or JSON key: used in messages. */
  name: string
  header: string[]
  /** Data rows; `row` is the row number a spreadsheet shows (header = 1). */
  rows: { row: number; cells: string[] }[]
  /** Problems met while reading (e.g. an unclosed quote). */
  issues: ImportIssue[]
}
