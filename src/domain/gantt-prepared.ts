/**
 * What the timeline's layout needs of each item that no filter changes, worked out once per item
 * list (the timeline keeps it while the user types and clicks facets): whether it is a milestone,
 * its grouping (what can end an inferred bar), its extent when that does not depend on the other
 * items shown (everything but open and inferred ends), the period as text, its phases, its lane id
 * part, its lanes and bars of earlier layouts, and the starts of all items in date order. A filter change then costs one pass over the
 * items shown, with no sorting of starts and no per-item lookups in hash tables.
 */
import { formatPeriod } from './period'
import { phasesIn } from './phase'
import {
  PHASES,
  type Goal,
  type Period,
  type Phase,
  type PhaseSpan,
  type RoadmapItem,
  type SubGoal,
} from './types'
import { extentOf, isMilestone, validSubGoal, type Extent } from './gantt-extent'
import { pathMaker } from './gantt-paths'
import { tupleNumbers } from './tuple-numbers'
import type { Leaf } from './gantt-tree'
import type { GanttGroupBy, GanttLabels } from './gantt-types'

/** One item, as the layout needs it whatever the filter. */
export interface PreparedItem {
  item: RoadmapItem
  /** Position in the prepared list: orders equal bars like the input does. */
  index: number
  milestone: boolean
  /** Its grouping (dataset, goal, valid sub-goal, strategi gruppering) as a number. */
  group: number
  /**
   * Where its bar runs when no other item moves it; for open and inferred ends, where it runs
   * with the edge and the next start left out (the start, and the stated end). Null: no date.
   */
  extent: Extent | null
  /** True when the edge or the next start of its grouping moves its end (open or inferred). */
  variable: boolean
  /** What the lane tree holds of it (with `extent`), null without a date. */
  leaf: Leaf | null
}

export interface PreparedGantt {
  items: PreparedItem[]
  /** The list the items were prepared from. */
  source: readonly RoadmapItem[]
  /** The sub-goals `group` was worked out with. */
  subGoals: readonly SubGoal[]
  /** Which lanes each item goes on, for the last grouping asked for (`preparedPathKeys`). */
  paths?: { key: PathKey; keys: number[] }
  /** Indexes of the dated items by their bars' start, then end (as prepared), then index. */
  dated: Int32Array
  /** By index, the item's position in `dated` (-1 without a date). */
  datedAt: Int32Array
  /** How many groupings there are (`group` runs from 0 below it). */
  groupCount: number
  /** The leaf of each item, by index (null without a date). */
  byIndex: { leaves: (Leaf | null)[] }
  /**
   * The same by position in `dated`, in flat arrays: a layout's pass over all dated items reads
   * them in this order, one after the other in memory, instead of each record at random.
   */
  byDated: {
    leaves: Leaf[]
    /** What moves the end: 0 nothing, 1 the next start (inferred), 2 the edge (open). */
    variable: Uint8Array
    /** 1 where the item's start can end an inferred bar: a start as written, not a milestone. */
    canEnd: Uint8Array
    groups: Int32Array
    /** The bar's start and end as prepared. */
    starts: string[]
    ends: string[]
    /**
     * Numbers for comparing without strings: the start's rank among the starts (equal starts,
     * equal ranks), and the end's and stated end's ranks in `dates` (the distinct ends, sorted),
     * from which a layout takes its extent and latest end.
     */
    startRanks: Int32Array
    endRanks: Int32Array
    statedEndRanks: Int32Array
    dates: string[]
    /**
     * For a variable end: the leaf with the end of the last layout that drew it, and that end,
     * kept while the end stays (a memo; the only thing a layout changes).
     */
    moved: (Leaf | null)[]
    movedEnds: string[]
  }
}

/**
 * One string object per distinct date: each item read from the database has its own copy of
 * `2024-01-01`, and comparing two copies reads every character, while the same object compares
 * at once. The layout compares bar dates on every keystroke (ordering, next starts).
 */
function sameString(): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    const first = known.get(text)
    if (first !== undefined) return first
    known.set(text, text)
    return text
  }
}

/**
 * The extent (as prepared: no next start, no edge) and the text of each period object, per kind
 * of item: items read from the database share one period object per distinct period
 * (db/item-pack.ts), so 100 000 items need a few thousand extents and texts, not one each. An
 * extent is never changed once prepared, so items may share it.
 */
function periodMemo(same: (text: string) => string) {
  const memo = new Map<Period, { extents: (Extent | null | undefined)[]; text: string }>()
  return (item: RoadmapItem, milestone: boolean) => {
    let known = memo.get(item.period)
    if (!known) {
      known = { extents: [], text: formatPeriod(item.period) }
      memo.set(item.period, known)
    }
    const at = milestone ? 1 : 0
    let extent = known.extents[at]
    if (extent === undefined) {
      extent = extentOf(item, milestone, undefined, '')
      if (extent) {
        extent.start = same(extent.start)
        extent.end = same(extent.end)
        extent.statedEnd = same(extent.statedEnd)
      }
      known.extents[at] = extent
    }
    return { extent, periodText: known.text }
  }
}

const NO_PHASES: Phase[] = []
/** One list per phase span, shared by its items' bars (which only read it), not one per item. */
const phaseLists: Phase[][] = []
function phaseList(span: PhaseSpan): Phase[] {
  const at = PHASES.indexOf(span.from) * PHASES.length + PHASES.indexOf(span.to)
  return (phaseLists[at] ??= phasesIn(span))
}

/** Prepares `items` (in their order) for `layoutPrepared`; see the module comment. */
export function prepareGanttItems(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
): PreparedGantt {
  const subGoalById = new Map(subGoals.map((s) => [s.id, s]))
  const groups = tupleNumbers()
  const dated: number[] = []
  const ofPeriod = periodMemo(sameString())
  const prepared = items.map((item, index): PreparedItem => {
    const milestone = isMilestone(item)
    const group = groups.numberOf([
      item.datasetId,
      item.goal,
      validSubGoal(item, subGoalById)?.id ?? '',
      item.grouping ?? '',
    ])
    const { extent, periodText } = ofPeriod(item, milestone)
    if (extent) dated.push(index)
    const leaf: Leaf | null = extent && {
      item,
      extent,
      start: extent.start,
      end: extent.end,
      periodText,
      phases: item.phase ? phaseList(item.phase) : NO_PHASES,
      index,
      rows: [],
      row: null,
    }
    return {
      item,
      index,
      milestone,
      group,
      extent,
      variable: extent !== null && (extent.openEnd || extent.endInferred),
      leaf,
    }
  })
  return withDateOrder(items, prepared, subGoals, groups.size, dateOrder(prepared, dated))
}

/** `dated` (indexes) by bar start, then end (as prepared), then index. */
function dateOrder(prepared: readonly PreparedItem[], dated: readonly number[]): Int32Array {
  // Plain arrays of the keys: the comparator runs about n log n times.
  const starts = prepared.map((p) => p.extent?.start ?? '')
  const ends = prepared.map((p) => p.extent?.end ?? '')
  return Int32Array.from(dated).sort((a, b) => {
    const x = starts[a] as string
    const y = starts[b] as string
    if (x !== y) return x < y ? -1 : 1
    const u = ends[a] as string
    const v = ends[b] as string
    if (u !== v) return u < v ? -1 : 1
    return a - b
  })
}

/** The distinct dates of the prepared extents, sorted, and the rank of each. */
function datesOf(prepared: readonly PreparedItem[]): { dates: string[]; rankOf: Map<string, number> } {
  const distinct = new Set<string>()
  for (const { extent } of prepared) {
    if (!extent) continue
    distinct.add(extent.end)
    distinct.add(extent.statedEnd)
  }
  // ISO dates: the default order (by UTF-16 code units) is the order `<` compares them in.
  const dates = [...distinct].sort()
  return { dates, rankOf: new Map(dates.map((date, rank) => [date, rank])) }
}

/** The prepared list with the flat arrays of the date order `dated`. */
function withDateOrder(
  items: readonly RoadmapItem[],
  prepared: PreparedItem[],
  subGoals: readonly SubGoal[],
  groupCount: number,
  dated: Int32Array,
): PreparedGantt {
  const count = dated.length
  const datedAt = new Int32Array(items.length).fill(-1)
  const canEnd = new Uint8Array(count)
  const leaves = new Array<Leaf>(count)
  const variable = new Uint8Array(count)
  const groups = new Int32Array(count)
  const starts = new Array<string>(count)
  const ends = new Array<string>(count)
  const { dates, rankOf } = datesOf(prepared)
  const startRanks = new Int32Array(count)
  const endRanks = new Int32Array(count)
  const statedEndRanks = new Int32Array(count)
  let before: Extent | null = null
  for (let k = 0; k < count; k++) {
    const i = dated[k] as number
    const p = prepared[i] as PreparedItem
    const e = p.extent as Extent
    datedAt[i] = k
    // Its start can end an inferred bar: a start as written, not a milestone.
    if (!p.milestone && items[i]?.period.start) canEnd[k] = 1
    leaves[k] = p.leaf as Leaf
    variable[k] = !p.variable ? 0 : e.openEnd ? 2 : 1
    groups[k] = p.group
    starts[k] = e.start
    ends[k] = e.end
    // In date order: the next rank where the start changes.
    startRanks[k] = k === 0 ? 0 : (startRanks[k - 1] as number) + (e.start === starts[k - 1] ? 0 : 1)
    // Items of one period share its extent (periodMemo), and neighbours in date order often do.
    endRanks[k] = e === before ? (endRanks[k - 1] as number) : (rankOf.get(e.end) as number)
    statedEndRanks[k] = e === before ? (statedEndRanks[k - 1] as number) : (rankOf.get(e.statedEnd) as number)
    before = e
  }
  return {
    items: prepared,
    source: items,
    subGoals,
    dated,
    datedAt,
    groupCount,
    byIndex: { leaves: prepared.map((p) => p.leaf) },
    byDated: {
      leaves,
      variable,
      canEnd,
      groups,
      starts,
      ends,
      startRanks,
      endRanks,
      statedEndRanks,
      dates,
      moved: new Array<Leaf | null>(count).fill(null),
      movedEnds: new Array<string>(count).fill(''),
    },
  }
}

/** What lane paths depend on besides the item. */
export interface PathKey {
  groupBy: GanttGroupBy
  goals: readonly Goal[]
  subGoals: readonly SubGoal[]
  labels: GanttLabels
}

/**
 * Per prepared item, which lanes it goes on, as one number shared by every item with the same
 * lane keys (-1 for undated items): made once per grouping, goals, sub-goals and lane
 * texts, and kept with `prepared`. A layout makes the lanes of the first item it meets with each
 * such number and puts the others on the same lanes, without working out their paths again.
 */
export function preparedPathKeys(prepared: PreparedGantt, key: PathKey): readonly number[] {
  const memo = prepared.paths
  if (
    memo &&
    memo.key.groupBy === key.groupBy &&
    memo.key.goals === key.goals &&
    memo.key.subGoals === key.subGoals &&
    memo.key.labels === key.labels
  )
    return memo.keys
  const subGoalById = new Map(key.subGoals.map((s) => [s.id, s]))
  const pathsOf = pathMaker(key.groupBy, key.goals, subGoalById, key.labels)
  const numbers = tupleNumbers()
  // Grouped by goal, an item's lanes are its grouping's (goal, valid sub-goal, strategi
  // gruppering): worked out once per grouping, not per item, when its sub-goals are these.
  const byGroup =
    key.groupBy === 'goal' && key.subGoals === prepared.subGoals ? new Map<number, number>() : null
  const keys = prepared.items.map((p) => {
    if (!p.extent) return -1
    const known = byGroup?.get(p.group)
    if (known !== undefined) return known
    // Segments are one object per lane key; null ends each path.
    const number = numbers.numberOf(pathsOf(p.item).flatMap((path) => [...path, null]))
    byGroup?.set(p.group, number)
    return number
  })
  prepared.paths = { key, keys }
  return keys
}
