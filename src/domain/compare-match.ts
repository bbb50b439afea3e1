/**
 * Matching for src/domain/compare.ts: which items of two versions are the same deliverable, by
 * source ID, then key, then title similarity (see the module note there for the rules).
 */
import type { ChangeMatch, CompareOptions, CompareSide } from './compare'
import type { RoadmapItem, SubGoal } from './types'
import { foldText } from './text'

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

/** Same sub-goal: by code when both have one, else by code or normalised title. */
export function sameSubGoal(a: SubGoal | undefined, b: SubGoal | undefined): boolean {
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

interface Side {
  items: readonly RoadmapItem[]
  subGoalById: Map<string, SubGoal>
}

function sideOf(version: CompareSide): Side {
  return { items: version.items, subGoalById: new Map(version.subGoals.map((s) => [s.id, s])) }
}

/** A change's id: the old and the new item's keys (`ItemChange.id`). */
export function changeId(o: RoadmapItem | undefined, n: RoadmapItem | undefined): string {
  return `${o?.key ?? ''}>${n?.key ?? ''}`
}

/** A matched pair of items: the old version's, the new one's, and how they were matched. */
export interface Pair {
  o: RoadmapItem
  n: RoadmapItem
  match: ChangeMatch
}

/** The state of one matching: both sides, the pairs so far and the items they took. */
interface Matching {
  before: Side
  after: Side
  rejected: ReadonlySet<string>
  threshold: number
  pairs: Pair[]
  oldTaken: Set<RoadmapItem>
  newTaken: Set<RoadmapItem>
  /** Items that both have an ID are the same only by ID. */
  mayPair: (o: RoadmapItem, n: RoadmapItem) => boolean
}

function take(m: Matching, o: RoadmapItem, n: RoadmapItem, match: ChangeMatch): void {
  m.pairs.push({ o, n, match })
  m.oldTaken.add(o)
  m.newTaken.add(n)
}

/** The actors as one key: the ids, sorted. */
function actorsKey(item: RoadmapItem): string {
  return item.actorIds.length < 2 ? (item.actorIds[0] ?? '') : [...item.actorIds].sort().join(',')
}

/** Pairs the same deliverables of two versions; see the module note. */
export function matchItems(
  oldSide: CompareSide,
  newSide: CompareSide,
  options: CompareOptions = {},
): { pairs: Pair[]; unmatchedOld: RoadmapItem[]; unmatchedNew: RoadmapItem[] } {
  const m: Matching = {
    before: sideOf(oldSide),
    after: sideOf(newSide),
    rejected: options.rejected ?? new Set<string>(),
    threshold: options.threshold ?? 0.7,
    pairs: [],
    oldTaken: new Set<RoadmapItem>(),
    newTaken: new Set<RoadmapItem>(),
    mayPair: () => true,
  }
  matchById(m)
  matchByKey(m)
  matchBySimilarTitle(m)
  return {
    pairs: m.pairs,
    unmatchedOld: m.before.items.filter((o) => !m.oldTaken.has(o)),
    unmatchedNew: m.after.items.filter((n) => !m.newTaken.has(n)),
  }
}

/** 1. By ID; from then on, items that both have an ID may pair only by it. */
function matchById(m: Matching): void {
  const oldIds = new Map<RoadmapItem, string | undefined>()
  const newIds = new Map<RoadmapItem, string | undefined>()
  const oldById = new Map<string, RoadmapItem>()
  for (const o of m.before.items) {
    const id = sourceIdOf(o)
    oldIds.set(o, id)
    if (id !== undefined && !oldById.has(id)) oldById.set(id, o)
  }
  for (const n of m.after.items) {
    const id = sourceIdOf(n)
    newIds.set(n, id)
    const o = id === undefined ? undefined : oldById.get(id)
    if (o && !m.oldTaken.has(o)) take(m, o, n, { method: 'id' })
  }
  m.mayPair = (o, n) => oldIds.get(o) === undefined || newIds.get(n) === undefined
}

/** 2. By goal + sub-goal + actors + normalised title. */
function matchByKey(m: Matching): void {
  // Spaces too: `legemiddel-liste` and `legemiddelliste` are the same title.
  const compactTitle = memo((title) => normaliseTitle(title).replace(/ /g, ''))
  const matchKey = (item: RoadmapItem, side: Side) =>
    [
      item.goal,
      subGoalKey(item.subGoalId ? side.subGoalById.get(item.subGoalId) : undefined),
      actorsKey(item),
      compactTitle(item.title),
    ].join('|')
  const oldByKey = new Map<string, RoadmapItem[]>()
  for (const o of m.before.items) {
    if (m.oldTaken.has(o)) continue
    const key = matchKey(o, m.before)
    const list = oldByKey.get(key)
    if (list) list.push(o)
    else oldByKey.set(key, [o])
  }
  const newKeyCounts = new Map<string, number>()
  const newKeys = new Map<RoadmapItem, string>()
  for (const n of m.after.items) {
    if (m.newTaken.has(n)) continue
    const key = matchKey(n, m.after)
    newKeys.set(n, key)
    newKeyCounts.set(key, (newKeyCounts.get(key) ?? 0) + 1)
  }
  pairByKey(m, oldByKey, newKeys, newKeyCounts)
}

/**
 * Where a key repeats, items that are identical in everything else pair first; the rest
 * pair in source order. Either way the match is marked ambiguous.
 */
function pairByKey(
  m: Matching,
  oldByKey: Map<string, RoadmapItem[]>,
  newKeys: Map<RoadmapItem, string>,
  newKeyCounts: Map<string, number>,
): void {
  const prints = new Map<RoadmapItem, string>()
  const printOf = (item: RoadmapItem) => {
    let print = prints.get(item)
    if (print === undefined) prints.set(item, (print = fingerprint(item)))
    return print
  }
  for (const exact of [true, false]) {
    for (const [n, key] of newKeys) {
      const candidates = oldByKey.get(key)
      if (!candidates || m.newTaken.has(n)) continue
      const ambiguous = candidates.length > 1 || (newKeyCounts.get(key) ?? 0) > 1
      if (exact && !ambiguous) {
        const o = candidates[0] as RoadmapItem
        if (m.mayPair(o, n)) take(m, o, n, { method: 'key' })
        continue
      }
      const print = exact ? printOf(n) : ''
      const o = candidates.find(
        (c) => !m.oldTaken.has(c) && m.mayPair(c, n) && (!exact || printOf(c) === print),
      )
      if (o) take(m, o, n, { method: 'key', ambiguous: true })
    }
  }
}

type Candidate = { o: RoadmapItem; n: RoadmapItem; score: number }

/** 3. By title similarity within the same goal and actors: best score first, then source order. */
function matchBySimilarTitle(m: Matching): void {
  const bucketKey = (item: RoadmapItem) => `${item.goal}|${actorsKey(item)}`
  const buckets = new Map<string, { olds: RoadmapItem[]; news: RoadmapItem[] }>()
  const bucket = (key: string) => {
    let b = buckets.get(key)
    if (!b) buckets.set(key, (b = { olds: [], news: [] }))
    return b
  }
  for (const o of m.before.items) if (!m.oldTaken.has(o)) bucket(bucketKey(o)).olds.push(o)
  for (const n of m.after.items) if (!m.newTaken.has(n)) bucket(bucketKey(n)).news.push(n)
  const normalised = memo(normaliseTitle)
  let order: { old: Map<RoadmapItem, number>; new: Map<RoadmapItem, number> } | null = null
  for (const { olds, news } of buckets.values()) {
    if (olds.length === 0 || news.length === 0) continue
    order ??= {
      old: new Map(m.before.items.map((item, i) => [item, i])),
      new: new Map(m.after.items.map((item, i) => [item, i])),
    }
    const { old: oldOrder, new: newOrder } = order
    const candidates = similarCandidates(m, olds, news, normalised)
    candidates.sort(
      (x, y) =>
        y.score - x.score ||
        (oldOrder.get(x.o) ?? 0) - (oldOrder.get(y.o) ?? 0) ||
        (newOrder.get(x.n) ?? 0) - (newOrder.get(y.n) ?? 0),
    )
    for (const { o, n, score } of candidates) {
      if (m.oldTaken.has(o) || m.newTaken.has(n)) continue
      take(m, o, n, { method: 'similar', score: Math.round(score * 1000) / 1000 })
    }
  }
}

/** The pairs of one bucket whose titles are similar enough, unless the user rejected them. */
function similarCandidates(
  m: Matching,
  olds: readonly RoadmapItem[],
  news: readonly RoadmapItem[],
  normalised: (title: string) => string,
): Candidate[] {
  const gramsOf = (item: RoadmapItem) => {
    const grams = bigrams(normalised(item.title))
    return { grams, size: gramCount(grams) }
  }
  const oldGrams = olds.map(gramsOf)
  const newGrams = news.map(gramsOf)
  const candidates: Candidate[] = []
  olds.forEach((o, i) => {
    const a = oldGrams[i] as { grams: Map<string, number>; size: number }
    news.forEach((n, j) => {
      if (!m.mayPair(o, n) || m.rejected.has(changeId(o, n))) return
      const b = newGrams[j] as { grams: Map<string, number>; size: number }
      // Dice can reach the threshold only if the sizes are close enough.
      if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < m.threshold) return
      const score = diceOf(a.grams, b.grams, a.size, b.size)
      if (score >= m.threshold) candidates.push({ o, n, score })
    })
  })
  return candidates
}
