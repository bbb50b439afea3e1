/**
 * Sorting of item tables, kept in the URL as `?sort=title` (ascending) or `?sort=-start`
 * (descending). Sorting works out each item's sort value once, so a 100 000-row table compares
 * precomputed values instead of recomputing them per comparison, and sorts positions, so a
 * filtered table can take its order from its dataset's (firstInOrder).
 */
import type { RoadmapItem } from './types'
import { PHASES } from './types'

export const ITEM_SORT_KEYS = ['code', 'title', 'actors', 'start', 'phase', 'status', 'row'] as const
export type ItemSortKey = (typeof ITEM_SORT_KEYS)[number]

export interface ItemSort {
  key: ItemSortKey
  ascending: boolean
}

/** Source order: what a table shows when the URL names no sort. */
export const DEFAULT_ITEM_SORT: ItemSort = { key: 'row', ascending: true }

const isSortKey = (value: string): value is ItemSortKey =>
  (ITEM_SORT_KEYS as readonly string[]).includes(value)

/** `title` → ascending by title, `-start` → descending by start; anything else → null. */
export function parseItemSort(value: unknown): ItemSort | null {
  if (typeof value !== 'string') return null
  const descending = value.startsWith('-')
  const key = descending ? value.slice(1) : value
  return isSortKey(key) ? { key, ascending: !descending } : null
}

/** The `sort` query value of a sort: the key, with `-` in front when descending. */
export function formatItemSort(sort: ItemSort): string {
  return sort.ascending ? sort.key : `-${sort.key}`
}

/** Clicking a column: the same column flips its direction, another one sorts ascending by it. */
export function nextItemSort(current: ItemSort, key: ItemSortKey): ItemSort {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: true }
}

/** Text used for sorting by the goal › sub-goal column (the sub-goal's code or title). */
export type SubGoalSortText = (item: RoadmapItem) => string

/** null: the item lacks the value; such items sort last in either direction. */
function sortValue(
  item: RoadmapItem,
  key: ItemSortKey,
  subGoalText: SubGoalSortText,
): string | number | null {
  switch (key) {
    case 'code':
      return `${item.goal} ${subGoalText(item)}`
    case 'title':
      return item.title
    case 'actors':
      return item.actors.length > 0 ? item.actors.join(', ') : null
    case 'start':
      return item.period.start?.date ?? null
    case 'phase':
      return item.phase ? PHASES.indexOf(item.phase.from) : null
    case 'status':
      return item.status ?? null
    case 'row':
      return item.source.row
  }
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' })

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
}

/** The positions of `items` in sorted order; items without the value come last and ties keep source order. */
export function sortIndexes(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText = () => '',
): Int32Array {
  const dir = sort.ascending ? 1 : -1
  const values = items.map((item) => sortValue(item, sort.key, subGoalText))
  const order = items.map((_, i) => i)
  order.sort((a, b) => {
    const va = values[a] as string | number | null
    const vb = values[b] as string | number | null
    const byRow = (items[a] as RoadmapItem).source.row - (items[b] as RoadmapItem).source.row
    if (va === null || vb === null) return va === vb ? byRow : va === null ? 1 : -1
    return compareValues(va, vb) * dir || byRow
  })
  return Int32Array.from(order)
}

/** A sorted copy; items without the value come last and ties keep source order, whatever the direction. */
export function sortItems(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText = () => '',
): RoadmapItem[] {
  return Array.from(sortIndexes(items, sort, subGoalText), (i) => items[i] as RoadmapItem)
}

interface SortedList {
  context: unknown
  bySort: Map<string, Int32Array>
  /** The sorted items, for lists not taken by position (sortedOnce). */
  itemsBySort: Map<string, readonly RoadmapItem[]>
}
const sortedLists = new WeakMap<readonly RoadmapItem[], SortedList>()

function sortedListOf(items: readonly RoadmapItem[], context: unknown): SortedList {
  let entry = sortedLists.get(items)
  if (!entry || entry.context !== context) {
    entry = { context, bySort: new Map(), itemsBySort: new Map() }
    sortedLists.set(items, entry)
  }
  return entry
}

/**
 * `sortIndexes`, worked out once per list and sort: lists are replaced, never changed. `context`
 * is what `subGoalText` reads (the sub-goals); another context sorts again.
 */
export function sortIndexesOnce(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText,
  context: unknown,
): Int32Array {
  const entry = sortedListOf(items, context)
  const key = formatItemSort(sort)
  let order = entry.bySort.get(key)
  if (!order) {
    order = sortIndexes(items, sort, subGoalText)
    entry.bySort.set(key, order)
  }
  return order
}

/** `sortItems`, once per list and sort (see `sortIndexesOnce`). */
export function sortedOnce(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText,
  context: unknown,
): readonly RoadmapItem[] {
  const entry = sortedListOf(items, context)
  const key = formatItemSort(sort)
  let sorted = entry.itemsBySort.get(key)
  if (!sorted) {
    sorted = Array.from(sortIndexesOnce(items, sort, subGoalText, context), (i) => items[i] as RoadmapItem)
    entry.itemsBySort.set(key, sorted)
  }
  return sorted
}

/**
 * The first `count` of the items at `positions` (distinct positions in `items`), in the order
 * `order` (sortIndexes of `items`) gives: a filtered table's shown rows without sorting or even
 * listing the rest of its matches, so a keystroke at 100 000 items costs a pass over numbers.
 */
export function firstInOrder(
  items: readonly RoadmapItem[],
  order: Int32Array,
  positions: Int32Array,
  count: number,
): RoadmapItem[] {
  const out: RoadmapItem[] = []
  const all = positions.length === items.length
  const marks = all ? null : new Uint8Array(items.length)
  if (marks) for (const p of positions) marks[p] = 1
  for (let k = 0; k < order.length && out.length < count; k++) {
    const i = order[k] as number
    if (!marks || marks[i] === 1) out.push(items[i] as RoadmapItem)
  }
  return out
}

/**
 * The items of `subset` in the order they have in `order` (a sorted list they were filtered
 * from): a filtered table keeps its dataset's order without sorting again. `null` when some item
 * of `subset` is not in `order`.
 */
export function inOrderOf(
  order: readonly RoadmapItem[],
  subset: readonly RoadmapItem[],
): RoadmapItem[] | null {
  if (subset.length === 0) return []
  const wanted = new Set(subset)
  const result = order.filter((item) => wanted.has(item))
  return result.length === wanted.size ? result : null
}
