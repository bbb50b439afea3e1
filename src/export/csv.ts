/**
 * Tables → CSV text, by hand (PapaParse belongs to src/import). Two variants:
 * - `excel`: UTF-8 with BOM, `;` and CRLF, decimal comma, which Excel in a Norwegian locale
 *   opens by double-click with æøå intact and numbers as numbers;
 * - `plain`: UTF-8, `,` and LF, decimal point, for scripts and other tools.
 * Quoting follows RFC 4180. Besides the delimiter, quotes, CR and LF, a field is also quoted
 * when it holds any other delimiter the importer sniffs for (`,` `;` tab `|`): then only the
 * real delimiter occurs outside quotes, and detection cannot pick the wrong one.
 */
import { neutraliseFormula } from '@/domain/formula'
import type { ExportCell, ExportTable } from './dataset-tables'

/** `excel`: BOM, `;`, CRLF, decimal comma. `plain`: `,`, LF, decimal point. */
export type CsvVariant = 'excel' | 'plain'

const NEEDS_QUOTES = /[",;\t|\r\n]/

function fieldText(cell: ExportCell, variant: CsvVariant): string {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return ''
    return variant === 'excel' ? String(cell).replace('.', ',') : String(cell)
  }
  const text = neutraliseFormula(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One table as a CSV file's text; every record, the last too, ends with a line break. */
export function toCsv(table: ExportTable, variant: CsvVariant): string {
  const delimiter = variant === 'excel' ? ';' : ','
  const newline = variant === 'excel' ? '\r\n' : '\n'
  const records = [table.header, ...table.rows].map((row) =>
    row.map((cell) => fieldText(cell, variant)).join(delimiter),
  )
  return (variant === 'excel' ? '\uFEFF' : '') + records.map((r) => r + newline).join('')
}
