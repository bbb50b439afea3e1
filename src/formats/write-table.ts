/** What every writer needs: a column's written name, extra fields, rows back on their source rows. */
import { pushAll } from '@/domain/array'
import type { RoadmapItem } from '@/domain/types'
import { headerKey, type ColumnSynonyms } from './columns'
import type { ExportCell } from './format'

/** The header a column is written with: its first (canonical) name in the format's columns.ts. */
export function nameOf<K extends string>(synonyms: ColumnSynonyms<K>, column: K): string {
  const name = synonyms[column].find((s): s is string => typeof s === 'string')
  if (name === undefined) throw new Error(`column ${column} has no written name`)
  return name
}

export function isNamedBy<K extends string>(header: string, synonyms: ColumnSynonyms<K>, column: K): boolean {
  const key = headerKey(header)
  return synonyms[column].some((s) => (typeof s === 'string' ? headerKey(s) === key : s.test(key)))
}

/** Names of the items' extra fields, in first-seen order. */
export function extraKeysOf(items: readonly RoadmapItem[]): string[] {
  const keys = new Set<string>()
  for (const item of items) for (const key of Object.keys(item.extra ?? {})) keys.add(key)
  return [...keys]
}

/** A row to write, and the spreadsheet row it should land on (its source row), if any. */
export interface Line {
  cells: ExportCell[]
  row?: number
}

/**
 * Puts each line that wants a row on that row, filling gaps with blank rows; lines without a
 * wish go just before the next line that has one (a heading belongs to the rows below it).
 * When the wishes cannot all be met (not increasing, or too little room), rows simply follow
 * one another.
 */
export function layOut(lines: readonly Line[], width: number): ExportCell[][] {
  let next = 2
  let pending = 0
  for (const line of lines) {
    if (line.row === undefined) pending++
    else if (line.row < next + pending) return lines.map((l) => l.cells)
    else {
      next = line.row + 1
      pending = 0
    }
  }
  const rows: ExportCell[][] = []
  let waiting: ExportCell[][] = []
  for (const line of lines) {
    if (line.row === undefined) {
      waiting.push(line.cells)
      continue
    }
    while (rows.length + waiting.length + 2 < line.row) rows.push(Array<ExportCell>(width).fill(''))
    pushAll(rows, waiting)
    rows.push(line.cells)
    waiting = []
  }
  return [...rows, ...waiting]
}
