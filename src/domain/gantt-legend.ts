/**
 * Which marks a timeline shows, so its legend explains every mark on screen and nothing else.
 * Pure: the HTML legend of the view and the legend drawn into exported and static charts both
 * list `ganttMarks(...)`, in `GANTT_MARKS` order.
 *
 * What each bar contributes (the drawing rules of src/charts/gantt.ts):
 * - bars and milestones: the colour of every phase of their span, or "no phase"; their planning
 *   status (planned, tentative, or none given);
 * - `milestone`, `open-end`, `inferred-end` («sluttdato ikke oppgitt»), `rolled-up` (a bar on a
 *   collapsed row) when the bar is one;
 * - points (`end-before-start`, `start-missing`) have neither fill nor status outline: only their own mark.
 * The as-of line and the shaded year count when they fall inside the window.
 */
import type { GanttBar } from './gantt-layout'
import { PHASES, type Phase } from './types'

export type GanttMark =
  | `phase:${Phase}`
  | 'no-phase'
  | 'planned'
  | 'tentative'
  | 'no-status'
  | 'milestone'
  | 'open-end'
  | 'inferred-end'
  | 'end-before-start'
  | 'start-missing'
  | 'rolled-up'
  | 'as-of'
  | 'year'

/** Every mark, in legend order. */
export const GANTT_MARKS: readonly GanttMark[] = [
  ...PHASES.map((p) => `phase:${p}` as const),
  'no-phase',
  'planned',
  'tentative',
  'no-status',
  'milestone',
  'open-end',
  'inferred-end',
  'end-before-start',
  'start-missing',
  'rolled-up',
  'as-of',
  'year',
]

export interface GanttMarkContext {
  /** ISO date of the as-of line; left out: no line. */
  asOf?: string
  /** The shaded year, or null. */
  year?: number | null
  /** ISO dates (inclusive) of the visible time range; left out: everything counts. */
  window?: { start: string; end: string }
}

/** The marks `bar` is drawn with. */
export function marksOfBar(bar: GanttBar): GanttMark[] {
  const marks = new Set<GanttMark>()
  addMarksOfBar(bar, marks)
  return [...marks]
}

/** Adds the marks `bar` is drawn with to `into`, without a list per bar (100 000 bars a keystroke). */
function addMarksOfBar(bar: GanttBar, into: Set<GanttMark>): void {
  if (bar.kind === 'point') {
    into.add(bar.warning ? 'end-before-start' : 'start-missing')
    return
  }
  if (bar.phases.length === 0) into.add('no-phase')
  for (const p of bar.phases) into.add(PHASE_MARKS[p])
  into.add(bar.status === 'planned' ? 'planned' : bar.status === 'tentative' ? 'tentative' : 'no-status')
  if (bar.kind === 'milestone') into.add('milestone')
  if (bar.openEnd) into.add('open-end')
  if (bar.endInferred) into.add('inferred-end')
  if (bar.rolledUp) into.add('rolled-up')
}

const PHASE_MARKS = Object.fromEntries(PHASES.map((p) => [p, `phase:${p}`])) as Record<Phase, GanttMark>

/**
 * The marks present among `bars` (those inside `window`, when given), plus the as-of line and
 * the shaded year when they are inside it; in `GANTT_MARKS` order, each once.
 */
export function ganttMarks(bars: readonly GanttBar[], context: GanttMarkContext = {}): GanttMark[] {
  const { window } = context
  const present = new Set<GanttMark>()
  for (const bar of bars) {
    if (window && (bar.end < window.start || bar.start > window.end)) continue
    addMarksOfBar(bar, present)
    if (present.size >= GANTT_MARKS.length - 2) break
  }
  if (context.asOf && (!window || (context.asOf >= window.start && context.asOf <= window.end)))
    present.add('as-of')
  const year = context.year
  if (
    year !== undefined &&
    year !== null &&
    (!window || (`${year}-12-31` >= window.start && `${year}-01-01` <= window.end))
  )
    present.add('year')
  return GANTT_MARKS.filter((m) => present.has(m))
}
