/** What every reader does with a table before and after its own rules: map headers, pick cells, report. */
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import type { DatasetContent } from '@/domain/types'
import { createCellPicker, mapColumns, pickExtra, type ColumnMapping, type ColumnSynonyms } from './columns'
import type { ColumnReport, SourceTable } from './format'
import type { RawRow } from './raw-row'

export function columnReport<K extends string>(
  table: SourceTable,
  mapping: ColumnMapping<K>,
): ColumnReport[] {
  return table.header.map((header, index) => {
    const entry = (Object.entries(mapping.indexOf) as [K, number][]).find(([, i]) => i === index)
    return { index, header, column: entry ? entry[0] : null }
  })
}

export function unknownColumnWarnings(
  table: SourceTable,
  unknown: { index: number; header: string }[],
): ImportIssue[] {
  // Columns Veikart named itself have been warned about row by row already (raw-table.ts).
  const synthetic = new Set(table.syntheticColumns ?? [])
  return unknown
    .filter(({ index }) => !synthetic.has(index))
    .map(({ header }) =>
      issue('warning', 'unknown-column', msg('table.unknownColumn', { header }), {
        row: table.headerRow ?? 1,
        column: header,
        table: table.name,
      }),
    )
}

/** Marks issues with their table's name when a file holds several tables. */
export function withTable(issues: ImportIssue[], table: SourceTable, many: boolean): ImportIssue[] {
  return many ? issues.map((i) => ({ ...i, table: table.name })) : issues
}

export function emptyContent(): Omit<DatasetContent, 'dataset'> {
  return { goals: [], subGoals: [], items: [], indicators: [], measurements: [] }
}

/** Each row's mapped cells, plus its unrecognised cells as `extra` when `withExtra` and there are any. */
export function pickRows<K extends string>(
  table: SourceTable,
  mapping: ColumnMapping<K>,
  withExtra: boolean,
): RawRow<K>[] {
  const pick = createCellPicker(mapping)
  return table.rows.map(({ row, cells }) => {
    const extra = withExtra ? pickExtra(cells, mapping) : undefined
    return extra ? { row, cells: pick(cells), extra } : { row, cells: pick(cells) }
  })
}

/** A table's header mapping, its rows and the report of both, ready for a format's row rules. */
export interface MappedTable<K extends string> {
  mapping: ColumnMapping<K>
  rows: RawRow<K>[]
  columns: ColumnReport[]
  /** Warnings for headers that match no column. */
  unknown: ImportIssue[]
}

/** Maps a table's headers by `synonyms` (and the user's `overrides`) and picks each row's cells. */
export function mapTable<K extends string>(
  table: SourceTable,
  synonyms: ColumnSynonyms<K>,
  options: { overrides?: Readonly<Record<number, K | null>>; withExtra?: boolean } = {},
): MappedTable<K> {
  const mapping = mapColumns(table.header, synonyms, options.overrides ?? {})
  return {
    mapping,
    rows: pickRows(table, mapping, options.withExtra ?? false),
    columns: columnReport(table, mapping),
    unknown: unknownColumnWarnings(table, mapping.unknown),
  }
}
