/**
 * Lanes and bars of the timeline (Gantt) view, as plain data: the chart builder draws them and
 * `buildGanttTable` lists them for the table alternative, so both show the same rules.
 *
 * Rules (tests/unit/domain/gantt-layout.test.ts checks each):
 * - A bar runs from the first day of its start point to the last day of its end point, so a
 *   year-only period spans the year and a quarter the quarter (`lastDayOf`).
 * - Open-ended (`2024 →`): runs to the right edge of the visible range, `openEnd: true`.
 * - A start but no end, not open-ended: runs to the day before the next item of the same
 *   grouping starts (same dataset, goal, sub-goal and strategi gruppering, ordered by start;
 *   milestones do not end a bar), else to the right edge; `endInferred: true`. The next start is
 *   found by a cursor per grouping moving along its starts (sorted once per item list, in
 *   gantt-prepared) while the items are walked in date order. `statedEnd` keeps
 *   where the source's own statement ends (the start as written), so the chart can show the guess.
 * - End before start: a point at the start, `warning: true`. An end without a start: a point at
 *   the end, `startMissing: true` (a start is never invented).
 * - No dates at all: not drawn; listed in `undated` ("uten tidfesting").
 * - Milestones (`kind: 'milestone'`): the row's `Type` column says Milepæl/Milestone, or the
 *   period is one single day (a one-day bar has no visible width on a multi-year axis). Its
 *   `start`–`end` is the window its precision allows: one day for a date, the quarter for
 *   `Q1 2022`.
 * - Lanes: goal → sub-goal → strategi gruppering → item (a level the item lacks is skipped); or
 *   actor → goal → item (an item with several actors gets a row under each); or phase → item
 *   (a span counts under the phase it starts in, as in chart-data.ts). Dated items only.
 * - A collapsed lane hides everything below it; the bars of its items are kept on the collapsed
 *   lane's own row with `rolledUp: true`, so the chart can draw a summary or leave them out.
 *
 * Performance: what no filter changes is prepared once per item list (gantt-prepared); then per
 * layout one pass over the shown positions to classify, one pass backwards through the date order
 * for the moved ends (`moveEnds`), one pass forwards to put each position on its lanes, one walk
 * to emit into lists sized once (order checked on the way, only runs of equal starts with a moved
 * end compared, and sorted when out of order);
 * no nested loops over the items, and one lane segment object per distinct goal, sub-goal,
 * grouping, actor or phase. 96 000 shown of 100 000 items lay out in about 25–30 ms in Node
 * (median of 80 runs, on a busy two-core machine; about 55 ms before the positions and sized
 * lists; measured by hand, deliberately not a timed test).
 *
 * Modules: gantt-types (the shapes), gantt-extent (where a bar runs), gantt-prepared (what no
 * filter changes, once per item list), gantt-paths (which lanes an item goes on), gantt-tree
 * (lanes emitted in order); this one puts them together.
 */
import type { Goal, RoadmapItem, SubGoal } from './types'
import { endBefore } from './gantt-extent'
import { pathMaker } from './gantt-paths'
import { prepareGanttItems, preparedPathKeys, type PreparedGantt, type PreparedItem } from './gantt-prepared'
import { selectPrepared } from './gantt-select'
import {
  countOn,
  emitLanes,
  laneNode,
  newLaneTree,
  type LaneNode,
  type Leaf,
  type LeafOrder,
} from './gantt-tree'
import type { GanttBar, GanttLayout, GanttOptions, GanttTableRow } from './gantt-types'

export { isMilestone, statedExtent } from './gantt-extent'
export { prepareGanttItems, type PreparedGantt, type PreparedItem } from './gantt-prepared'
export { selectPrepared } from './gantt-select'
export type {
  GanttBar,
  GanttBarKind,
  GanttGroupBy,
  GanttLabels,
  GanttLane,
  GanttLaneKind,
  GanttLayout,
  GanttOptions,
  GanttTableRow,
  GanttZoom,
} from './gantt-types'

/** Lanes and bars of the timeline; see the module comment for the rules. */
export function buildGanttLayout(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  goals: readonly Goal[],
  options: GanttOptions,
): GanttLayout {
  const prepared = prepareGanttItems(items, subGoals)
  return layoutPrepared(prepared, selectPrepared(prepared, items) as Int32Array, subGoals, goals, options)
}

/**
 * `buildGanttLayout(shown, …)`, with what no filter changes taken from `prepared` (made by
 * `prepareGanttItems` from the whole list `shown` is a filtered part of, in the same order): the
 * timeline lays out again on every keystroke and keeps `prepared` while the items stay.
 */
export function buildPreparedGanttLayout(
  prepared: PreparedGantt,
  shown: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  goals: readonly Goal[],
  options: GanttOptions,
): GanttLayout {
  const selected = selectPrepared(prepared, shown)
  if (!selected) return buildGanttLayout(shown, subGoals, goals, options)
  return layoutPrepared(prepared, selected, subGoals, goals, options)
}

/** `buildPreparedGanttLayout` of the positions `selectPrepared(prepared, shown)` found. */
export function buildSelectedGanttLayout(
  prepared: PreparedGantt,
  selected: Int32Array,
  subGoals: readonly SubGoal[],
  goals: readonly Goal[],
  options: GanttOptions,
): GanttLayout {
  return layoutPrepared(prepared, selected, subGoals, goals, options)
}

/**
 * Works out where the bars whose end the edge and the other items shown move (open or inferred)
 * end, for the shown items at positions `from` on, and keeps each such leaf in `moved` (the one
 * of the last layout while its end is the same, so its lane and bar are reused too). One pass
 * backwards through the date order, a run of equal starts at a time: `nextOf` holds, per
 * grouping, the first shown start after the run, which is what ends an inferred bar in it.
 * Returns the latest of these ends ('' for none).
 */
function moveEnds(prepared: PreparedGantt, keyAt: Int32Array, from: number, edgeEnd: string): string {
  const { starts, startRanks, variable, canEnd, groups, leaves, moved, movedEnds } = prepared.byDated
  const nextOf = new Int32Array(prepared.groupCount).fill(-1)
  let latest = ''
  for (let runEnd = keyAt.length - 1; runEnd >= from;) {
    let runStart = runEnd
    while (runStart > from && startRanks[runStart - 1] === startRanks[runEnd]) runStart--
    for (let k = runStart; k <= runEnd; k++) {
      if ((keyAt[k] as number) < 0 || variable[k] === 0) continue
      const next = variable[k] === 1 ? (nextOf[groups[k] as number] as number) : -1
      const end = endBefore(
        starts[k] as string,
        variable[k] === 2,
        next < 0 ? undefined : starts[next],
        edgeEnd,
      )
      if (!moved[k] || movedEnds[k] !== end) {
        const leaf = leaves[k] as Leaf
        moved[k] = { ...leaf, end, extent: { ...leaf.extent, end } }
        movedEnds[k] = end
      }
      if (end > latest) latest = end
    }
    // This run's starts end the bars of earlier runs in their groupings.
    for (let k = runStart; k <= runEnd; k++)
      if ((keyAt[k] as number) >= 0 && canEnd[k] === 1) nextOf[groups[k] as number] = k
    runEnd = runStart - 1
  }
  return latest
}

/**
 * Two passes: in input order the lanes are made (so sibling lanes that sort equal keep the input's
 * order), the undated items listed and the extent found; then in the prepared date order each
 * item's position is put on its lanes, so each lane's leaves arrive in bar order but for a few
 * equal starts. Both passes read flat arrays of numbers, not the items.
 */
function layoutPrepared(
  prepared: PreparedGantt,
  shown: Int32Array,
  subGoals: readonly SubGoal[],
  goals: readonly Goal[],
  options: GanttOptions,
): GanttLayout {
  const subGoalById = new Map(subGoals.map((s) => [s.id, s]))
  const pathsOf = pathMaker(options.groupBy, goals, subGoalById, options.labels)
  const pathKeys = preparedPathKeys(prepared, {
    groupBy: options.groupBy,
    goals,
    subGoals,
    labels: options.labels,
  })
  /** The lanes of each set of lane keys met so far. */
  const lanesOfKey: (LaneNode[] | undefined)[] = []
  /** How many more items than the first met each set of lane keys. */
  const moreOfKey: number[] = []
  const root = newLaneTree()
  const undated: RoadmapItem[] = []
  const { datedAt, items } = prepared
  const at = prepared.byDated
  /** By position in the date order: the item's lane keys, -1 when it is not shown. */
  const keyAt = new Int32Array(prepared.dated.length).fill(-1)
  // The extent and the latest prepared end, as positions and ranks (see gantt-prepared).
  let firstAt = keyAt.length
  let lastRank = -1
  let endRank = -1

  for (let j = 0; j < shown.length; j++) {
    const i = shown[j] as number
    const k = datedAt[i] as number
    if (k < 0) {
      undated.push((items[i] as PreparedItem).item)
      continue
    }
    if ((keyAt[k] as number) >= 0) continue
    if (k < firstAt) firstAt = k
    if ((at.statedEndRanks[k] as number) > lastRank) lastRank = at.statedEndRanks[k] as number
    if ((at.endRanks[k] as number) > endRank) endRank = at.endRanks[k] as number
    const key = pathKeys[i] ?? -1
    if (lanesOfKey[key]) moreOfKey[key] = (moreOfKey[key] ?? 0) + 1
    // The first item with these lane keys, met in input order as the lanes' texts and order want.
    else lanesOfKey[key] = pathsOf((items[i] as PreparedItem).item).map((path) => laneNode(root, path))
    keyAt[k] = key
  }
  // The others with the same keys, counted on their lanes once per key, not once per item.
  lanesOfKey.forEach((nodes, key) => {
    const more = moreOfKey[key] ?? 0
    if (nodes && more > 0) for (const node of nodes) countOn(node, more)
  })

  // The date order is by start: the first shown position has the first start.
  const first = firstAt < keyAt.length ? (at.starts[firstAt] as string) : null
  const extent = first !== null ? { start: first, end: at.dates[lastRank] as string } : null
  const edge = typeof options.edge === 'function' ? options.edge(extent) : options.edge
  const movedEnd = moveEnds(prepared, keyAt, firstAt, edge.end)
  /** The latest end of a bar: of the prepared ends shown and the moved ones. */
  const preparedEnd = at.dates[endRank] ?? ''
  const lastEnd = movedEnd > preparedEnd ? movedEnd : preparedEnd
  for (let k = firstAt; k < keyAt.length; k++) {
    // Only shown items with a date have lanes, and every item with a date has a leaf.
    const key = keyAt[k] as number
    if (key < 0) continue
    for (const node of lanesOfKey[key] as LaneNode[]) node.positions.push(k)
  }

  const { lanes, bars, barLanes, findItemRow } = emitLanes(root, options.collapsed, leafOrder(prepared))
  return {
    lanes,
    bars,
    barLanes,
    undated,
    extent,
    edge,
    barSpan: { bars, start: first ?? '', end: lastEnd },
    itemRow: { lanes, find: findItemRow },
  }
}

/** The leaves of the layout just made: a moved end's leaf is the one `moveEnds` left for it. */
function leafOrder(prepared: PreparedGantt): LeafOrder {
  const { leaves, moved, movedEnds, ends, variable, startRanks } = prepared.byDated
  return {
    leafAt: (k) => (variable[k] !== 0 ? (moved[k] as Leaf) : (leaves[k] as Leaf)),
    startRanks,
    variable,
    endAt: (k) => (variable[k] !== 0 ? (movedEnds[k] as string) : (ends[k] as string)),
    indexes: prepared.dated,
  }
}

/** The table alternative: one row per visible lane, in lane order, with the item's period and phases. */
export function buildGanttTable(layout: Pick<GanttLayout, 'lanes' | 'bars'>): GanttTableRow[] {
  const barOfLane = new Map<string, GanttBar>()
  for (const bar of layout.bars) if (!bar.rolledUp) barOfLane.set(bar.laneId, bar)
  return layout.lanes.map((lane) => {
    const bar = lane.kind === 'item' ? (barOfLane.get(lane.id) ?? null) : null
    const row: GanttTableRow = {
      laneId: lane.id,
      kind: lane.kind,
      depth: lane.depth,
      label: lane.label,
      collapsed: lane.collapsed,
      itemCount: lane.itemCount,
      periodText: bar?.periodText ?? '',
      phases: bar?.phases ?? [],
      bar,
    }
    if (lane.code) row.code = lane.code
    return row
  })
}
