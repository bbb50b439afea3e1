/**
 * JSON files: the app's own bundle, a plain array of objects (one table, keys as headers),
 * or an object of such arrays (one table per key, e.g. a strategy plan's goals and indicators).
 */
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { looksLikeBundle } from '@/formats/bundle/bundle'
import { LimitExceededError, resolveLimits, type ReadLimits } from './limits'
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

/**
 * How deeply arrays and objects nest, outside strings: checked before `JSON.parse`, so a file of
 * a million `[` cannot overflow the stack of the parser or of anything that walks the value.
 */
export function jsonDepth(text: string, max: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \\ */) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > max) return deepest
      }
    } else if (c === 93 || c === 125) depth--
  }
  return deepest
}

interface TableBudget {
  limits: ReadLimits
  fileName: string
  cells: number
}

/** Array of objects → table; the header is every key in order of first appearance. */
function tableOf(name: string, list: unknown[], issues: ImportIssue[], budget: TableBudget): RawTable | null {
  const { limits, fileName } = budget
  if (list.length > limits.maxRows) {
    throw new LimitExceededError(
      'maxRows',
      list.length,
      limits.maxRows,
      fileName,
      msg('limit.jsonRows', { name, count: list.length }),
    )
  }
  const header: string[] = []
  const seen = new Set<string>()
  for (const [index, entry] of list.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push(
        issue('error', 'json-not-object', msg('read.jsonRowNotObject', { name, index }), { row: index + 2 }),
      )
      return null
    }
    for (const key of Object.keys(entry)) {
      if (!seen.has(key)) {
        seen.add(key)
        header.push(key)
        if (header.length > limits.maxColumns) {
          throw new LimitExceededError(
            'maxColumns',
            header.length,
            limits.maxColumns,
            fileName,
            msg('limit.jsonKeys', { name }),
          )
        }
      }
    }
  }
  budget.cells += header.length * list.length
  if (budget.cells > limits.maxCells) {
    throw new LimitExceededError(
      'maxCells',
      budget.cells,
      limits.maxCells,
      fileName,
      msg('limit.jsonCells', { name, columns: header.length, rows: list.length }),
    )
  }
  const rows = list.map((entry, index) => ({
    row: index + 2,
    cells: header.map((h) => cellText((entry as Record<string, unknown>)[h])),
  }))
  return { name, header, rows, issues: [] }
}

/**
 * Parses JSON text; syntax errors become an issue with the position. Throws a
 * `LimitExceededError` when the nesting, rows, keys or cells pass the limits.
 */
export function parseJsonContent(
  text: string,
  fileName: string,
  limitOverrides: Partial<ReadLimits> = {},
): JsonContent {
  const limits = resolveLimits(limitOverrides)
  const depth = jsonDepth(text, limits.maxJsonDepth)
  if (depth > limits.maxJsonDepth) {
    throw new LimitExceededError('maxJsonDepth', depth, limits.maxJsonDepth, fileName, msg('limit.jsonDepth'))
  }
  const budget: TableBudget = { limits, fileName, cells: 0 }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      kind: 'tables',
      tables: [],
      issues: [
        issue('error', 'json-invalid', msg('read.jsonInvalid', { file: fileName, detail }), { detail }),
      ],
    }
  }
  if (looksLikeBundle(value)) return { kind: 'bundle', value, issues: [] }
  const issues: ImportIssue[] = []
  const tables: RawTable[] = []
  if (Array.isArray(value)) {
    const table = tableOf(fileName, value, issues, budget)
    if (table) tables.push(table)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, list] of Object.entries(value)) {
      if (!Array.isArray(list)) continue
      const table = tableOf(key, list, issues, budget)
      if (table) tables.push(table)
    }
  }
  if (tables.length === 0 && issues.length === 0) {
    issues.push(issue('error', 'json-no-table', msg('read.jsonNothing', { file: fileName })))
  }
  return { kind: 'tables', tables, issues }
}
