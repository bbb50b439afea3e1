import { issue, msg, type ImportIssue } from '@/domain/import-issue'

/**
 * A table as read from a file (a CSV file, a spreadsheet sheet, a JSON array), before any
 * meaning is given to its columns. Every cell is text: identifiers and years stay as written.
 */
export interface RawTable {
  /** File name, sheet name or JSON key: used in messages. */
  name: string
  header: string[]
  /** The row number of the header as a spreadsheet shows it (1 unless blank rows precede it). */
  headerRow?: number
  /** Data rows; `row` is the row number a spreadsheet shows. */
  rows: { row: number; cells: string[] }[]
  /** Data rows read, also those left out for an error (CSV); default `rows.length`. */
  rowsRead?: number
  /**
   * Header indexes Veikart named itself (`Kolonne I`): cells with no header above them, kept as
   * extra fields. Their rows are warned about already; the column is not reported again.
   */
  syntheticColumns?: number[]
  /** Problems met while reading (e.g. an unclosed quote). */
  issues: ImportIssue[]
}

function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '')
}

/** 0 → `A`, 8 → `I`, 26 → `AA`: how a spreadsheet names a column. */
export function columnName(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** The name given to a column that has values but no header. */
export function unnamedColumn(index: number): string {
  return `Kolonne ${columnName(index)}`
}

/**
 * Rows as read (numbered as a spreadsheet shows them) → a table: the first non-blank row is the
 * header, blank rows are dropped, and cells with no header above them (beyond the header's end,
 * or under a blank header cell) are kept under a name of their own (`Kolonne I`), with a warning
 * per row, instead of being dropped.
 */
export function finishTable(
  name: string,
  rows: readonly { row: number; cells: string[] }[],
  issues: ImportIssue[] = [],
): RawTable {
  const start = rows.findIndex((r) => !isBlankRow(r.cells))
  if (start < 0) return { name, header: [], rows: [], issues }
  const first = rows[start]
  const header = (first?.cells ?? []).map((h) => h.trim())
  const headerRow = first?.row ?? 1
  const data: { row: number; cells: string[] }[] = []
  const unnamed = new Set<number>()
  for (let i = start + 1; i < rows.length; i++) {
    const entry = rows[i]
    if (!entry || isBlankRow(entry.cells)) continue
    const { row, cells } = entry
    let orphans: number[] | null = null
    for (let c = 0; c < cells.length; c++) {
      if ((c >= header.length || header[c] === '') && (cells[c] ?? '').trim() !== '') {
        ;(orphans ??= []).push(c)
      }
    }
    if (orphans) {
      for (const c of orphans) unnamed.add(c)
      const names = orphans.map(unnamedColumn)
      const letters = orphans.map(columnName).join(', ')
      issues.push(
        issue('warning', 'extra-cells', msg('table.extraCells', { letters, names: { quoted: names } }), {
          row,
          column: names.join(', '),
          table: name,
        }),
      )
    }
    data.push(entry)
  }
  const syntheticColumns = [...unnamed].sort((a, b) => a - b)
  for (const c of syntheticColumns) {
    while (header.length <= c) header.push('')
    header[c] = unnamedColumn(c)
  }
  return {
    name,
    header,
    headerRow,
    rows: data,
    issues,
    ...(syntheticColumns.length > 0 ? { syntheticColumns } : {}),
  }
}
