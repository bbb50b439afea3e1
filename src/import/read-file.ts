/** Bytes of any supported file → raw tables (or a bundle), with how they were read. */
import { issue, type ImportIssue } from '@/domain/import-issue'
import { parseCsv, type Delimiter } from './csv'
import { decodeBytes, type TextEncodingName } from './decode'
import { parseJsonContent } from './json'
import type { RawTable } from './raw-table'
import { readXlsx } from './xlsx'

export type FileFormat = 'csv' | 'xlsx' | 'json'

export interface ReadFileOptions {
  delimiter?: Delimiter
  /** XLSX: the sheet to read; default the first, or all sheets for a strategy plan. */
  sheet?: string
}

export interface ReadFile {
  format: FileFormat
  encoding?: TextEncodingName
  delimiter?: Delimiter
  tables: RawTable[]
  /** XLSX: all sheet names, so the user can choose. */
  sheetNames?: string[]
  /** A parsed JSON value that claims to be a Veikart bundle. */
  bundle?: unknown
  issues: ImportIssue[]
}

/** By content first (a ZIP is XLSX, `{`/`[` is JSON), then by extension; else CSV. */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx'
  const ext = fileName.toLowerCase().split('.').pop()
  if (ext === 'json') return 'json'
  if (ext === 'xlsx') return 'xlsx'
  return 'csv'
}

export async function readFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadFileOptions = {},
): Promise<ReadFile> {
  const format = detectFormat(bytes, fileName)
  if (format === 'xlsx') {
    try {
      const { tables, sheetNames } = await readXlsx(
        bytes,
        fileName,
        options.sheet === undefined ? {} : { sheet: options.sheet },
      )
      return { format, tables, sheetNames, issues: [] }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return {
        format,
        tables: [],
        issues: [
          issue(
            'error',
            'xlsx-unreadable',
            {
              nb: `Kunne ikke lese regnearket «${fileName}»: ${detail}`,
              en: `Could not read the spreadsheet "${fileName}": ${detail}`,
            },
            { detail },
          ),
        ],
      }
    }
  }
  const { text, encoding } = decodeBytes(bytes)
  if (format === 'json') {
    const json = parseJsonContent(text, fileName)
    return json.kind === 'bundle'
      ? { format, encoding, tables: [], bundle: json.value, issues: json.issues }
      : { format, encoding, tables: json.tables, issues: json.issues }
  }
  const table = parseCsv(text, options.delimiter, fileName)
  return { format, encoding, delimiter: table.delimiter, tables: [table], issues: [] }
}
