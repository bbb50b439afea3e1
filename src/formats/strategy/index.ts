/** The strategy plan: goals, initiatives, indicators and measurements, in one file or several tables. */
import { pushAll } from '@/domain/array'
import type { ImportIssue } from '@/domain/import-issue'
import type {
  ColumnReport,
  DatasetFormat,
  KnownTable,
  ReadOptions,
  ReadResult,
  SourceTable,
  TableKind,
} from '../format'
import { emptyContent, mapTable, withTable, type MappedTable } from '../table-reader'
import { GOAL_COLUMNS, INDICATOR_COLUMNS, INITIATIVE_COLUMNS, MEASUREMENT_COLUMNS } from './columns'
import { mapGoalRows } from './goals-reader'
import { mapIndicatorRows, mapInitiativeRows, mapMeasurementRows } from './reader'
import { writeStrategyTables } from './writer'

/** Goals, initiatives, indicators, then measurements (which refer to indicators). */
function readStrategy(tables: readonly KnownTable[], options: ReadOptions): ReadResult {
  const content = emptyContent()
  const issues: ImportIssue[] = []
  let columns: ColumnReport[] = []
  const many = tables.length > 1
  const byKind = (kind: TableKind) => tables.filter((t) => t.kind === kind).map((t) => t.table)
  const datasetId = options.datasetId
  const report = <K extends string>(table: SourceTable, mapped: MappedTable<K>, found: ImportIssue[]) => {
    pushAll(issues, withTable([...mapped.unknown, ...found], table, many))
    if (columns.length === 0) columns = mapped.columns
  }
  for (const table of byKind('strategy-goals')) {
    const mapped = mapTable(table, GOAL_COLUMNS)
    const result = mapGoalRows(mapped.rows, mapped.mapping.names)
    pushAll(content.goals, result.goals)
    report(table, mapped, result.issues)
  }
  const goals = content.goals.length > 0 ? content.goals : (options.goals ?? [])
  for (const table of byKind('strategy-initiatives')) {
    const mapped = mapTable(table, INITIATIVE_COLUMNS)
    const result = mapInitiativeRows(mapped.rows, { datasetId, columnNames: mapped.mapping.names, goals })
    pushAll(content.subGoals, result.subGoals)
    report(table, mapped, result.issues)
  }
  for (const table of byKind('strategy-indicators')) {
    const mapped = mapTable(table, INDICATOR_COLUMNS)
    const result = mapIndicatorRows(mapped.rows, { datasetId, columnNames: mapped.mapping.names, goals })
    pushAll(content.indicators, result.indicators)
    report(table, mapped, result.issues)
  }
  for (const table of byKind('strategy-measurements')) {
    const mapped = mapTable(table, MEASUREMENT_COLUMNS)
    const result = mapMeasurementRows(mapped.rows, {
      datasetId,
      columnNames: mapped.mapping.names,
      indicators: content.indicators,
    })
    pushAll(content.measurements, result.measurements)
    report(table, mapped, result.issues)
  }
  return { content, issues, columns }
}

export const strategyFormat: DatasetFormat = {
  kind: 'strategy',
  tables: [
    { kind: 'strategy-goals', columns: GOAL_COLUMNS, required: [['number'], ['title']] },
    { kind: 'strategy-initiatives', columns: INITIATIVE_COLUMNS, required: [['code'], ['title']] },
    {
      kind: 'strategy-indicators',
      columns: INDICATOR_COLUMNS,
      required: [['name'], ['baseline', 'target', 'unit']],
    },
    { kind: 'strategy-measurements', columns: MEASUREMENT_COLUMNS, required: [['indicator'], ['value']] },
  ],
  singleTable: false,
  read: readStrategy,
  write: writeStrategyTables,
}
