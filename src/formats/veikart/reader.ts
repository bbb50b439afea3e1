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

type ParsedSubGoal = ReturnType<typeof parseSubGoalCell>

/** The state of one mapping: what is made so far, and the per-import caches of parsed cells. */
interface VeikartMapping {
  ctx: VeikartContext
  col: (c: VeikartColumn) => string
  subGoals: Map<string, SubGoal>
  items: RoadmapItem[]
  issues: ImportIssue[]
  seenIds: Map<string, number>
  newItem: ReturnType<typeof createItemBuilder>
  versions: Set<string>
  subGoalOf: (text: string) => ParsedSubGoal
  phaseOf: (text: string) => ReturnType<typeof parsePhaseSpan>
  statusOf: (text: string) => ReturnType<typeof parseStatus>
  actorsOf: (text: string) => ReturnType<typeof resolveActorCell>
  derivedOf: (text: string) => ReturnType<typeof deriveActors>
  /**
   * By the (memoized, so shared) parsed cell: its id depends on nothing else, and building the
   * id string per row only to look it up again cost more than anything else here.
   */
  subGoalByCell: Map<object, SubGoal>
  dateOf: (raw: string | undefined) => DateCellResult
}

function createMapping(ctx: VeikartContext): VeikartMapping {
  // Failures are not cached: their messages go into issues, which stay separate objects.
  const dateCache = new Map<string, DatePoint | null>()
  return {
    ctx,
    col: (c) => ctx.columnNames[c] ?? c,
    subGoals: new Map(),
    items: [],
    issues: [],
    seenIds: new Map(),
    newItem: createItemBuilder(ctx.datasetId),
    versions: new Set(),
    subGoalOf: memoize(parseSubGoalCell),
    phaseOf: memoize(parsePhaseSpan),
    statusOf: memoize(parseStatus),
    actorsOf: memoize(resolveActorCell),
    derivedOf: memoize(deriveActors),
    subGoalByCell: new Map(),
    dateOf: (raw) => {
      const text = raw ?? ''
      const known = dateCache.get(text)
      if (known !== undefined || dateCache.has(text)) return { ok: true, value: known ?? null }
      const result = parseDateCell(raw)
      if (result.ok) dateCache.set(text, result.value)
      return result
    },
  }
}

/** Validates and maps veikart rows; errors make a row unusable, warnings keep it flagged. */
export function mapVeikartRows(rows: readonly RawVeikartRow[], ctx: VeikartContext): VeikartResult {
  const m = createMapping(ctx)
  for (const row of rows) mapRow(m, row)
  const result: VeikartResult = { subGoals: [...m.subGoals.values()], items: m.items, issues: m.issues }
  if (m.versions.size === 1) result.version = [...m.versions][0] as string
  return result
}

type Cells = RawVeikartRow['cells']
type Report = (
  severity: 'error' | 'warning',
  code: string,
  message: IssueMessage,
  column: VeikartColumn,
  detail?: string,
) => void

/** One row: an item with its warnings, or only its errors. */
function mapRow(m: VeikartMapping, { row, cells, extra }: RawVeikartRow): void {
  const rowIssues: ImportIssue[] = []
  const report: Report = (severity, code, message, column, detail) => {
    rowIssues.push(
      issue(severity, code, message, { row, column: m.col(column), ...(detail ? { detail } : {}) }),
    )
  }
  const checked = checkRow(m, row, cells, report, rowIssues)
  const marks = readMarks(m, cells, report)
  const { goal } = checked
  if (goal === null || rowIssues.some((i) => i.severity === 'error')) {
    for (const i of rowIssues) m.issues.push(i)
    return
  }

  const [start, end] = checked.dates
  const period: Period = { openEnded: false }
  if (start) period.start = start
  if (end) period.end = end
  const { title } = checked
  const description = (cells.description ?? '').trim()
  const flags = marks.flags
  if (!start && !end) flags.push('no-period')
  if (isEndBeforeStart(period)) flags.push('end-before-start')
  const uncertain = isUncertainText(title) || isUncertainText(marks.phaseText)
  if (uncertain) flags.push('uncertain')
  if (isPlaceholderText(title) || isPlaceholderText(description)) flags.push('placeholder-text')
  for (const i of rowIssues) m.issues.push(i)
  if (flags.length > 0)
    for (const i of flagIssues(flags, row, (flag) => m.col(FLAG_COLUMN[flag]))) m.issues.push(i)

  const subGoal = subGoalOfRow(m, checked.parsedSubGoal, checked.subGoalText, goal)
  const grouping = squashSpaces(cells.grouping ?? '')
  const baseKey =
    checked.id !== '' ? checked.id : `${goal}-${shortHash([checked.subGoalText, grouping, title].join('|'))}`
  // Without an owner column, the actors are read from the name (`…, Helse Vest`) and marked so.
  const derive = m.ctx.columnNames.actor === undefined
  const actors = derive ? m.derivedOf(title) : m.actorsOf(squashSpaces(cells.actor ?? ''))
  const item = m.newItem({ baseKey, title, goal, actors, period, uncertain, flags, row })
  if (description !== '') item.description = description
  if (derive && actors.length > 0) item.actorsDerived = true
  if (subGoal) item.subGoalId = subGoal.id
  if (grouping !== '') item.grouping = grouping
  const { phase, status } = marks
  if (phase && phase !== 'unknown') item.phase = { from: phase.from, to: phase.to }
  if (status && status !== 'unknown') item.status = status
  if (extra && Object.keys(extra).length > 0) item.extra = extra
  const version = squashSpaces(cells.version ?? '')
  if (version !== '') m.versions.add(version)
  m.items.push(item)
}

/** The cells an item cannot do without: title, goal, a unique id and readable dates. */
function checkRow(m: VeikartMapping, row: number, cells: Cells, report: Report, rowIssues: ImportIssue[]) {
  const title = squashSpaces(cells.title ?? '')
  if (title === '') report('error', 'title-missing', msg('veikart.titleMissing'), 'title')

  const subGoalText = squashSpaces(cells.subGoal ?? '')
  const parsedSubGoal = m.subGoalOf(subGoalText)
  const goalText = parsedSubGoal ? '' : squashSpaces(cells.goal ?? '')
  const goal = parsedSubGoal?.goal ?? parseGoalRef(goalText)
  if (goal === null) {
    if (subGoalText === '' && goalText === '') {
      report('error', 'goal-missing', msg('veikart.goalMissing'), 'subGoal')
    } else {
      const text = subGoalText || goalText
      report('error', 'goal-unknown', msg('veikart.goalUnknown', { text }), 'subGoal', subGoalText)
    }
  }

  const id = squashSpaces(cells.id ?? '')
  if (id !== '') {
    const first = m.seenIds.get(id)
    if (first !== undefined) {
      report('error', 'duplicate-id', msg('veikart.duplicateId', { id, row: first }), 'id', id)
    } else {
      m.seenIds.set(id, row)
    }
  }

  const dates: (DatePoint | null)[] = []
  for (const c of ['start', 'end'] as const) {
    const result = m.dateOf(cells[c])
    if (!result.ok) {
      rowIssues.push(
        issue('error', result.error.code, result.error.message, {
          row,
          column: m.col(c),
          detail: cells[c] ?? '',
        }),
      )
      dates.push(null)
    } else {
      dates.push(result.value && copyPoint(result.value))
    }
  }
  return { title, subGoalText, parsedSubGoal, goal, id, dates }
}

/** Phase and status as read (warnings for what is not understood), and cells trimmed of spaces. */
function readMarks(m: VeikartMapping, cells: Cells, report: Report) {
  const flags: ItemFlag[] = []
  const phaseText = squashSpaces(cells.phase ?? '')
  const phase = m.phaseOf(phaseText)
  if (phase === null) {
    flags.push('no-phase')
  } else if (phase === 'unknown') {
    report('warning', 'phase-unknown', msg('veikart.phaseUnknown', { text: phaseText }), 'phase', phaseText)
  }
  const statusText = squashSpaces(cells.status ?? '')
  const status = m.statusOf(statusText)
  if (status === 'unknown') {
    report(
      'warning',
      'status-unknown',
      msg('veikart.statusUnknown', { text: statusText }),
      'status',
      statusText,
    )
  }
  for (const c of COLUMN_CHECKED_FOR_SPACES) {
    const rawCell = cells[c] ?? ''
    if (rawCell !== '' && rawCell !== rawCell.trim()) {
      report('warning', 'whitespace-trimmed', msg('veikart.whitespaceTrimmed'), c, JSON.stringify(rawCell))
    }
  }
  return { flags, phaseText, phase, status }
}

/** The row's sub-goal: one per code (or goal) and title, made on its first row. */
function subGoalOfRow(
  m: VeikartMapping,
  parsedSubGoal: ParsedSubGoal,
  subGoalText: string,
  goal: GoalNumber,
): SubGoal | undefined {
  let subGoal = parsedSubGoal ? m.subGoalByCell.get(parsedSubGoal) : undefined
  if (subGoal || (!parsedSubGoal && subGoalText === '')) return subGoal
  const code = parsedSubGoal?.code
  const sgTitle = parsedSubGoal?.title ?? subGoalText
  const sgId = `${m.ctx.datasetId}/sg${code ?? goal}-${slugify(sgTitle).slice(0, 40)}-${shortHash(sgTitle)}`
  subGoal = m.subGoals.get(sgId)
  if (!subGoal) {
    subGoal = { id: sgId, datasetId: m.ctx.datasetId, goal, title: sgTitle, conditions: [] }
    if (code) subGoal.code = code
    m.subGoals.set(sgId, subGoal)
  }
  if (parsedSubGoal) m.subGoalByCell.set(parsedSubGoal, subGoal)
  return subGoal
}

const FLAG_COLUMN: Record<ItemFlag, VeikartColumn> = {
  'no-activity': 'title',
  'placeholder-text': 'title',
  uncertain: 'title',
  'no-period': 'start',
  'end-before-start': 'end',
  'no-phase': 'phase',
}
