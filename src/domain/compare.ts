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
import { lastDayOf } from './period'
import { PHASES, type DatePoint, type GoalNumber, type RoadmapItem, type SubGoal } from './types'
import { foldText, squashSpaces } from './text'

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

const DERIVED_KEY = /^[1-5]-[0-9a-f]{8}(?:-\d+)?$/

/**
 * The item's stable source ID, or undefined. Importers use the source's ID as the key and
 * derive one (`<goal>-<hash>`, `-2` for repeats) only when there is none, so the key's form
 * tells which it is — for stored datasets too.
 */
export function sourceIdOf(item: RoadmapItem): string | undefined {
  return DERIVED_KEY.test(item.key) ? undefined : item.key
}

/** Title as matching sees it: folded, punctuation and runs of spaces as one space. */
export function normaliseTitle(title: string): string {
  return foldText(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function subGoalKey(subGoal: SubGoal | undefined): string {
  if (!subGoal) return ''
  return subGoal.code ? `code:${subGoal.code.toUpperCase()}` : `title:${normaliseTitle(subGoal.title)}`
}

function sameSubGoal(a: SubGoal | undefined, b: SubGoal | undefined): boolean {
  if (a?.code && b?.code) return a.code.toUpperCase() === b.code.toUpperCase()
  return subGoalKey(a) === subGoalKey(b)
}

/** A function's results by argument, for one comparison: titles and actor lists repeat. */
function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let value = cache.get(text)
    if (value === undefined) cache.set(text, (value = compute(text)))
    return value
  }
}

/** Everything but the matching key that the change classes look at, as one string. */
function fingerprint(item: RoadmapItem): string {
  const { start, end } = item.period
  return [
    item.grouping,
    item.phase?.from,
    item.phase?.to,
    start?.date,
    start?.precision,
    end?.date,
    end?.precision,
    item.status,
    item.description,
  ].join('\u0001')
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>()
  const padded = ` ${text} `
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

function gramCount(grams: Map<string, number>): number {
  let n = 0
  for (const c of grams.values()) n += c
  return n
}

/** Dice coefficient of two titles' character bigrams (with multiplicity), 0–1. */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a)
  const y = normaliseTitle(b)
  if (x === y) return 1
  return diceOf(bigrams(x), bigrams(y))
}

function diceOf(a: Map<string, number>, b: Map<string, number>, sizeA = gramCount(a), sizeB = gramCount(b)) {
  if (sizeA + sizeB === 0) return 0
  let common = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const [gram, count] of small) {
    const other = large.get(gram)
    if (other !== undefined) common += Math.min(count, other)
  }
  return (2 * common) / (sizeA + sizeB)
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

interface Side {
  items: readonly RoadmapItem[]
  subGoalById: Map<string, SubGoal>
}

function sideOf(version: CompareSide): Side {
  return { items: version.items, subGoalById: new Map(version.subGoals.map((s) => [s.id, s])) }
}

function changeId(o: RoadmapItem | undefined, n: RoadmapItem | undefined): string {
  return `${o?.key ?? ''}>${n?.key ?? ''}`
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

interface Pair {
  o: RoadmapItem
  n: RoadmapItem
  match: ChangeMatch
}

/** Pairs the same deliverables of two versions; see the module note. */
export function matchItems(
  oldSide: CompareSide,
  newSide: CompareSide,
  options: CompareOptions = {},
): { pairs: Pair[]; unmatchedOld: RoadmapItem[]; unmatchedNew: RoadmapItem[] } {
  const before = sideOf(oldSide)
  const after = sideOf(newSide)
  const rejected = options.rejected ?? new Set<string>()
  const threshold = options.threshold ?? 0.7
  const pairs: Pair[] = []
  const oldTaken = new Set<RoadmapItem>()
  const newTaken = new Set<RoadmapItem>()
  const take = (o: RoadmapItem, n: RoadmapItem, match: ChangeMatch) => {
    pairs.push({ o, n, match })
    oldTaken.add(o)
    newTaken.add(n)
  }

  // 1. By ID.
  const oldIds = new Map<RoadmapItem, string | undefined>()
  const newIds = new Map<RoadmapItem, string | undefined>()
  const oldById = new Map<string, RoadmapItem>()
  for (const o of before.items) {
    const id = sourceIdOf(o)
    oldIds.set(o, id)
    if (id !== undefined && !oldById.has(id)) oldById.set(id, o)
  }
  for (const n of after.items) {
    const id = sourceIdOf(n)
    newIds.set(n, id)
    const o = id === undefined ? undefined : oldById.get(id)
    if (o && !oldTaken.has(o)) take(o, n, { method: 'id' })
  }
  // Items that both have an ID are the same only by ID.
  const mayPair = (o: RoadmapItem, n: RoadmapItem) =>
    oldIds.get(o) === undefined || newIds.get(n) === undefined

  // 2. By goal + sub-goal + actors + normalised title.
  // Spaces too: `legemiddel-liste` and `legemiddelliste` are the same title.
  const compactTitle = memo((title) => normaliseTitle(title).replace(/ /g, ''))
  const actorsOf = (item: RoadmapItem) =>
    item.actorIds.length < 2 ? (item.actorIds[0] ?? '') : [...item.actorIds].sort().join(',')
  const matchKey = (item: RoadmapItem, side: Side) =>
    [
      item.goal,
      subGoalKey(item.subGoalId ? side.subGoalById.get(item.subGoalId) : undefined),
      actorsOf(item),
      compactTitle(item.title),
    ].join('|')
  const oldByKey = new Map<string, RoadmapItem[]>()
  for (const o of before.items) {
    if (oldTaken.has(o)) continue
    const key = matchKey(o, before)
    const list = oldByKey.get(key)
    if (list) list.push(o)
    else oldByKey.set(key, [o])
  }
  const newKeyCounts = new Map<string, number>()
  const newKeys = new Map<RoadmapItem, string>()
  for (const n of after.items) {
    if (newTaken.has(n)) continue
    const key = matchKey(n, after)
    newKeys.set(n, key)
    newKeyCounts.set(key, (newKeyCounts.get(key) ?? 0) + 1)
  }
  // Where a key repeats, items that are identical in everything else pair first; the rest
  // pair in source order. Either way the match is marked ambiguous.
  const prints = new Map<RoadmapItem, string>()
  const printOf = (item: RoadmapItem) => {
    let print = prints.get(item)
    if (print === undefined) prints.set(item, (print = fingerprint(item)))
    return print
  }
  for (const exact of [true, false]) {
    for (const [n, key] of newKeys) {
      const candidates = oldByKey.get(key)
      if (!candidates || newTaken.has(n)) continue
      const ambiguous = candidates.length > 1 || (newKeyCounts.get(key) ?? 0) > 1
      if (exact && !ambiguous) {
        if (mayPair(candidates[0] as RoadmapItem, n)) take(candidates[0] as RoadmapItem, n, { method: 'key' })
        continue
      }
      const print = exact ? printOf(n) : ''
      const o = candidates.find((c) => !oldTaken.has(c) && mayPair(c, n) && (!exact || printOf(c) === print))
      if (o) take(o, n, { method: 'key', ambiguous: true })
    }
  }

  // 3. By title similarity within the same goal and actors.
  const normalised = memo(normaliseTitle)
  const bucketKey = (item: RoadmapItem) => `${item.goal}|${actorsOf(item)}`
  const buckets = new Map<string, { olds: RoadmapItem[]; news: RoadmapItem[] }>()
  const bucket = (key: string) => {
    let b = buckets.get(key)
    if (!b) buckets.set(key, (b = { olds: [], news: [] }))
    return b
  }
  for (const o of before.items) if (!oldTaken.has(o)) bucket(bucketKey(o)).olds.push(o)
  for (const n of after.items) if (!newTaken.has(n)) bucket(bucketKey(n)).news.push(n)
  let order: { old: Map<RoadmapItem, number>; new: Map<RoadmapItem, number> } | null = null
  for (const { olds, news } of buckets.values()) {
    if (olds.length === 0 || news.length === 0) continue
    order ??= {
      old: new Map(before.items.map((item, i) => [item, i])),
      new: new Map(after.items.map((item, i) => [item, i])),
    }
    const { old: oldOrder, new: newOrder } = order
    const gramsOf = (item: RoadmapItem) => {
      const grams = bigrams(normalised(item.title))
      return { grams, size: gramCount(grams) }
    }
    const oldGrams = olds.map(gramsOf)
    const newGrams = news.map(gramsOf)
    const candidates: { o: RoadmapItem; n: RoadmapItem; score: number }[] = []
    olds.forEach((o, i) => {
      const a = oldGrams[i] as { grams: Map<string, number>; size: number }
      news.forEach((n, j) => {
        if (!mayPair(o, n) || rejected.has(changeId(o, n))) return
        const b = newGrams[j] as { grams: Map<string, number>; size: number }
        // Dice can reach the threshold only if the sizes are close enough.
        if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < threshold) return
        const score = diceOf(a.grams, b.grams, a.size, b.size)
        if (score >= threshold) candidates.push({ o, n, score })
      })
    })
    candidates.sort(
      (x, y) =>
        y.score - x.score ||
        (oldOrder.get(x.o) ?? 0) - (oldOrder.get(y.o) ?? 0) ||
        (newOrder.get(x.n) ?? 0) - (newOrder.get(y.n) ?? 0),
    )
    for (const { o, n, score } of candidates) {
      if (oldTaken.has(o) || newTaken.has(n)) continue
      take(o, n, { method: 'similar', score: Math.round(score * 1000) / 1000 })
    }
  }

  return {
    pairs,
    unmatchedOld: before.items.filter((o) => !oldTaken.has(o)),
    unmatchedNew: after.items.filter((n) => !newTaken.has(n)),
  }
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

/** The slip a slip chart sorts by: the end's when measuring ends, else the start's. */
export function slipOf(change: ItemChange, by: 'start' | 'end'): number | null {
  return change.slipped[by] ? change.slipDays[by] : null
}

/**
 * The changes whose `by` date moved, largest slip first (later before earlier); ties by title
 * and key, so the order is stable.
 */
export function slippedChanges(changes: readonly ItemChange[], by: 'start' | 'end'): ItemChange[] {
  return changes
    .filter((c) => slipOf(c, by) !== null)
    .sort((a, b) => {
      const diff = (slipOf(b, by) ?? 0) - (slipOf(a, by) ?? 0)
      if (diff !== 0) return diff
      const [ta, tb] = [(a.new ?? a.old)?.title ?? '', (b.new ?? b.old)?.title ?? '']
      return ta.localeCompare(tb, 'nb') || a.id.localeCompare(b.id)
    })
}

/** Phase span as a stable key: `utvikling` or `utvikling-innforing`; `none` without a phase. */
export function phaseKey(phase: RoadmapItem['phase']): string {
  if (!phase) return 'none'
  return phase.from === phase.to ? phase.from : `${phase.from}-${phase.to}`
}

/** Flows of re-phased items: from-phase → to-phase with counts, most frequent first. */
export function phaseFlows(changes: readonly ItemChange[]): { from: string; to: string; count: number }[] {
  const counts = new Map<string, { from: string; to: string; count: number }>()
  for (const c of changes) {
    if (!c.classes.includes('rephased') || !c.old || !c.new) continue
    const from = phaseKey(c.old.phase)
    const to = phaseKey(c.new.phase)
    const key = `${from}>${to}`
    const flow = counts.get(key)
    if (flow) flow.count++
    else counts.set(key, { from, to, count: 1 })
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  )
}
