/**
 * The other tables of the strategy's plan for realisation: strategic initiatives (sub-goals
 * with code, owner and period), goal indicators, and indicator measurements.
 */
import { parseGoalRef } from '@/domain/goal-ref'
import type { RawRow } from '@/formats/raw-row'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { parseNorwegianNumber } from '@/domain/number'
import { parsePeriod } from '@/domain/period'
import { foldText, shortHash, slugify, squashSpaces } from '@/domain/text'
import type { Goal, Indicator, IndicatorMeasurement, SubGoal } from '@/domain/types'

export type InitiativeColumn = 'goal' | 'code' | 'title' | 'owner' | 'period' | 'condition'
export type IndicatorColumn =
  'goal' | 'name' | 'unit' | 'baseline' | 'baselineYear' | 'target' | 'targetYear' | 'source'
export type MeasurementColumn = 'indicator' | 'period' | 'value'

type Names<K extends string> = Partial<Record<K, string>>

function goalError(row: number, column: string, text: string): ImportIssue {
  return issue(
    'error',
    text.trim() === '' ? 'goal-missing' : 'goal-unknown',
    text.trim() === '' ? msg('strategy.goalMissing') : msg('strategy.goalUnknown', { text }),
    { row, column, detail: text },
  )
}

function titleMissing(row: number, column: string): ImportIssue {
  return issue('error', 'title-missing', msg('strategy.titleMissing'), { row, column })
}

/** Strategic initiatives → sub-goals. The code's digit gives the goal when no goal column is filled. */
export function mapInitiativeRows(
  rows: readonly RawRow<InitiativeColumn>[],
  ctx: { datasetId: string; columnNames: Names<InitiativeColumn>; goals?: readonly Goal[] },
): { subGoals: SubGoal[]; issues: ImportIssue[] } {
  const col = (c: InitiativeColumn) => ctx.columnNames[c] ?? c
  const subGoals: SubGoal[] = []
  const issues: ImportIssue[] = []
  const codes = new Map<string, number>()
  for (const { row, cells } of rows) {
    const get = (c: InitiativeColumn) => squashSpaces(cells[c] ?? '')
    const code = get('code').toUpperCase()
    const goal = parseGoalRef(get('goal'), ctx.goals) ?? parseGoalRef(code.slice(0, 1))
    if (goal === null) {
      issues.push(goalError(row, col('goal'), get('goal')))
      continue
    }
    if (get('title') === '') {
      issues.push(titleMissing(row, col('title')))
      continue
    }
    if (code !== '' && codes.has(code)) {
      issues.push(
        issue('error', 'duplicate-id', msg('strategy.codeTwice', { code, row: codes.get(code) ?? '' }), {
          row,
          column: col('code'),
          detail: code,
        }),
      )
      continue
    }
    if (code !== '') codes.set(code, row)
    const period = parsePeriod(get('period'))
    if (!period.ok) {
      issues.push(
        issue('error', period.error.code, period.error.message, {
          row,
          column: col('period'),
          detail: get('period'),
        }),
      )
      continue
    }
    const title = get('title')
    const subGoal: SubGoal = {
      id: `${ctx.datasetId}/sg${code || goal}-${slugify(title).slice(0, 40)}-${shortHash(title)}`,
      datasetId: ctx.datasetId,
      goal,
      title,
      conditions: get('condition') ? [get('condition')] : [],
    }
    if (code) subGoal.code = code
    if (get('owner')) subGoal.owner = get('owner')
    if (get('period')) subGoal.periodText = get('period')
    subGoals.push(subGoal)
  }
  return { subGoals, issues }
}

function numberCell(
  text: string,
  row: number,
  column: string,
  issues: ImportIssue[],
): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined
  const n = parseNorwegianNumber(text)
  if (n !== null) return n
  issues.push(
    issue('error', 'number-unreadable', msg('strategy.numberUnreadable', { text }), {
      row,
      column,
      detail: text,
    }),
  )
  return 'invalid'
}

/** Goal indicators. Ids are derived from goal and name, so measurements can refer to the name. */
export function mapIndicatorRows(
  rows: readonly RawRow<IndicatorColumn>[],
  ctx: { datasetId: string; columnNames: Names<IndicatorColumn>; goals?: readonly Goal[] },
): { indicators: Indicator[]; issues: ImportIssue[] } {
  const col = (c: IndicatorColumn) => ctx.columnNames[c] ?? c
  const indicators: Indicator[] = []
  const issues: ImportIssue[] = []
  for (const { row, cells } of rows) {
    const get = (c: IndicatorColumn) => squashSpaces(cells[c] ?? '')
    const goal = parseGoalRef(get('goal'), ctx.goals)
    if (goal === null) {
      issues.push(goalError(row, col('goal'), get('goal')))
      continue
    }
    if (get('name') === '') {
      issues.push(titleMissing(row, col('name')))
      continue
    }
    const before = issues.length
    const numbers = (['baseline', 'baselineYear', 'target', 'targetYear'] as const).map((c) =>
      numberCell(get(c), row, col(c), issues),
    )
    if (issues.length > before) continue
    const [baseline, baselineYear, target, targetYear] = numbers as (number | undefined)[]
    const indicator: Indicator = {
      id: `${ctx.datasetId}/ind-${slugify(get('name')).slice(0, 40)}-${shortHash(get('name'))}`,
      datasetId: ctx.datasetId,
      goal,
      name: get('name'),
    }
    if (get('unit')) indicator.unit = get('unit')
    if (baseline !== undefined) indicator.baseline = baseline
    if (baselineYear !== undefined) indicator.baselineYear = baselineYear
    if (target !== undefined) indicator.target = target
    if (targetYear !== undefined) indicator.targetYear = targetYear
    if (get('source')) indicator.source = get('source')
    indicators.push(indicator)
  }
  return { indicators, issues }
}

/** Indicator measurements; the indicator is named as in the indicators table (case and diacritics ignored). */
export function mapMeasurementRows(
  rows: readonly RawRow<MeasurementColumn>[],
  ctx: { datasetId: string; columnNames: Names<MeasurementColumn>; indicators: readonly Indicator[] },
): { measurements: IndicatorMeasurement[]; issues: ImportIssue[] } {
  const col = (c: MeasurementColumn) => ctx.columnNames[c] ?? c
  const measurements: IndicatorMeasurement[] = []
  const issues: ImportIssue[] = []
  for (const { row, cells } of rows) {
    const get = (c: MeasurementColumn) => squashSpaces(cells[c] ?? '')
    const indicator = ctx.indicators.find((i) => foldText(i.name) === foldText(get('indicator')))
    if (!indicator) {
      issues.push(
        issue('error', 'indicator-unknown', msg('strategy.indicatorUnknown', { text: get('indicator') }), {
          row,
          column: col('indicator'),
          detail: get('indicator'),
        }),
      )
      continue
    }
    const value = numberCell(get('value'), row, col('value'), issues)
    if (value === 'invalid') continue
    if (value === undefined) {
      issues.push(
        issue('error', 'value-missing', msg('strategy.valueMissing'), { row, column: col('value') }),
      )
      continue
    }
    measurements.push({
      id: `${indicator.id}/${shortHash(`${get('period')}|${row}`)}`,
      datasetId: ctx.datasetId,
      indicatorId: indicator.id,
      period: get('period'),
      value,
    })
  }
  return { measurements, issues }
}
