/** The roadmap export (one row per deliverable): columns, reader and writer. */
import type { DatasetFormat, KnownTable, ReadOptions, ReadResult } from '../format'
import { emptyContent, mapTable } from '../table-reader'
import { VEIKART_COLUMNS, VEIKART_REQUIRED } from './columns'
import { mapVeikartRows, type VeikartColumn } from './reader'
import { writeVeikartTable } from './writer'

function readVeikart(tables: readonly KnownTable[], options: ReadOptions): ReadResult {
  const table = tables[0]?.table
  if (!table) return { content: emptyContent(), issues: [], columns: [] }
  const overrides = (options.columns ?? {}) as Readonly<Record<number, VeikartColumn | null>>
  const mapped = mapTable(table, VEIKART_COLUMNS, { overrides, withExtra: true })
  const result = mapVeikartRows(mapped.rows, {
    datasetId: options.datasetId,
    columnNames: mapped.mapping.names,
  })
  return {
    content: { ...emptyContent(), subGoals: result.subGoals, items: result.items },
    issues: [...mapped.unknown, ...result.issues],
    columns: mapped.columns,
    ...(result.version ? { version: result.version } : {}),
  }
}

export const veikartFormat: DatasetFormat = {
  kind: 'veikart',
  tables: [{ kind: 'veikart', columns: VEIKART_COLUMNS, required: VEIKART_REQUIRED }],
  singleTable: true,
  read: readVeikart,
  write: (content) => [writeVeikartTable(content)],
}
