/** The measures table (tiltaksliste, one row per actor's activity): columns, reader and writer. */
import type { DatasetFormat, KnownTable, ReadOptions, ReadResult } from '../format'
import { emptyContent, mapTable } from '../table-reader'
import { planYearOf, TILTAK_COLUMNS, TILTAK_REQUIRED } from './columns'
import { mapTiltakRows, type TiltakColumn } from './reader'
import { writeTiltakTable } from './writer'

function readTiltak(tables: readonly KnownTable[], options: ReadOptions): ReadResult {
  const table = tables[0]?.table
  if (!table) return { content: emptyContent(), issues: [], columns: [] }
  const overrides = (options.columns ?? {}) as Readonly<Record<number, TiltakColumn | null>>
  const mapped = mapTable(table, TILTAK_COLUMNS, { overrides, withExtra: true })
  const result = mapTiltakRows(mapped.rows, {
    datasetId: options.datasetId,
    columnNames: mapped.mapping.names,
    goals: options.goals ?? [],
  })
  const planYear = planYearOf(table.header)
  return {
    content: { ...emptyContent(), subGoals: result.subGoals, items: result.items },
    issues: [...mapped.unknown, ...result.issues],
    columns: mapped.columns,
    ...(planYear !== undefined ? { planYear } : {}),
  }
}

export const tiltakFormat: DatasetFormat = {
  kind: 'tiltak',
  tables: [{ kind: 'tiltak', columns: TILTAK_COLUMNS, required: TILTAK_REQUIRED }],
  singleTable: true,
  read: readTiltak,
  write: (content) => [writeTiltakTable(content)],
}
