/**
 * XLSX → raw tables through read-excel-file (the npm `xlsx` package is avoided: 0.18.5 has
 * unfixed CVEs). Numbers are kept as the text the file stores (`parseNumber` returns the
 * string), so identifiers and years stay text; date-formatted cells become ISO dates.
 */
import readXlsxFile from 'read-excel-file/universal'
import type { RawTable } from './raw-table'

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  return String(value)
}

function toTable(name: string, data: unknown[][]): RawTable {
  const [header = [], ...rest] = data
  const rows = rest
    .map((cells, index) => ({ row: index + 2, cells: cells.map(cellText) }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  return { name, header: header.map((h) => cellText(h).trim()), rows, issues: [] }
}

/**
 * Reads a workbook. With `sheet`, only that sheet (by name); else every sheet, in order,
 * so a strategy plan can hold one table per sheet. Throws when the file is not a workbook.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: { sheet?: string } = {},
): Promise<{ tables: RawTable[]; sheetNames: string[] }> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const sheets = await readXlsxFile<string>(buffer, { parseNumber: (text) => text, trim: false })
  const sheetNames = sheets.map((s) => s.sheet)
  const chosen = options.sheet === undefined ? sheets : sheets.filter((s) => s.sheet === options.sheet)
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new Error(`sheet "${options.sheet}" not found in ${fileName} (sheets: ${sheetNames.join(', ')})`)
  }
  return { tables: chosen.map((s) => toTable(s.sheet, s.data as unknown[][])), sheetNames }
}
