/** Bytes of any supported file → raw tables (or a bundle), with how they were read. */
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { parseCsv, type Delimiter } from './csv'
import { decodeBytes, type DecodedText, type TextEncodingName } from './decode'
import { parseJsonContent } from './json'
import { LimitExceededError, limitIssue, resolveLimits, type ReadLimits } from './limits'
import type { RawTable } from './raw-table'
import { readXlsx } from './xlsx'

export type FileFormat = 'csv' | 'xlsx' | 'json'

export interface ReadFileOptions {
  delimiter?: Delimiter
  /** XLSX: the sheet to read; default the first, or all sheets for a strategy plan. */
  sheet?: string
  /** Lower limits than the defaults (tests). */
  limits?: Partial<ReadLimits>
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

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 20).join(', ')
  return rows.length > 20 ? `${shown} …` : shown
}

/** What the decoding had to guess, as warnings; UTF-8 damage names the rows it is in. */
function encodingIssues(decoded: DecodedText, tables: readonly RawTable[]): ImportIssue[] {
  if (decoded.invalidSequences) {
    const n = decoded.invalidSequences
    const rows: number[] = []
    for (const table of tables) {
      if (table.header.some((h) => h.includes('\uFFFD'))) rows.push(table.headerRow ?? 1)
      for (const { row, cells } of table.rows) if (cells.some((c) => c.includes('\uFFFD'))) rows.push(row)
    }
    const where = rows.length > 0 ? msg('read.invalidBytesRows', { rows: rowList(rows) }) : ''
    return [
      issue(
        'warning',
        'encoding-invalid-bytes',
        msg(n === 1 ? 'read.invalidByte' : 'read.invalidBytes', { count: n, where }),
        { detail: `${n} invalid UTF-8 sequences; rows ${rows.join(', ')}` },
      ),
    ]
  }
  if (decoded.utf8Sequences) {
    return [
      issue('warning', 'encoding-mixed', msg('read.looksLikeUtf8'), {
        detail: `${decoded.utf8Sequences} valid UTF-8 multi-byte sequences`,
      }),
    ]
  }
  return []
}

/**
 * Reads a file. A limit that would be passed (see limits.ts) ends the reading with one error
 * naming it; nothing of the file is kept then.
 */
export async function readFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadFileOptions = {},
): Promise<ReadFile> {
  const format = detectFormat(bytes, fileName)
  const limits = resolveLimits(options.limits)
  try {
    return await readFormat(format, bytes, fileName, options, limits)
  } catch (error) {
    if (error instanceof LimitExceededError) return { format, tables: [], issues: [limitIssue(error)] }
    throw error
  }
}

async function readFormat(
  format: FileFormat,
  bytes: Uint8Array,
  fileName: string,
  options: ReadFileOptions,
  limits: ReadLimits,
): Promise<ReadFile> {
  if (format === 'xlsx') {
    try {
      const { tables, sheetNames } = await readXlsx(bytes, fileName, {
        limits,
        ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      })
      return { format, tables, sheetNames, issues: [] }
    } catch (error) {
      if (error instanceof LimitExceededError) throw error
      const detail = error instanceof Error ? error.message : String(error)
      return {
        format,
        tables: [],
        issues: [
          issue('error', 'xlsx-unreadable', msg('read.spreadsheetUnreadable', { file: fileName, detail }), {
            detail,
          }),
        ],
      }
    }
  }
  if (bytes.length > limits.maxFileBytes) {
    throw new LimitExceededError('maxFileBytes', bytes.length, limits.maxFileBytes, fileName)
  }
  const decoded = decodeBytes(bytes)
  const { text, encoding } = decoded
  if (format === 'json') {
    const json = parseJsonContent(text, fileName, limits)
    const issues = [...encodingIssues(decoded, []), ...json.issues]
    return json.kind === 'bundle'
      ? { format, encoding, tables: [], bundle: json.value, issues }
      : { format, encoding, tables: json.tables, issues }
  }
  const table = parseCsv(text, options.delimiter, fileName, limits)
  return {
    format,
    encoding,
    delimiter: table.delimiter,
    tables: [table],
    issues: encodingIssues(decoded, [table]),
  }
}
