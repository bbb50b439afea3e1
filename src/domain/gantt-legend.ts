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

/** The marks `bar` is drawn with, in `GANTT_MARKS` order. */
export function marksOfBar(bar: GanttBar): GanttMark[] {
  const mask = maskOfBar(bar)
  return GANTT_MARKS.filter((m) => (mask & BIT[m]) !== 0)
}

/** One bit per mark, in `GANTT_MARKS` order: a bar's marks are a number, not a list (100 000 bars a keystroke). */
const BIT = Object.fromEntries(GANTT_MARKS.map((m, i) => [m, 1 << i])) as Record<GanttMark, number>
const PHASE_BITS = Object.fromEntries(PHASES.map((p) => [p, BIT[`phase:${p}`]])) as Record<Phase, number>
/** Every mark a bar can have: once all are found, no other bar adds one. */
const BAR_MARKS = GANTT_MARKS.reduce((mask, m) => (m === 'as-of' || m === 'year' ? mask : mask | BIT[m]), 0)

/** The bits of the marks `bar` is drawn with. */
function maskOfBar(bar: GanttBar): number {
  if (bar.kind === 'point') return bar.warning ? BIT['end-before-start'] : BIT['start-missing']
  let mask = bar.phases.length === 0 ? BIT['no-phase'] : 0
  for (const p of bar.phases) mask |= PHASE_BITS[p]
  mask |=
    bar.status === 'planned' ? BIT.planned : bar.status === 'tentative' ? BIT.tentative : BIT['no-status']
  if (bar.kind === 'milestone') mask |= BIT.milestone
  if (bar.openEnd) mask |= BIT['open-end']
  if (bar.endInferred) mask |= BIT['inferred-end']
  if (bar.rolledUp) mask |= BIT['rolled-up']
  return mask
}

/**
 * The marks present among `bars` (those inside `window`, when given), plus the as-of line and
 * the shaded year when they are inside it; in `GANTT_MARKS` order, each once.
 */
export function ganttMarks(bars: readonly GanttBar[], context: GanttMarkContext = {}): GanttMark[] {
  const { window } = context
  let mask = 0
  for (const bar of bars) {
    if (window && (bar.end < window.start || bar.start > window.end)) continue
    mask |= maskOfBar(bar)
    if (mask === BAR_MARKS) break
  }
  if (context.asOf && (!window || (context.asOf >= window.start && context.asOf <= window.end)))
    mask |= BIT['as-of']
  const year = context.year
  if (
    year !== undefined &&
    year !== null &&
    (!window || (`${year}-12-31` >= window.start && `${year}-01-01` <= window.end))
  )
    mask |= BIT.year
  return GANTT_MARKS.filter((m) => (mask & BIT[m]) !== 0)
}
