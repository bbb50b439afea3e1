/**
 * The comparison as plain JSON, as `npm run compare -- <old> <new> --json` prints it:
 *
 *   { "old": { file, kind, items }, "new": { file, kind, items },
 *     "counts": { new, dropped, moved, rephased, redated, status, renamed, unchanged },
 *     "changes": [{ id, title, classes, match, old, new, slipDays: { start, end } }] }
 *
 * `changes` lists the items with at least one class (unchanged ones are only counted), in the
 * order of `compareVersions`. `id` is the source ID, else the item's key; `match` is null for
 * new and dropped items; `old`/`new` are snapshots (null where the item is absent) with dates
 * as `{ date, precision }`. Slip days are null where a version lacks the date.
 */
import { sourceIdOf, type ChangeClass, type ChangeCounts, type Comparison, type ItemChange } from './compare'
import type { DatePoint, GoalNumber, PlanningStatus, RoadmapItem, SubGoal } from './types'

export interface ItemSnapshot {
  key: string
  title: string
  goal: GoalNumber
  /** `2D - Helsepersonell …`, or the title alone without a code. */
  subGoal: string | null
  grouping: string | null
  actors: string[]
  phase: { from: string; to: string } | null
  start: DatePoint | null
  end: DatePoint | null
  openEnded: boolean
  status: PlanningStatus | null
  row: number
}

export interface ChangeRecord {
  id: string
  title: string
  classes: ChangeClass[]
  match: 'id' | 'key' | 'similar' | null
  old: ItemSnapshot | null
  new: ItemSnapshot | null
  slipDays: { start: number | null; end: number | null }
}

export interface CompareReport {
  old: { file: string; kind: string | null; items: number }
  new: { file: string; kind: string | null; items: number }
  counts: ChangeCounts
  changes: ChangeRecord[]
}

/** `2D - title`, or the title. */
export function subGoalLabel(subGoal: SubGoal | undefined): string | null {
  if (!subGoal) return null
  return subGoal.code ? `${subGoal.code} - ${subGoal.title}` : subGoal.title
}

export function snapshotOf(item: RoadmapItem, subGoal: SubGoal | undefined): ItemSnapshot {
  return {
    key: item.key,
    title: item.title,
    goal: item.goal,
    subGoal: subGoalLabel(subGoal),
    grouping: item.grouping ?? null,
    actors: [...item.actors],
    phase: item.phase ? { from: item.phase.from, to: item.phase.to } : null,
    start: item.period.start ? { ...item.period.start } : null,
    end: item.period.end ? { ...item.period.end } : null,
    openEnded: item.period.openEnded,
    status: item.status ?? null,
    row: item.source.row,
  }
}

export function changeRecord(change: ItemChange): ChangeRecord {
  const item = (change.new ?? change.old) as RoadmapItem
  return {
    id: sourceIdOf(item) ?? item.key,
    title: item.title,
    classes: [...change.classes],
    match: change.match?.method ?? null,
    old: change.old ? snapshotOf(change.old, change.oldSubGoal) : null,
    new: change.new ? snapshotOf(change.new, change.newSubGoal) : null,
    slipDays: { ...change.slipDays },
  }
}

export function buildCompareReport(
  comparison: Comparison,
  old: CompareReport['old'],
  next: CompareReport['new'],
): CompareReport {
  return {
    old,
    new: next,
    counts: { ...comparison.counts },
    changes: comparison.changes.filter((c) => c.classes.length > 0).map(changeRecord),
  }
}
