/**
 * Compares two versions of a roadmap: which items are the same deliverable (matching), and
 * what changed about each (change classes). Pure; the Endringer page, the item history and
 * `npm run compare` all call `compareVersions`.
 *
 * Matching, in this order, each item matched at most once:
 * 1. `id`: by the source's stable ID (the veikart Leveranse-ID). An item has one when its key
 *    is not of the derived form `<goal>-<8 hex>` (see `sourceIdOf`). Two items that both have
 *    an ID match by ID only: different IDs are different deliverables, whatever their titles.
 * 2. `key`: goal + sub-goal + actors + normalised title (case, diacritics, punctuation and
 *    spaces ignored). Where a key occurs more than once on a side (duplicate titles), items
 *    that are identical in everything else pair first, the rest in source order, and the
 *    match is marked `ambiguous`.
 * 3. `similar`: title similarity (Dice coefficient of character bigrams, ≥ 0.7) within the
 *    same goal and the same actors; best pairs first. The user can reject such a pair
 *    (`rejected`), and it is then never made; nothing is matched silently by a weaker rule.
 *
 * Change classes of a matched pair (an item may have several); the unmatched are `new` or
 * `dropped`:
 * - `moved`: goal, sub-goal (by code, else by title) or grouping changed;
 * - `rephased`: the phase (span) changed, forward or backward along the value chain, or
 *   appeared or disappeared;
 * - `redated`: a start or end given in both versions moved. Precision is respected: a date
 *   is the interval it covers (`2025` is all of 2025), and a new date inside the old one
 *   (`2025` → `Q3 2025`) is a refinement, the reverse a coarsening; neither is a slip. Slip
 *   is counted in days, from first day to first day for starts and last day to last day for
 *   ends. A date that is added or removed is noted, not counted as a slip;
 * - `status`: the planning status (tentativ ↔ planlagt) changed, or appeared or disappeared;
 * - `renamed`: the title or the description changed (spaces squashed).
 */
import { changeId, matchItems, normaliseTitle, sameSubGoal } from './compare-match'
import { lastDayOf } from './period'
import { PHASES, type DatePoint, type GoalNumber, type RoadmapItem, type SubGoal } from './types'
import { squashSpaces } from './text'

// The public surface stays here: matching and the charts' views of changes live beside it.
export { matchItems, normaliseTitle, sourceIdOf, titleSimilarity } from './compare-match'
export { phaseFlows, phaseKey, slipOf, slippedChanges } from './compare-flows'

export const CHANGE_CLASSES = ['new', 'dropped', 'moved', 'rephased', 'redated', 'status', 'renamed'] as const
export type ChangeClass = (typeof CHANGE_CLASSES)[number]

/** The counted kinds: every class, and matched items with none. */
export type ChangeCountKey = ChangeClass | 'unchanged'
export const CHANGE_COUNT_KEYS: readonly ChangeCountKey[] = [...CHANGE_CLASSES, 'unchanged']

export type MatchMethod = 'id' | 'key' | 'similar'

/** Date changes that are not slips, and dates that came or went. */
export type DateNote =
  | 'start-refined'
  | 'start-coarsened'
  | 'start-added'
  | 'start-removed'
  | 'end-refined'
  | 'end-coarsened'
  | 'end-added'
  | 'end-removed'

/** One version of a roadmap, as far as comparing needs it. */
export interface CompareSide {
  items: readonly RoadmapItem[]
  subGoals: readonly SubGoal[]
}

export interface ChangeMatch {
  method: MatchMethod
  /** Title similarity, 0–1, for `similar`. */
  score?: number
  /** The key occurred more than once on a side, so the pairing followed source order. */
  ambiguous?: boolean
}

/** One item of either version and what happened to it. */
export interface ItemChange {
  /** `<old key>><new key>`, either side blank when absent: stable, used to reject a match. */
  id: string
  old?: RoadmapItem
  new?: RoadmapItem
  oldSubGoal?: SubGoal
  newSubGoal?: SubGoal
  /** In CHANGE_CLASSES order; empty for an unchanged match. */
  classes: ChangeClass[]
  match?: ChangeMatch
  /**
   * Days a date moved (positive = later); 0 when it did not move or was only refined or
   * coarsened; null when either version lacks that date.
   */
  slipDays: { start: number | null; end: number | null }
  /** Which dates moved: what `redated` is made of. */
  slipped: { start: boolean; end: boolean }
  dateNotes: DateNote[]
  /** For `rephased` with a phase on both sides. */
  phaseDirection?: 'forward' | 'backward'
  /** For `moved`: what moved. */
  movedParts?: ('goal' | 'subGoal' | 'grouping')[]
  /** For `renamed`: what changed. */
  renamedParts?: ('title' | 'description')[]
}

export type ChangeCounts = Record<ChangeCountKey, number>

export interface Comparison {
  /** Matched items in the new version's order, then dropped ones in the old version's order. */
  changes: ItemChange[]
  counts: ChangeCounts
  /** Counts per goal (the new version's goal; the old one's for dropped items). */
  byGoal: Partial<Record<GoalNumber, ChangeCounts>>
}

export interface CompareOptions {
  /** Ids (`ItemChange.id`) of similarity matches the user rejected. */
  rejected?: ReadonlySet<string>
  /** Lowest title similarity for a `similar` match (default 0.7). */
  threshold?: number
}

const DAY_MS = 86_400_000

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

interface PointChange {
  slip: number | null
  moved: boolean
  note?: DateNote
}

/** How one date (start or end) changed; see the module note for the rules. */
export function comparePoint(
  side: 'start' | 'end',
  before: DatePoint | undefined,
  after: DatePoint | undefined,
): PointChange {
  if (!before && !after) return { slip: null, moved: false }
  if (!before) return { slip: null, moved: false, note: `${side}-added` }
  if (!after) return { slip: null, moved: false, note: `${side}-removed` }
  if (before.date === after.date && before.precision === after.precision) return { slip: 0, moved: false }
  const [bFirst, bLast] = [before.date, lastDayOf(before)]
  const [aFirst, aLast] = [after.date, lastDayOf(after)]
  if (aFirst >= bFirst && aLast <= bLast) return { slip: 0, moved: false, note: `${side}-refined` }
  if (bFirst >= aFirst && bLast <= aLast) return { slip: 0, moved: false, note: `${side}-coarsened` }
  const slip = side === 'start' ? daysBetween(bFirst, aFirst) : daysBetween(bLast, aLast)
  return { slip, moved: true }
}

function phaseIndex(p: RoadmapItem['phase']): [number, number] | null {
  return p ? [PHASES.indexOf(p.from), PHASES.indexOf(p.to)] : null
}

const squash = (text: string | undefined): string => squashSpaces(text ?? '')

function emptyCounts(): ChangeCounts {
  return { new: 0, dropped: 0, moved: 0, rephased: 0, redated: 0, status: 0, renamed: 0, unchanged: 0 }
}

/** The classes and details of a matched pair. */
export function classifyPair(
  o: RoadmapItem,
  n: RoadmapItem,
  oldSubGoal: SubGoal | undefined,
  newSubGoal: SubGoal | undefined,
): Omit<ItemChange, 'id' | 'old' | 'new' | 'oldSubGoal' | 'newSubGoal' | 'match'> {
  const classes: ChangeClass[] = []
  const change: Omit<ItemChange, 'id' | 'old' | 'new' | 'oldSubGoal' | 'newSubGoal' | 'match'> = {
    classes,
    slipDays: { start: null, end: null },
    slipped: { start: false, end: false },
    dateNotes: [],
  }

  // Equal text first: the slower normalising is for the few that differ (10 000 pairs in a bench).
  const movedParts: ('goal' | 'subGoal' | 'grouping')[] = []
  if (o.goal !== n.goal) movedParts.push('goal')
  if (!sameSubGoal(oldSubGoal, newSubGoal)) movedParts.push('subGoal')
  if (o.grouping !== n.grouping && normaliseTitle(o.grouping ?? '') !== normaliseTitle(n.grouping ?? ''))
    movedParts.push('grouping')
  if (movedParts.length > 0) {
    classes.push('moved')
    change.movedParts = movedParts
  }

  const [op, np] = [phaseIndex(o.phase), phaseIndex(n.phase)]
  if (op?.[0] !== np?.[0] || op?.[1] !== np?.[1]) {
    classes.push('rephased')
    if (op && np) {
      const forward = np[0] > op[0] || (np[0] === op[0] && np[1] > op[1])
      change.phaseDirection = forward ? 'forward' : 'backward'
    }
  }

  const start = comparePoint('start', o.period.start, n.period.start)
  const end = comparePoint('end', o.period.end, n.period.end)
  change.slipDays = { start: start.slip, end: end.slip }
  change.slipped = { start: start.moved, end: end.moved }
  for (const note of [start.note, end.note]) if (note) change.dateNotes.push(note)
  if (start.moved || end.moved) classes.push('redated')

  if (o.status !== n.status) classes.push('status')

  const renamedParts: ('title' | 'description')[] = []
  if (o.title !== n.title && squash(o.title) !== squash(n.title)) renamedParts.push('title')
  if (o.description !== n.description && squash(o.description) !== squash(n.description))
    renamedParts.push('description')
  if (renamedParts.length > 0) {
    classes.push('renamed')
    change.renamedParts = renamedParts
  }
  return change
}

/** Matches the two versions and classifies every item of either. */
export function compareVersions(
  oldSide: CompareSide,
  newSide: CompareSide,
  options: CompareOptions = {},
): Comparison {
  const { pairs, unmatchedOld } = matchItems(oldSide, newSide, options)
  const oldSubGoals = new Map(oldSide.subGoals.map((s) => [s.id, s]))
  const newSubGoals = new Map(newSide.subGoals.map((s) => [s.id, s]))
  const subGoalIn = (map: Map<string, SubGoal>, item: RoadmapItem) =>
    item.subGoalId ? map.get(item.subGoalId) : undefined
  const pairByNew = new Map(pairs.map((p) => [p.n, p]))

  const changes: ItemChange[] = []
  const withSubGoals = (change: ItemChange): ItemChange => {
    const oldSubGoal = change.old && subGoalIn(oldSubGoals, change.old)
    const newSubGoal = change.new && subGoalIn(newSubGoals, change.new)
    if (oldSubGoal) change.oldSubGoal = oldSubGoal
    if (newSubGoal) change.newSubGoal = newSubGoal
    return change
  }
  for (const n of newSide.items) {
    const pair = pairByNew.get(n)
    if (!pair) {
      changes.push(
        withSubGoals({
          id: changeId(undefined, n),
          new: n,
          classes: ['new'],
          slipDays: { start: null, end: null },
          slipped: { start: false, end: false },
          dateNotes: [],
        }),
      )
      continue
    }
    const details = classifyPair(pair.o, n, subGoalIn(oldSubGoals, pair.o), subGoalIn(newSubGoals, n))
    changes.push(
      withSubGoals({ id: changeId(pair.o, n), old: pair.o, new: n, match: pair.match, ...details }),
    )
  }
  for (const o of unmatchedOld) {
    changes.push(
      withSubGoals({
        id: changeId(o, undefined),
        old: o,
        classes: ['dropped'],
        slipDays: { start: null, end: null },
        slipped: { start: false, end: false },
        dateNotes: [],
      }),
    )
  }
  return { changes, ...countChanges(changes) }
}

/** Counts per class (an item once in each of its classes) and per goal. */
export function countChanges(changes: readonly ItemChange[]): Pick<Comparison, 'counts' | 'byGoal'> {
  const counts = emptyCounts()
  const byGoal: Partial<Record<GoalNumber, ChangeCounts>> = {}
  for (const change of changes) {
    const goal = (change.new ?? change.old)?.goal
    const goalCounts = goal === undefined ? undefined : (byGoal[goal] ??= emptyCounts())
    const keys: ChangeCountKey[] = change.classes.length > 0 ? change.classes : ['unchanged']
    for (const key of keys) {
      counts[key]++
      if (goalCounts) goalCounts[key]++
    }
  }
  return { counts, byGoal }
}
