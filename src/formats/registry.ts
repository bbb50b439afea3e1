/**
 * The source formats Veikart reads and writes. Adding a kind is a folder under src/formats and
 * a line in FORMATS (plus its table kinds in the `TableKind` union of format.ts).
 */
import type { DatasetKind } from '@/domain/types'
import { headerKey, type ColumnSynonyms } from './columns'
import type { DatasetFormat, PortfolioTableKind, TableFormat, TableKind } from './format'
import { portfolioFormat } from './portfolio'
import { strategyFormat } from './strategy'
import { tiltakFormat } from './tiltak'
import { veikartFormat } from './veikart'

export type { PortfolioTableKind, TableKind }
export { planYearOf } from './tiltak/columns'

/**
 * In this order: detection prefers the earlier kind when two match as many columns, and a file
 * with tables of several multi-table formats is read as the earliest of them (a portfolio
 * workbook may carry strategy sheets; it stays a portfolio).
 */
const FORMATS: readonly DatasetFormat[] = [veikartFormat, tiltakFormat, portfolioFormat, strategyFormat]

/** Detection order of the table kinds (a tie goes to the earlier). */
const DETECTION_ORDER: readonly DatasetKind[] = ['veikart', 'tiltak', 'strategy', 'portfolio']

const TABLES: readonly { format: DatasetFormat; table: TableFormat }[] = DETECTION_ORDER.flatMap((kind) => {
  const format = formatOf(kind)
  return format.tables.map((table) => ({ format, table }))
})

export const TABLE_KINDS: readonly TableKind[] = TABLES.map((t) => t.table.kind)

export function isPortfolioTableKind(kind: TableKind): kind is PortfolioTableKind {
  return kind.startsWith('portfolio-')
}

/** The format of a dataset kind. */
export function formatOf(kind: DatasetKind): DatasetFormat {
  const format = FORMATS.find((f) => f.kind === kind)
  if (!format) throw new Error(`no format for dataset kind ${kind}`)
  return format
}

function entryOf(kind: TableKind): { format: DatasetFormat; table: TableFormat } {
  const entry = TABLES.find((t) => t.table.kind === kind)
  if (!entry) throw new Error(`no format for table kind ${kind}`)
  return entry
}

/** The format a table kind belongs to. */
export function formatOfTable(kind: TableKind): DatasetFormat {
  return entryOf(kind).format
}

export function datasetKindOf(table: TableKind): DatasetKind {
  return formatOfTable(table).kind
}

/** Column synonyms of a table kind. */
export function synonymsOf(kind: TableKind): ColumnSynonyms<string> {
  return entryOf(kind).table.columns
}

/**
 * The format that reads a file's tables: the first single-table format in file order (an item
 * list wins over everything else), else the earliest multi-table format in FORMATS.
 */
export function chooseFormat(kinds: readonly TableKind[]): DatasetFormat | undefined {
  const formats = kinds.map(formatOfTable)
  return formats.find((f) => f.singleTable) ?? FORMATS.find((f) => formats.includes(f))
}

function matchedColumns(keys: readonly string[], synonyms: ColumnSynonyms<string>): Set<string> {
  const found = new Set<string>()
  for (const key of keys) {
    for (const [column, names] of Object.entries(synonyms)) {
      if (found.has(column)) continue
      if (names.some((n) => (typeof n === 'string' ? headerKey(n) === key : n.test(key)))) {
        found.add(column)
        break
      }
    }
  }
  return found
}

/** Recognises a table by its header: the kind whose required columns are there and which matches most columns. */
export function detectTableKind(header: readonly string[]): TableKind | null {
  const keys = header.map(headerKey)
  let best: { kind: TableKind; score: number } | null = null
  for (const { table } of TABLES) {
    const found = matchedColumns(keys, table.columns)
    if (!table.required.every((anyOf) => anyOf.some((c) => found.has(c)))) continue
    if (!best || found.size > best.score) best = { kind: table.kind, score: found.size }
  }
  return best?.kind ?? null
}
