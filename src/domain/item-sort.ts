/**
 * Sorting of item tables, kept in the URL as `?sort=title` (ascending) or `?sort=-start`
 * (descending). Sorting decorates each item with its sort value once, so a 100 000-row table
 * compares precomputed values instead of recomputing them (and their collation) per comparison.
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

/** A sorted copy; items without the value come last and ties keep source order, whatever the direction. */
export function sortItems(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText = () => '',
): RoadmapItem[] {
  const dir = sort.ascending ? 1 : -1
  const decorated = items.map((item) => ({ item, value: sortValue(item, sort.key, subGoalText) }))
  decorated.sort((a, b) => {
    const byRow = a.item.source.row - b.item.source.row
    if (a.value === null || b.value === null) return a.value === b.value ? byRow : a.value === null ? 1 : -1
    return compareValues(a.value, b.value) * dir || byRow
  })
  return decorated.map((d) => d.item)
}

const sortedLists = new WeakMap<
  readonly RoadmapItem[],
  { context: unknown; bySort: Map<string, readonly RoadmapItem[]> }
>()

/**
 * `sortItems`, worked out once per list and sort: lists are replaced, never changed. `context`
 * is what `subGoalText` reads (the sub-goals); another context sorts again.
 */
export function sortedOnce(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText,
  context: unknown,
): readonly RoadmapItem[] {
  let entry = sortedLists.get(items)
  if (!entry || entry.context !== context) {
    entry = { context, bySort: new Map() }
    sortedLists.set(items, entry)
  }
  const key = formatItemSort(sort)
  let sorted = entry.bySort.get(key)
  if (!sorted) {
    sorted = sortItems(items, sort, subGoalText)
    entry.bySort.set(key, sorted)
  }
  return sorted
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
