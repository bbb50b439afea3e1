/**
 * Where an item's bar runs, before any lane: the rules of the layout's module comment about
 * ends (stated, open, inferred from the next start of the same grouping), points and milestones.
 */
import { lastDayOf } from './period'
import { foldText } from './text'
import type { RoadmapItem, SubGoal } from './types'
import type { GanttBarKind } from './gantt-types'

const MILESTONE_TYPES = new Set(['milepael', 'milestone'])

/** True when the row's `Type` column (any case) says Milepæl or Milestone. */
export function isMilestone(item: RoadmapItem): boolean {
  if (!item.extra) return false
  let known = milestones.get(item)
  if (known === undefined) {
    known = statesMilestone(item)
    milestones.set(item, known)
  }
  return known
}

/** Per item (items never change): the timeline asks on every keystroke, for every item. */
const milestones = new WeakMap<RoadmapItem, boolean>()

function statesMilestone(item: RoadmapItem): boolean {
  if (!item.extra) return false
  for (const [header, value] of Object.entries(item.extra)) {
    if (foldText(header.trim()) === 'type' && MILESTONE_TYPES.has(foldText(value.trim()))) return true
  }
  return false
}

function dayBefore(iso: string): string {
  let day = daysBefore.get(iso)
  if (day === undefined) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
    day = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10)
    if (daysBefore.size > 50_000) daysBefore.clear()
    daysBefore.set(iso, day)
  }
  return day
}

/** Remembered: few distinct start dates end many inferred bars. */
const daysBefore = new Map<string, string>()

const later = (a: string, b: string): string => (a > b ? a : b)

/** Index of the first value greater than `value` in ascending `sorted`. */
function upperBound(sorted: readonly string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Where an item's bar runs, computed once per item; the lanes it is drawn on come later. */
export interface Extent {
  kind: GanttBarKind
  start: string
  end: string
  openEnd: boolean
  endInferred: boolean
  startMissing: boolean
  warning: boolean
  /** The last day the source states (open and inferred ends left out), for the layout's extent. */
  statedEnd: string
}

type ExtentFlag = 'openEnd' | 'endInferred' | 'startMissing' | 'warning'

function extent(
  kind: GanttBarKind,
  start: string,
  end: string,
  statedEnd: string,
  flag?: ExtentFlag,
): Extent {
  const e: Extent = {
    kind,
    start,
    end,
    openEnd: false,
    endInferred: false,
    startMissing: false,
    warning: false,
    statedEnd,
  }
  if (flag) e[flag] = true
  return e
}

/** The item's sub-goal when it belongs to the item's goal. */
export function validSubGoal(item: RoadmapItem, subGoals: ReadonlyMap<string, SubGoal>): SubGoal | undefined {
  const sg = item.subGoalId ? subGoals.get(item.subGoalId) : undefined
  return sg && sg.goal === item.goal ? sg : undefined
}

/** Where the item's bar runs, or null when it has no date. */
export function extentOf(
  item: RoadmapItem,
  milestone: boolean,
  laterStarts: readonly string[] | undefined,
  edgeEnd: string,
): Extent | null {
  const { start, end, openEnded } = item.period
  if (!start) {
    if (!end) return null
    return extent('point', end.date, end.date, lastDayOf(end), 'startMissing')
  }
  const from = start.date
  if (end) {
    const last = lastDayOf(end)
    if (last < from) return extent('point', from, from, from, 'warning')
    const oneDay = start.precision === 'day' && end.precision === 'day' && from === end.date
    return extent(milestone || oneDay ? 'milestone' : 'bar', from, last, last)
  }
  if (milestone) {
    const window = lastDayOf(start)
    return extent('milestone', from, window, window)
  }
  const to = movedEnd(from, openEnded, laterStarts, edgeEnd)
  return extent('bar', from, to, from, openEnded ? 'openEnd' : 'endInferred')
}

/**
 * The end of a bar that starts on `from` with no end given: the right edge when open-ended, else
 * the day before the next later start of its grouping, else the edge; never before `from`.
 */
export function movedEnd(
  from: string,
  openEnded: boolean,
  laterStarts: readonly string[] | undefined,
  edgeEnd: string,
): string {
  return endBefore(from, openEnded, laterStarts?.[upperBound(laterStarts, from)], edgeEnd)
}

/** `movedEnd`, given the first start of the grouping later than `from` (`next`), if any. */
export function endBefore(
  from: string,
  openEnded: boolean,
  next: string | undefined,
  edgeEnd: string,
): string {
  if (openEnded) return later(edgeEnd, from)
  return later(next ? dayBefore(next) : edgeEnd, from)
}

/**
 * First and last day the items state (open and inferred ends left out), in one pass and without
 * a layout: what `buildGanttLayout(...).extent` reports, for choosing the edge before laying out.
 */
export function statedExtent(items: readonly RoadmapItem[]): { start: string; end: string } | null {
  let first: string | null = null
  let last: string | null = null
  for (const item of items) {
    // The edge and the next item only move inferred and open ends, which the stated extent leaves out.
    const e = extentOf(item, isMilestone(item), undefined, '')
    if (!e) continue
    if (first === null || e.start < first) first = e.start
    if (last === null || e.statedEnd > last) last = e.statedEnd
  }
  return first !== null && last !== null ? { start: first, end: last } : null
}
