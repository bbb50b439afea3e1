/**
 * Tables → an XLSX workbook, one sheet per table, through write-excel-file's `universal` build
 * (a Blob, in the browser and in Node alike; the `browser` build needs Web Workers).
 * Numbers are number cells. Text cells are string cells, which a spreadsheet never runs;
 * they are neutralised anyway, because a user who edits a cell or saves the sheet as CSV would
 * otherwise bring the formula to life. Our importer undoes the prefix.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal'
import { neutraliseFormula } from '@/domain/formula'
import type { ExportCell, ExportTable } from './dataset-tables'

/** The media type of an XLSX file, for downloads. */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function cellOf(cell: ExportCell): Cell {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  return cell === '' ? null : neutraliseFormula(cell)
}

/** Excel's rules for sheet names: 1–31 characters, none of `[]/\:*?`, no `'` at either end, unique. */
function sheetNames(tables: readonly ExportTable[]): string[] {
  const used = new Set<string>()
  return tables.map((table, index) => {
    const clean = table.name.replace(/[[\]/\\:*?]/g, ' ').replace(/\s+/g, ' ')
    const base = clean.replace(/^[\s']+|[\s']+$/g, '') || `Ark ${index + 1}`
    let name = base.slice(0, 31).trimEnd()
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`
    used.add(name.toLowerCase())
    return name
  })
}

/** The tables as one workbook; the header row is bold and stays in view when scrolling. */
export function toXlsx(tables: readonly ExportTable[]): Promise<Blob> {
  const names = sheetNames(tables)
  const sheets: Sheet<Blob>[] = tables.map((table, index) => ({
    sheet: names[index],
    stickyRowsCount: 1,
    data: [
      table.header.map((h): Cell => ({ value: neutraliseFormula(h), fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map(cellOf)),
    ],
  }))
  return writeXlsxFile(sheets).toBlob()
}
