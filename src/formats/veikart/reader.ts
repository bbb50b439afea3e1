/**
 * Turns the rows of the directorate's veikart export into sub-goals and items.
 *
 * The sub-goal is written `<code> - <text>` (`2D - Helsepersonell skal ha tilgang til
 * pasientens legemiddelliste (PLL)`): the code's digit is the goal. Real exports leave most
 * end dates and some start dates and phases empty, repeat names and carry stray spaces;
 * those are warnings, not errors. The 17-digit Leveranse-ID stays text and is the item's key.
 */
import { deriveActors, resolveActorCell } from '@/domain/actors'
import { parseDateCell, type DateCellResult } from '@/domain/date-cell'
import { isGoalNumber, parseGoalRef } from '@/domain/goal-ref'
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'
import { flagIssues } from '@/formats/item-flags'
import type { RawRow } from '@/formats/raw-row'
import { isEndBeforeStart } from '@/domain/period'
import { createItemBuilder } from '@/formats/item-builder'
import { parsePhaseSpan } from '@/domain/phase'
import { foldText, isPlaceholderText, isUncertainText, shortHash, slugify, squashSpaces } from '@/domain/text'
import type {
  DatePoint,
  GoalNumber,
  ItemFlag,
  Period,
  PlanningStatus,
  RoadmapItem,
  SubGoal,
} from '@/domain/types'

export type VeikartColumn =
  | 'title'
  | 'description'
  | 'phase'
  | 'start'
  | 'end'
  | 'subGoal'
  | 'grouping'
  | 'status'
  | 'id'
  | 'version'
  | 'actor'
  | 'goal'

export type RawVeikartRow = RawRow<VeikartColumn>

export interface VeikartContext {
  datasetId: string
  columnNames: Partial<Record<VeikartColumn, string>>
}

export interface VeikartResult {
  subGoals: SubGoal[]
  items: RoadmapItem[]
  issues: ImportIssue[]
  /** The export's `Versjon`, when all rows agree (e.g. `2026-08`). */
  version?: string
}

/** `2D - Helsepersonell …` → code `2D`, goal 2, title; `null` when there is no code. */
export function parseSubGoalCell(text: string): { code: string; goal: GoalNumber; title: string } | null {
  const m = /^\s*(\d)([A-Za-zÆØÅæøå]?)\s*[-–—:.]\s*(.+)$/.exec(text)
  if (!m?.[1] || !m[3]) return null
  const goal = Number(m[1])
  if (!isGoalNumber(goal)) return null
  return { code: `${m[1]}${(m[2] ?? '').toUpperCase()}`, goal, title: squashSpaces(m[3]) }
}

function parseStatus(text: string): PlanningStatus | null | 'unknown' {
  const folded = foldText(text.trim())
  if (folded === '') return null
  if (/^(planlagt|planned|plan)$/.test(folded)) return 'planned'
  if (/^(tentativ|tentative|tentativt)$/.test(folded)) return 'tentative'
  return 'unknown'
}

const COLUMN_CHECKED_FOR_SPACES: VeikartColumn[] = ['title', 'phase', 'subGoal', 'grouping', 'status', 'id']

/**
 * Remembers a pure function's results for one import. Exports repeat the same few phases,
 * statuses, sub-goals and dates on thousands of rows, and folding or matching them again per
 * row was a large part of a 100k-row import (npm run bench). Only plain values and shared,
 * never-mutated results are kept; objects that end up in items are copied per item.
 */
function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let value = cache.get(text)
    if (value === undefined && !cache.has(text)) {
      value = compute(text)
      cache.set(text, value)
    }
    return value as T
  }
}

const copyPoint = (point: DatePoint): DatePoint => ({ date: point.date, precision: point.precision })

/** Validates and maps veikart rows; errors make a row unusable, warnings keep it flagged. */
export function mapVeikartRows(rows: readonly RawVeikartRow[], ctx: VeikartContext): VeikartResult {
  const col = (c: VeikartColumn): string => ctx.columnNames[c] ?? c
  const flagColumn = (flag: ItemFlag): string => col(FLAG_COLUMN[flag])
  const subGoals = new Map<string, SubGoal>()
  const items: RoadmapItem[] = []
  const issues: ImportIssue[] = []
  const seenIds = new Map<string, number>()
  const newItem = createItemBuilder(ctx.datasetId)
  const versions = new Set<string>()

  const subGoalOf = memoize(parseSubGoalCell)
  const phaseOf = memoize(parsePhaseSpan)
  const statusOf = memoize(parseStatus)
  const actorsOf = memoize(resolveActorCell)
  const derivedOf = memoize(deriveActors)
  // By the (memoized, so shared) parsed cell: its id depends on nothing else, and building the
  // id string per row only to look it up again cost more than anything else here.
  const subGoalByCell = new Map<object, SubGoal>()
  // Failures are not cached: their messages go into issues, which stay separate objects.
  const dateCache = new Map<string, DatePoint | null>()
  const dateOf = (raw: string | undefined): DateCellResult => {
    const text = raw ?? ''
    const known = dateCache.get(text)
    if (known !== undefined || dateCache.has(text)) return { ok: true, value: known ?? null }
    const result = parseDateCell(raw)
    if (result.ok) dateCache.set(text, result.value)
    return result
  }

  for (const { row, cells, extra } of rows) {
    const rowIssues: ImportIssue[] = []
    const warn = (code: string, message: IssueMessage, column: VeikartColumn, detail?: string): void => {
      rowIssues.push(
        issue('warning', code, message, { row, column: col(column), ...(detail ? { detail } : {}) }),
      )
    }
    const fail = (code: string, message: IssueMessage, column: VeikartColumn, detail?: string): void => {
      rowIssues.push(
        issue('error', code, message, { row, column: col(column), ...(detail ? { detail } : {}) }),
      )
    }

    const title = squashSpaces(cells.title ?? '')
    if (title === '') fail('title-missing', msg('veikart.titleMissing'), 'title')

    const subGoalText = squashSpaces(cells.subGoal ?? '')
    const parsedSubGoal = subGoalOf(subGoalText)
    const goalText = parsedSubGoal ? '' : squashSpaces(cells.goal ?? '')
    const goal = parsedSubGoal?.goal ?? parseGoalRef(goalText)
    if (goal === null) {
      if (subGoalText === '' && goalText === '') {
        fail('goal-missing', msg('veikart.goalMissing'), 'subGoal')
      } else {
        fail(
          'goal-unknown',
          msg('veikart.goalUnknown', { text: subGoalText || goalText }),
          'subGoal',
          subGoalText,
        )
      }
    }

    const id = squashSpaces(cells.id ?? '')
    if (id !== '') {
      const first = seenIds.get(id)
      if (first !== undefined) {
        fail('duplicate-id', msg('veikart.duplicateId', { id, row: first }), 'id', id)
      } else {
        seenIds.set(id, row)
      }
    }

    const dates: (DatePoint | null)[] = []
    for (const c of ['start', 'end'] as const) {
      const result = dateOf(cells[c])
      if (!result.ok) {
        rowIssues.push(
          issue('error', result.error.code, result.error.message, {
            row,
            column: col(c),
            detail: cells[c] ?? '',
          }),
        )
        dates.push(null)
      } else {
        dates.push(result.value && copyPoint(result.value))
      }
    }

    const flags: ItemFlag[] = []
    const phaseText = squashSpaces(cells.phase ?? '')
    const phase = phaseOf(phaseText)
    if (phase === null) {
      flags.push('no-phase')
    } else if (phase === 'unknown') {
      warn('phase-unknown', msg('veikart.phaseUnknown', { text: phaseText }), 'phase', phaseText)
    }
    const statusText = squashSpaces(cells.status ?? '')
    const status = statusOf(statusText)
    if (status === 'unknown') {
      warn('status-unknown', msg('veikart.statusUnknown', { text: statusText }), 'status', statusText)
    }
    for (const c of COLUMN_CHECKED_FOR_SPACES) {
      const rawCell = cells[c] ?? ''
      if (rawCell !== '' && rawCell !== rawCell.trim()) {
        warn('whitespace-trimmed', msg('veikart.whitespaceTrimmed'), c, JSON.stringify(rawCell))
      }
    }

    if (goal === null || rowIssues.some((i) => i.severity === 'error')) {
      for (const i of rowIssues) issues.push(i)
      continue
    }

    const [start, end] = dates
    const period: Period = { openEnded: false }
    if (start) period.start = start
    if (end) period.end = end
    const description = (cells.description ?? '').trim()
    if (!start && !end) flags.push('no-period')
    if (isEndBeforeStart(period)) flags.push('end-before-start')
    const uncertain = isUncertainText(title) || isUncertainText(phaseText)
    if (uncertain) flags.push('uncertain')
    if (isPlaceholderText(title) || isPlaceholderText(description)) flags.push('placeholder-text')
    for (const i of rowIssues) issues.push(i)
    if (flags.length > 0) for (const i of flagIssues(flags, row, flagColumn)) issues.push(i)

    let subGoal = parsedSubGoal ? subGoalByCell.get(parsedSubGoal) : undefined
    if (!subGoal && (parsedSubGoal || subGoalText !== '')) {
      const code = parsedSubGoal?.code
      const sgTitle = parsedSubGoal?.title ?? subGoalText
      const sgId = `${ctx.datasetId}/sg${code ?? goal}-${slugify(sgTitle).slice(0, 40)}-${shortHash(sgTitle)}`
      subGoal = subGoals.get(sgId)
      if (!subGoal) {
        subGoal = { id: sgId, datasetId: ctx.datasetId, goal, title: sgTitle, conditions: [] }
        if (code) subGoal.code = code
        subGoals.set(sgId, subGoal)
      }
      if (parsedSubGoal) subGoalByCell.set(parsedSubGoal, subGoal)
    }

    const grouping = squashSpaces(cells.grouping ?? '')
    const baseKey = id !== '' ? id : `${goal}-${shortHash([subGoalText, grouping, title].join('|'))}`
    // Without an owner column, the actors are read from the name (`…, Helse Vest`) and marked so.
    const derive = ctx.columnNames.actor === undefined
    const actors = derive ? derivedOf(title) : actorsOf(squashSpaces(cells.actor ?? ''))
    const item = newItem({ baseKey, title, goal, actors, period, uncertain, flags, row })
    if (description !== '') item.description = description
    if (derive && actors.length > 0) item.actorsDerived = true
    if (subGoal) item.subGoalId = subGoal.id
    if (grouping !== '') item.grouping = grouping
    if (phase && phase !== 'unknown') item.phase = { from: phase.from, to: phase.to }
    if (status && status !== 'unknown') item.status = status
    if (extra && Object.keys(extra).length > 0) item.extra = extra
    const version = squashSpaces(cells.version ?? '')
    if (version !== '') versions.add(version)
    items.push(item)
  }

  const result: VeikartResult = { subGoals: [...subGoals.values()], items, issues }
  if (versions.size === 1) result.version = [...versions][0] as string
  return result
}

const FLAG_COLUMN: Record<ItemFlag, VeikartColumn> = {
  'no-activity': 'title',
  'placeholder-text': 'title',
  uncertain: 'title',
  'no-period': 'start',
  'end-before-start': 'end',
  'no-phase': 'phase',
}
