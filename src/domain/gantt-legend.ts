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
import type { Leaf } from './gantt-tree'
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
  /**
   * Every mark the bars can have (`possibleGanttMarks`), if known: the bars are read only until
   * these are found. A list missing one the bars have would leave it out, so pass all or none.
   */
  possible?: readonly GanttMark[]
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

/** What a bar's marks depend on: a bar, or an item's prepared leaf with its extent's flags. */
type Marked = Pick<
  GanttBar,
  'kind' | 'warning' | 'phases' | 'status' | 'openEnd' | 'endInferred' | 'rolledUp'
>

/** The bits of the marks `bar` is drawn with. */
function maskOfBar(bar: Marked): number {
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
 * Every mark a bar of these leaves (`PreparedGantt.byIndex.leaves`) can be drawn with, whatever the filter and the ends other items
 * move (those keep a bar's kind and flags); `rolled-up` when `collapsed`. Made once per item
 * list, it lets `ganttMarks` stop at the first bars that show them all instead of reading each
 * of 100 000 bars on every keystroke.
 */
export function possibleGanttMarks(leaves: readonly (Leaf | null)[], collapsed: boolean): GanttMark[] {
  let mask = collapsed ? BIT['rolled-up'] : 0
  for (const leaf of leaves) {
    if (!leaf) continue
    const { kind, warning, openEnd, endInferred } = leaf.extent
    const status = leaf.item.status ?? null
    mask |= maskOfBar({ kind, warning, openEnd, endInferred, status, phases: leaf.phases, rolledUp: false })
  }
  return GANTT_MARKS.filter((m) => (mask & BIT[m]) !== 0)
}

/**
 * The marks present among `bars` (those inside `window`, when given), plus the as-of line and
 * the shaded year when they are inside it; in `GANTT_MARKS` order, each once.
 */
export function ganttMarks(bars: readonly GanttBar[], context: GanttMarkContext = {}): GanttMark[] {
  const { window } = context
  const all = context.possible
    ? context.possible.reduce((m, mark) => m | BIT[mark], 0) & BAR_MARKS
    : BAR_MARKS
  let mask = 0
  for (const bar of bars) {
    if (window && (bar.end < window.start || bar.start > window.end)) continue
    mask |= maskOfBar(bar)
    if ((mask & all) === all) break
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
