/**
 * Turns the rows of a tiltak table ("Hva skal skje i 2024?") into sub-goals and items.
 *
 * Rules, from section 7 of the national e-health portfolio report (May 2023):
 * - blank goal, målsetting, actor and service cells inherit from above (see fill-down.ts), but
 *   a new actor does not inherit the service of another; inherited values are marked on the item;
 * - a row that names an actor or service but no activity becomes an item titled by its own
 *   service (else "Ingen aktivitet oppgitt", never by an inherited service), flagged — never
 *   dropped;
 * - a "?" in the text marks the item uncertain; placeholder text is flagged;
 * - a row that only repeats a goal or målsetting heading defines the sub-goal, no item.
 */
import { resolveActorCell } from '@/domain/actors'
import { fillDown, type FilledRow, type FillDownTier } from './fill-down'
import { parseGoalRef } from '@/domain/goal-ref'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { flagIssues } from '@/formats/item-flags'
import type { RawRow } from '@/formats/raw-row'
import { isEndBeforeStart, parsePeriod } from '@/domain/period'
import { createItemBuilder } from '@/formats/item-builder'
import { isPlaceholderText, isUncertainText, shortHash, slugify } from '@/domain/text'
import type { Goal, GoalNumber, InheritedField, ItemFlag, Period, RoadmapItem, SubGoal } from '@/domain/types'
import { pushAll } from '@/domain/array'

export type TiltakColumn =
  'goal' | 'subGoal' | 'condition' | 'note' | 'actor' | 'service' | 'activity' | 'period'

/** One data row as read from the file, before validation. */
export type RawTiltakRow = RawRow<TiltakColumn>

export interface TiltakContext {
  datasetId: string
  /** Header name per column, for messages ("kolonne «Totalperiode»"). */
  columnNames: Partial<Record<TiltakColumn, string>>
  /** Known goals, to accept goals written by title. */
  goals?: readonly Goal[]
}

export interface TiltakResult {
  subGoals: SubGoal[]
  items: RoadmapItem[]
  issues: ImportIssue[]
}

export const NO_ACTIVITY_TITLE = 'Ingen aktivitet oppgitt'

const EMPTY_ROW: Record<TiltakColumn, string> = {
  goal: '',
  subGoal: '',
  condition: '',
  note: '',
  actor: '',
  service: '',
  activity: '',
  period: '',
}

const FLAG_COLUMN: Record<ItemFlag, TiltakColumn> = {
  'no-activity': 'activity',
  'placeholder-text': 'activity',
  uncertain: 'activity',
  'no-period': 'period',
  'end-before-start': 'period',
  'no-phase': 'activity',
}

const TIERS: FillDownTier<TiltakColumn>[] = [
  { heads: ['goal'] },
  { heads: ['subGoal'], attached: ['condition', 'note'] },
  // A service belongs to its actor: seed 004 §7 puts a new actor's own service on its row, and
  // a blank one there is not the service of the actor above (data/README.md, «Fill-down»).
  { heads: ['actor'] },
  { heads: ['service'] },
]

/** The item fields a tiltak row may take from a row above. */
const INHERITABLE = new Set<TiltakColumn>(['actor', 'service', 'condition'])

function subGoalId(datasetId: string, goal: GoalNumber, title: string): string {
  return `${datasetId}/sg${goal}-${slugify(title).slice(0, 40)}-${shortHash(title)}`
}

/** The state of one mapping: the sub-goals and items made so far, and the issues found. */
interface TiltakMapping {
  ctx: TiltakContext
  col: (c: TiltakColumn) => string
  subGoals: Map<string, SubGoal>
  items: RoadmapItem[]
  issues: ImportIssue[]
  newItem: ReturnType<typeof createItemBuilder>
}

/** Validates and maps tiltak rows; errors make a row unusable, warnings keep it flagged. */
export function mapTiltakRows(rows: readonly RawTiltakRow[], ctx: TiltakContext): TiltakResult {
  const m: TiltakMapping = {
    ctx,
    col: (c) => ctx.columnNames[c] ?? c,
    subGoals: new Map(),
    items: [],
    issues: [],
    newItem: createItemBuilder(ctx.datasetId),
  }
  const filled = fillDown(
    rows.map((r) => r.cells),
    TIERS,
  )
  filled.forEach((filledRow, index) => {
    const raw = rows[index]
    if (raw) mapRow(m, raw, filledRow)
  })
  return { subGoals: [...m.subGoals.values()], items: m.items, issues: m.issues }
}

/** One row: an item, a sub-goal heading only, or an error; never half of one. */
function mapRow(m: TiltakMapping, raw: RawTiltakRow, filledRow: FilledRow<TiltakColumn>): void {
  const { ctx, col, issues } = m
  const values: Record<TiltakColumn, string> = { ...EMPTY_ROW, ...filledRow.values }
  const own = raw.cells
  const row = raw.row
  const hasOwn = (c: TiltakColumn): boolean => (own[c] ?? '').trim() !== ''
  if (!(Object.keys(own) as TiltakColumn[]).some(hasOwn)) return

  const goal = parseGoalRef(values.goal, ctx.goals)
  if (goal === null) {
    const missing = values.goal.trim() === ''
    issues.push(
      issue(
        'error',
        missing ? 'goal-missing' : 'goal-unknown',
        missing ? msg('strategy.goalMissing') : msg('strategy.goalUnknown', { text: values.goal }),
        { row, column: col('goal'), detail: values.goal },
      ),
    )
    return
  }

  const subGoal = values.subGoal !== '' ? subGoalOfRow(m, goal, values) : undefined

  const namesItem = hasOwn('activity') || hasOwn('actor') || hasOwn('service')
  if (!namesItem) {
    if (hasOwn('period')) {
      issues.push(
        issue('error', 'title-missing', msg('tiltak.periodWithoutActivity'), {
          row,
          column: col('activity'),
        }),
      )
    }
    return
  }

  const parsed = parsePeriod(values.period)
  if (!parsed.ok) {
    issues.push(
      issue('error', parsed.error.code, parsed.error.message, {
        row,
        column: col('period'),
        detail: values.period,
      }),
    )
    return
  }
  m.items.push(itemOfRow(m, { raw, filledRow, values, goal, subGoal, period: parsed.value }))
}

/** The row's sub-goal, made on its first row; each new condition is added to it. */
function subGoalOfRow(m: TiltakMapping, goal: GoalNumber, values: Record<TiltakColumn, string>): SubGoal {
  const id = subGoalId(m.ctx.datasetId, goal, values.subGoal)
  let subGoal = m.subGoals.get(id)
  if (!subGoal) {
    subGoal = { id, datasetId: m.ctx.datasetId, goal, title: values.subGoal, conditions: [] }
    if (values.note !== '') subGoal.note = values.note
    m.subGoals.set(id, subGoal)
  }
  if (values.condition !== '' && !subGoal.conditions.includes(values.condition)) {
    subGoal.conditions.push(values.condition)
  }
  return subGoal
}

/** A valid row as an item, its flags reported as issues. */
function itemOfRow(
  m: TiltakMapping,
  row: {
    raw: RawTiltakRow
    filledRow: FilledRow<TiltakColumn>
    values: Record<TiltakColumn, string>
    goal: GoalNumber
    subGoal: SubGoal | undefined
    period: Period
  },
): RoadmapItem {
  const { raw, filledRow, values, goal, subGoal, period } = row
  const activity = values.activity
  const service = values.service
  const actors = resolveActorCell(values.actor)
  const ownService = (raw.cells.service ?? '').trim()
  const title = activity !== '' ? activity : ownService !== '' ? ownService : NO_ACTIVITY_TITLE

  const flags: ItemFlag[] = []
  if (activity === '') flags.push('no-activity')
  if (isPlaceholderText(activity)) flags.push('placeholder-text')
  const uncertain = isUncertainText(activity) || isUncertainText(values.period)
  if (uncertain) flags.push('uncertain')
  if (!period.start) flags.push('no-period')
  if (isEndBeforeStart(period)) flags.push('end-before-start')
  pushAll(
    m.issues,
    flagIssues(flags, raw.row, (flag) => m.col(FLAG_COLUMN[flag])),
  )

  // Canonical actor ids, not the cell as written, so `NHN` and `Norsk Helsenett` give one key.
  const actorKey = actors.map((a) => a.id).join(',')
  const baseKey = `${goal}-${shortHash([values.subGoal, actorKey, service, title].join('|'))}`
  const item = m.newItem({ baseKey, title, goal, actors, period, uncertain, flags, row: raw.row })
  if (subGoal) item.subGoalId = subGoal.id
  if (service !== '') item.service = service
  if (values.period !== '') item.periodText = values.period
  if (subGoal && values.condition !== '') item.condition = values.condition
  if (raw.extra) item.extra = raw.extra
  const inherited = filledRow.inherited.filter((c): c is InheritedField => INHERITABLE.has(c))
  if (inherited.length > 0) item.inherited = inherited
  return item
}
