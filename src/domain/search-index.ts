/**
 * What free text is searched in, per item list: each distinct field value (title, description,
 * service, grouping, period, actor, sub-goal) folded once, and per item the numbers of its values.
 *
 * An export lists the same deliverable once per actor, so 100 000 items hold a few thousand
 * distinct values: folding those and numbering the rest costs a third of folding one joined text
 * per item, so the index is ready before the first keystroke (or quickly made at it). A keystroke
 * tests each distinct value once per word and then reads numbers per item.
 *
 * The same answers as matching the words in the item's fields joined by ` \u0000 ` (see
 * `searchableText`): a word holds no white space, so it cannot run across a separator, and folding
 * works per character apart from white space and control characters. A word that holds the
 * separator's `\u0000` itself is left to the caller (`canUseIndex`).
 */
import { foldText } from './text'
import type { RoadmapItem, SubGoal } from './types'

interface SearchIndex {
  subGoals: readonly SubGoal[]
  subGoalTitle: (id: string) => string
  /** Raw value → its number; `folded` by number. */
  numbers: Map<string, number>
  folded: string[]
  /** Item i's values are `refs[starts[i]..starts[i + 1])`; items `[0, prepared)` are done. */
  starts: Int32Array
  refs: Int32Array
  prepared: number
}

/** The title a sub-goal is searched by (its code first). */
export function subGoalTitles(subGoals: readonly SubGoal[]): (id: string) => string {
  const titles = new Map(subGoals.map((s) => [s.id, s.code ? `${s.code} ${s.title}` : s.title]))
  return (id) => titles.get(id) ?? ''
}

const indexes = new WeakMap<readonly RoadmapItem[], SearchIndex>()

/** The same sub-goal titles: a caller may pass an equal list that is not the same array. */
function sameTitles(a: readonly SubGoal[], b: readonly SubGoal[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((s, i) => s.id === b[i]?.id && s.code === b[i]?.code && s.title === b[i]?.title))
  )
}

function indexOf(items: readonly RoadmapItem[], subGoals: readonly SubGoal[]): SearchIndex {
  const known = indexes.get(items)
  if (known && sameTitles(known.subGoals, subGoals)) return known
  const index: SearchIndex = {
    subGoals,
    subGoalTitle: subGoalTitles(subGoals),
    numbers: new Map(),
    folded: [],
    starts: new Int32Array(items.length + 1),
    refs: new Int32Array(items.length * 8 + 16),
    prepared: 0,
  }
  indexes.set(items, index)
  return index
}

/** Numbers the values of `items[prepared..to)`, in list order. */
function extend(index: SearchIndex, items: readonly RoadmapItem[], to: number): void {
  const { numbers, folded, starts, subGoalTitle } = index
  let refs = index.refs
  let k = starts[index.prepared] as number
  const add = (value: string | undefined) => {
    if (!value) return
    let n = numbers.get(value)
    if (n === undefined) {
      n = folded.length
      folded.push(foldText(value))
      numbers.set(value, n)
    }
    if (k === refs.length) {
      const grown = new Int32Array(refs.length * 2)
      grown.set(refs)
      refs = grown
    }
    refs[k++] = n
  }
  const end = Math.min(to, items.length)
  for (let i = index.prepared; i < end; i++) {
    const item = items[i] as RoadmapItem
    add(item.title)
    add(item.description)
    add(item.service)
    add(item.grouping)
    add(item.periodText)
    for (const actor of item.actors) add(actor)
    if (item.subGoalId) add(subGoalTitle(item.subGoalId))
    starts[i + 1] = k
  }
  index.refs = refs
  index.prepared = Math.max(index.prepared, end)
}

/**
 * Indexes `items` up to position `to` (the store calls it in slices while the page is idle, so
 * the first keystroke finds the work done).
 */
export function prepareSearchIndex(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  to: number,
): void {
  const index = indexOf(items, subGoals)
  if (index.prepared < to) extend(index, items, to)
}

/** Whether the index answers for these (folded, split) words; see the module note. */
export const canUseIndex = (needles: readonly string[]): boolean =>
  needles.every((n) => !n.includes('\u0000'))

/** At most this many words per pass: each word is a bit of a 32-bit mask. */
const WORDS_PER_PASS = 30

/**
 * The positions (of `pool`, else of all of `items`), ascending, whose items hold every word in
 * one of their fields and pass `keep`.
 */
export function indexedMatches(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  needles: readonly string[],
  keep: ((item: RoadmapItem) => boolean) | null,
  pool: Int32Array | null,
): Int32Array {
  const index = indexOf(items, subGoals)
  if (index.prepared < items.length) extend(index, items, items.length)
  let current = pool
  let checkKeep = keep
  for (let w = 0; w === 0 || w < needles.length; w += WORDS_PER_PASS) {
    current = pass(index, items, needles.slice(w, w + WORDS_PER_PASS), checkKeep, current)
    checkKeep = null
  }
  return current ?? new Int32Array(0)
}

function pass(
  index: SearchIndex,
  items: readonly RoadmapItem[],
  words: readonly string[],
  keep: ((item: RoadmapItem) => boolean) | null,
  pool: Int32Array | null,
): Int32Array {
  const { folded, starts, refs } = index
  // Per distinct value, the words it holds, as bits.
  const masks = new Int32Array(folded.length)
  if (words.length > 0)
    for (let v = 0; v < folded.length; v++) {
      const text = folded[v] as string
      let mask = 0
      for (let b = 0; b < words.length; b++) if (text.includes(words[b] as string)) mask |= 1 << b
      masks[v] = mask
    }
  const all = words.length === 0 ? 0 : (2 ** words.length - 1) | 0
  const n = pool ? pool.length : items.length
  const out = new Int32Array(n)
  let count = 0
  for (let p = 0; p < n; p++) {
    const i = pool ? (pool[p] as number) : p
    if (keep && !keep(items[i] as RoadmapItem)) continue
    let mask = 0
    for (let r = starts[i] as number, end = starts[i + 1] as number; r < end && mask !== all; r++)
      mask |= masks[refs[r] as number] as number
    if (mask === all) out[count++] = i
  }
  return out.slice(0, count)
}
