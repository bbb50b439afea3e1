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

function sortValue(item: RoadmapItem, key: ItemSortKey, subGoalText: SubGoalSortText): string | number {
  switch (key) {
    case 'code':
      return `${item.goal} ${subGoalText(item)}`
    case 'title':
      return item.title
    case 'actors':
      return item.actors.join(', ')
    case 'start':
      // Items without a start sort last, ascending.
      return item.period.start?.date ?? '9999'
    case 'phase':
      return item.phase ? PHASES.indexOf(item.phase.from) : PHASES.length
    case 'status':
      return item.status ?? '~'
    case 'row':
      return item.source.row
  }
}

const collator = new Intl.Collator('nb', { numeric: true })

/** A sorted copy; ties keep source order, whatever the direction. */
export function sortItems(
  items: readonly RoadmapItem[],
  sort: ItemSort,
  subGoalText: SubGoalSortText = () => '',
): RoadmapItem[] {
  const dir = sort.ascending ? 1 : -1
  const decorated = items.map((item) => ({ item, value: sortValue(item, sort.key, subGoalText) }))
  decorated.sort((a, b) => {
    const c =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value))
    return c * dir || a.item.source.row - b.item.source.row
  })
  return decorated.map((d) => d.item)
}
