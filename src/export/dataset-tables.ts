/**
 * A dataset → the tables of its own import format, so that the importer reads an export back
 * to the same content. The choices below follow from how the importer reads:
 *
 * - Tiltak rows are written in full (goal, målsetting, condition and note on every row), so
 *   the importer's fill-down has nothing to fill: a non-blank goal starts a new block on every
 *   row. A sub-goal without items, and a condition no item carries, get a heading row of their
 *   own, placed so sub-goals and conditions keep their order.
 * - Items land on their source row when the rows allow it: where the source had rows that made
 *   no item (blank, heading or rejected rows), the export leaves a blank row, so source rows
 *   and row numbers in messages stay the same. Otherwise rows follow one another.
 * - A veikart item's key is written as its Leveranse-ID, so keys survive even for items whose
 *   source had no ID. The `Mål` column is added only when a sub-goal code cannot carry the goal.
 * - Unrecognised source columns (item.extra) come last, in first-seen order.
 */
import { isUncertainText } from '@/domain/text'
import type { DatasetContent, RoadmapItem, SubGoal } from '@/domain/types'
import { headerKey, type ColumnSynonyms } from '@/import/columns'
import {
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  INITIATIVE_COLUMNS,
  MEASUREMENT_COLUMNS,
  TILTAK_COLUMNS,
  VEIKART_COLUMNS,
} from '@/import/formats'
import { formatDatePoint, formatGoalRef, formatPhaseSpan, formatStatus } from './cell-text'
import { pushAll } from '@/domain/array'
import { portfolioToTables } from './portfolio-tables'

/** A number cell stays a number (XLSX number cell, CSV digits); everything else is text. */
export type ExportCell = string | number

/** One table of an export: a CSV file or an XLSX sheet. */
export interface ExportTable {
  name: string
  header: string[]
  rows: ExportCell[][]
}

/** Table names; also the XLSX sheet names (at most 31 characters). */
export const TABLE_NAMES = {
  tiltak: 'Tiltak',
  veikart: 'Veikart',
  goals: 'Mål',
  initiatives: 'Strategiske initiativ',
  indicators: 'Målindikatorer',
  measurements: 'Målinger',
} as const

/** The header a column is written with: its first (canonical) name in formats.ts. */
function nameOf<K extends string>(synonyms: ColumnSynonyms<K>, column: K): string {
  const name = synonyms[column].find((s): s is string => typeof s === 'string')
  if (name === undefined) throw new Error(`column ${column} has no written name`)
  return name
}

function isNamedBy<K extends string>(header: string, synonyms: ColumnSynonyms<K>, column: K): boolean {
  const key = headerKey(header)
  return synonyms[column].some((s) => (typeof s === 'string' ? headerKey(s) === key : s.test(key)))
}

/** Names of the items' extra fields, in first-seen order. */
function extraKeysOf(items: readonly RoadmapItem[]): string[] {
  const keys = new Set<string>()
  for (const item of items) for (const key of Object.keys(item.extra ?? {})) keys.add(key)
  return [...keys]
}

/** A row to write, and the spreadsheet row it should land on (its source row), if any. */
interface Line {
  cells: ExportCell[]
  row?: number
}

/**
 * Puts each line that wants a row on that row, filling gaps with blank rows; lines without a
 * wish go just before the next line that has one (a heading belongs to the rows below it).
 * When the wishes cannot all be met (not increasing, or too little room), rows simply follow
 * one another.
 */
function layOut(lines: readonly Line[], width: number): ExportCell[][] {
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

function tiltakTable(content: DatasetContent): ExportTable {
  const { dataset, items, subGoals } = content
  const extras = extraKeysOf(items)
  const name = (c: keyof typeof TILTAK_COLUMNS) => nameOf(TILTAK_COLUMNS, c)
  const activity =
    dataset.planYear === undefined
      ? nameOf(TILTAK_COLUMNS, 'activity')
      : `Hva skal skje i ${dataset.planYear}?`
  const header = [
    name('goal'),
    name('subGoal'),
    name('condition'),
    name('note'),
    name('actor'),
    name('service'),
    activity,
    name('period'),
    ...extras,
  ]
  const byId = new Map(subGoals.map((s) => [s.id, s]))
  // Sub-goals written so far, with the conditions their rows have carried.
  const seen = new Map<string, Set<string>>()
  const lines: Line[] = []
  const mark = (s: SubGoal, condition: string): void => {
    const conditions = seen.get(s.id) ?? new Set<string>()
    if (condition !== '') conditions.add(condition)
    seen.set(s.id, conditions)
  }
  const heading = (s: SubGoal, condition: string): void => {
    mark(s, condition)
    const blank = ['', '', '', '', ...extras.map(() => '')]
    lines.push({ cells: [formatGoalRef(s.goal), s.title, condition, s.note ?? '', ...blank] })
  }
  // A heading row for each condition before index `upTo` that no row has carried yet.
  const headingsBefore = (s: SubGoal, upTo: number): void => {
    for (const c of s.conditions.slice(0, upTo)) if (!seen.get(s.id)?.has(c)) heading(s, c)
  }
  // Writes what is left of a sub-goal: its uncarried conditions, or a bare heading if it has no row yet.
  const flush = (s: SubGoal): void => {
    headingsBefore(s, s.conditions.length)
    if (!seen.has(s.id)) heading(s, '')
  }

  for (const item of items) {
    const subGoal = item.subGoalId === undefined ? undefined : byId.get(item.subGoalId)
    const condition = subGoal ? (item.condition ?? '') : ''
    // Sub-goals listed before this item's own (for an item without one: before the first
    // sub-goal of its goal or a later one) that no row has named yet stood on heading rows.
    const firstLater = subGoals.findIndex((s) => s.goal >= item.goal)
    const due = subGoal ? subGoals.indexOf(subGoal) : firstLater < 0 ? subGoals.length : firstLater
    for (const earlier of subGoals.slice(0, due)) if (!seen.has(earlier.id)) flush(earlier)
    if (subGoal) {
      headingsBefore(subGoal, Math.max(0, subGoal.conditions.indexOf(condition)))
      mark(subGoal, condition)
    }
    lines.push({
      row: item.source.row,
      cells: [
        formatGoalRef(item.goal),
        subGoal?.title ?? '',
        condition,
        subGoal?.note ?? '',
        item.actors.join(', '),
        item.service ?? '',
        // The importer titles a row without activity by its service; a blank cell says so again.
        item.flags.includes('no-activity') ? '' : item.title,
        item.periodText ?? '',
        ...extras.map((key) => item.extra?.[key] ?? ''),
      ],
    })
  }
  for (const s of subGoals) flush(s)
  return { name: TABLE_NAMES.tiltak, header, rows: layOut(lines, header.length) }
}

/** The phase cell. A "?" the title does not explain came from the phase cell, so it goes back there. */
function veikartPhaseText(item: RoadmapItem): string {
  const mark = item.uncertain && !isUncertainText(item.title) ? '?' : ''
  if (item.phase) return formatPhaseSpan(item.phase) + mark
  // No phase and no `no-phase` flag: the source named a phase the importer did not know.
  return item.flags.includes('no-phase') ? '' : `Ukjent${mark}`
}

function veikartTable(content: DatasetContent): ExportTable {
  const { dataset, items, subGoals } = content
  const extras = extraKeysOf(items)
  const byId = new Map(subGoals.map((s) => [s.id, s]))
  const subGoalOf = (item: RoadmapItem) =>
    item.subGoalId === undefined ? undefined : byId.get(item.subGoalId)
  // The importer reads the goal from the sub-goal's code; a goal column is needed only without one,
  // or when an extra field would otherwise be taken for it.
  const withGoal =
    items.some((item) => subGoalOf(item)?.code === undefined) ||
    extras.some((key) => isNamedBy(key, VEIKART_COLUMNS, 'goal'))
  const columns = [
    'id',
    'title',
    'description',
    'phase',
    'start',
    'end',
    'subGoal',
    'grouping',
    'status',
    'actor',
    'version',
    ...(withGoal ? (['goal'] as const) : []),
  ] as const
  const header = [...columns.map((c) => nameOf(VEIKART_COLUMNS, c)), ...extras]
  const lines = items.map((item): Line => {
    const subGoal = subGoalOf(item)
    const cells: Record<(typeof columns)[number], string> = {
      id: item.key,
      title: item.title,
      description: item.description ?? '',
      phase: veikartPhaseText(item),
      start: item.period.start ? formatDatePoint(item.period.start) : '',
      end: item.period.end ? formatDatePoint(item.period.end) : '',
      subGoal: subGoal ? (subGoal.code ? `${subGoal.code} - ${subGoal.title}` : subGoal.title) : '',
      grouping: item.grouping ?? '',
      status: formatStatus(item.status),
      // Derived actors are left out: the importer derives them again from the name.
      actor: item.actorsDerived ? '' : item.actors.join(', '),
      version: dataset.asOf ?? '',
      goal: formatGoalRef(item.goal),
    }
    return {
      row: item.source.row,
      cells: [...columns.map((c) => cells[c]), ...extras.map((key) => item.extra?.[key] ?? '')],
    }
  })
  return { name: TABLE_NAMES.veikart, header, rows: layOut(lines, header.length) }
}

const orBlank = (n: number | undefined): ExportCell => n ?? ''

/** Goals always (the plan's backbone), then initiatives, indicators and measurements when there are any. */
function strategyTables(content: DatasetContent): ExportTable[] {
  const goals: ExportTable = {
    name: TABLE_NAMES.goals,
    header: (['number', 'title', 'description'] as const).map((c) => nameOf(GOAL_COLUMNS, c)),
    rows: content.goals.map((g) => [g.number, g.title, g.description ?? '']),
  }
  const initiatives: ExportTable = {
    name: TABLE_NAMES.initiatives,
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
    name: TABLE_NAMES.indicators,
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
    name: TABLE_NAMES.measurements,
    header: (['indicator', 'period', 'value'] as const).map((c) => nameOf(MEASUREMENT_COLUMNS, c)),
    rows: content.measurements.map((m) => [names.get(m.indicatorId) ?? '', m.period, m.value]),
  }
  return [goals, ...[initiatives, indicators, measurements].filter((t) => t.rows.length > 0)]
}

/**
 * The dataset as tables of its own import format: one table for tiltak and veikart, up to four
 * (goals, initiatives, indicators, measurements) for a strategy plan.
 */
export function datasetToTables(content: DatasetContent): ExportTable[] {
  switch (content.dataset.kind) {
    case 'tiltak':
      return [tiltakTable(content)]
    case 'veikart':
      return [veikartTable(content)]
    case 'strategy':
      return strategyTables(content)
    case 'portfolio':
      return content.portfolio ? portfolioToTables(content.portfolio) : []
  }
}
