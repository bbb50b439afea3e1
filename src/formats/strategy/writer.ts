/** A strategy plan → its tables (goals, initiatives, indicators, measurements), as the reader reads them. */
import type { DatasetContent } from '@/domain/types'
import { formatGoalRef } from '../cell-text'
import type { ExportCell, ExportTable } from '../format'
import { nameOf } from '../write-table'
import { GOAL_COLUMNS, INDICATOR_COLUMNS, INITIATIVE_COLUMNS, MEASUREMENT_COLUMNS } from './columns'

/** Table names; also the XLSX sheet names (at most 31 characters). */
export const STRATEGY_TABLE_NAMES = {
  goals: 'Mål',
  initiatives: 'Strategiske initiativ',
  indicators: 'Målindikatorer',
  measurements: 'Målinger',
} as const

const orBlank = (n: number | undefined): ExportCell => n ?? ''

/** Goals always (the plan's backbone), then initiatives, indicators and measurements when there are any. */
export function writeStrategyTables(content: DatasetContent): ExportTable[] {
  const goals: ExportTable = {
    name: STRATEGY_TABLE_NAMES.goals,
    header: (['number', 'title', 'description'] as const).map((c) => nameOf(GOAL_COLUMNS, c)),
    rows: content.goals.map((g) => [g.number, g.title, g.description ?? '']),
  }
  const initiatives: ExportTable = {
    name: STRATEGY_TABLE_NAMES.initiatives,
    header: (['goal', 'code', 'title', 'owner', 'period', 'condition'] as const).map((c) =>
      nameOf(INITIATIVE_COLUMNS, c),
    ),
    rows: content.subGoals.map((s) => [
      formatGoalRef(s.goal),
      s.code ?? '',
      s.title,
      s.owner ?? '',
      s.periodText ?? '',
      // The table has one condition per initiative; more (only possible in a bundle) are joined.
      s.conditions.join('; '),
    ]),
  }
  const indicators: ExportTable = {
    name: STRATEGY_TABLE_NAMES.indicators,
    header: (
      ['goal', 'name', 'unit', 'baseline', 'baselineYear', 'target', 'targetYear', 'source'] as const
    ).map((c) => nameOf(INDICATOR_COLUMNS, c)),
    rows: content.indicators.map((i) => [
      formatGoalRef(i.goal),
      i.name,
      i.unit ?? '',
      orBlank(i.baseline),
      orBlank(i.baselineYear),
      orBlank(i.target),
      orBlank(i.targetYear),
      i.source ?? '',
    ]),
  }
  const names = new Map(content.indicators.map((i) => [i.id, i.name]))
  const measurements: ExportTable = {
    name: STRATEGY_TABLE_NAMES.measurements,
    header: (['indicator', 'period', 'value'] as const).map((c) => nameOf(MEASUREMENT_COLUMNS, c)),
    rows: content.measurements.map((m) => [names.get(m.indicatorId) ?? '', m.period, m.value]),
  }
  return [goals, ...[initiatives, indicators, measurements].filter((t) => t.rows.length > 0)]
}
