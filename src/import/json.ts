/**
 * JSON files: the app's own bundle, a plain array of objects (one table, keys as headers),
 * or an object of such arrays (one table per key, e.g. a strategy plan's goals and indicators).
 */
import { issue, type ImportIssue } from '@/domain/import-issue'
import { looksLikeBundle } from '@/domain/bundle'
import type { RawTable } from './raw-table'

export type JsonContent =
  | { kind: 'bundle'; value: unknown; issues: ImportIssue[] }
  | { kind: 'tables'; tables: RawTable[]; issues: ImportIssue[] }

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(cellText).join(', ')
  return JSON.stringify(value)
}

/** Array of objects → table; the header is every key in order of first appearance. */
function tableOf(name: string, list: unknown[], issues: ImportIssue[]): RawTable | null {
  const header: string[] = []
  const seen = new Set<string>()
  for (const [index, entry] of list.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push(
        issue(
          'error',
          'json-not-object',
          {
            nb: `${name}[${index}] er ikke et objekt med kolonnenavn.`,
            en: `${name}[${index}] is not an object with column names.`,
          },
          { row: index + 2 },
        ),
      )
      return null
    }
    for (const key of Object.keys(entry)) {
      if (!seen.has(key)) {
        seen.add(key)
        header.push(key)
      }
    }
  }
  const rows = list.map((entry, index) => ({
    row: index + 2,
    cells: header.map((h) => cellText((entry as Record<string, unknown>)[h])),
  }))
  return { name, header, rows, issues: [] }
}

/** Parses JSON text; syntax errors become an issue with the position. */
export function parseJsonContent(text: string, fileName: string): JsonContent {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      kind: 'tables',
      tables: [],
      issues: [
        issue(
          'error',
          'json-invalid',
          {
            nb: `«${fileName}» er ikke gyldig JSON: ${detail}`,
            en: `"${fileName}" is not valid JSON: ${detail}`,
          },
          { detail },
        ),
      ],
    }
  }
  if (looksLikeBundle(value)) return { kind: 'bundle', value, issues: [] }
  const issues: ImportIssue[] = []
  const tables: RawTable[] = []
  if (Array.isArray(value)) {
    const table = tableOf(fileName, value, issues)
    if (table) tables.push(table)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, list] of Object.entries(value)) {
      if (!Array.isArray(list)) continue
      const table = tableOf(key, list, issues)
      if (table) tables.push(table)
    }
  }
  if (tables.length === 0 && issues.length === 0) {
    issues.push(
      issue('error', 'json-no-table', {
        nb: `«${fileName}» inneholder verken en Veikart-pakke eller en liste av rader.`,
        en: `"${fileName}" holds neither a Veikart bundle nor a list of rows.`,
      }),
    )
  }
  return { kind: 'tables', tables, issues }
}
