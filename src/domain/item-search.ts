/**
 * The non-facet part of the item filter: free text, the year, the start phase and start year.
 *
 * Free text is matched against the item's folded field values, numbered once per list and ahead of
 * the first keystroke while the page is idle (search-index.ts). Typing narrows:
 * when the folded query extends the previous one for the same list (`hel` → `hels`, `hel` →
 * `hel se`), every item that matches now matched before, so only the previous matches are
 * searched. Lists are replaced, never changed, so a result kept per list cannot go stale.
 */
import { overlapsYear } from './period'
import { canUseIndex, indexedMatches, subGoalTitles } from './search-index'
import { foldText } from './text'
import type { ItemFilter } from './filter'
import type { RoadmapItem, SubGoal } from './types'

const searchText = new WeakMap<RoadmapItem, string>()

/**
 * The folded text an item is searched by, its fields joined; computed once per item object. The
 * search index (search-index.ts) gives the same answers without it; this is its reference, and
 * the search for a word that holds the joint.
 */
function searchableText(item: RoadmapItem, subGoalTitle: (id: string) => string): string {
  let text = searchText.get(item)
  if (text === undefined) {
    text = foldText(
      [
        item.title,
        item.description,
        item.service,
        item.grouping,
        item.periodText,
        ...item.actors,
        item.subGoalId ? subGoalTitle(item.subGoalId) : '',
      ]
        .filter(Boolean)
        .join(' \u0000 '),
    )
    searchText.set(item, text)
  }
  return text
}

type BaseFilter = Pick<ItemFilter, 'text' | 'year' | 'startPhases' | 'startYears'>

/** Whether an item passes the year and the start filters (not the text). */
function datePredicate(filter: BaseFilter): ((item: RoadmapItem) => boolean) | null {
  const year = filter.year
  const startPhases = filter.startPhases.length > 0 ? new Set(filter.startPhases) : null
  const startYears = filter.startYears.length > 0 ? new Set(filter.startYears) : null
  if (year === null && !startPhases && !startYears) return null
  return (item) => {
    if (year !== null && !overlapsYear(item.period, year)) return false
    if (startPhases && !startPhases.has(item.phase?.from ?? 'none')) return false
    if (startYears && !startYears.has(item.startYear ?? 'none')) return false
    return true
  }
}

const needlesOf = (text: string): string[] => foldText(text).split(/\s+/).filter(Boolean)

/** Whether an item passes the text, the year and the start filters. */
export function basePredicate(
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
): (item: RoadmapItem) => boolean {
  const needles = needlesOf(filter.text)
  const subGoalTitle = subGoalTitles(subGoals)
  const dates = datePredicate(filter)
  return (item) => {
    if (dates && !dates(item)) return false
    if (needles.length === 0) return true
    const text = searchableText(item, subGoalTitle)
    return needles.every((n) => text.includes(n))
  }
}

interface LastSearch {
  subGoals: readonly SubGoal[]
  /** Year and start filters, as a key: narrowing holds only while they stay the same. */
  rest: string
  folded: string
  /** Positions in the list of the matches, ascending. */
  indexes: Int32Array
}

const lastSearch = new WeakMap<readonly RoadmapItem[], LastSearch>()

/**
 * The positions in `items` of the items that pass the text, year and start filters, ascending.
 * Narrows from the previous result for the same list when the query only grew (see the module note).
 */
export function baseMatchIndexes(
  items: readonly RoadmapItem[],
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
): Int32Array {
  return lastSearchOf(items, filter, subGoals).indexes
}

function lastSearchOf(
  items: readonly RoadmapItem[],
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
): LastSearch {
  const folded = foldText(filter.text)
  const rest = JSON.stringify([filter.year, filter.startPhases, filter.startYears])
  const last = lastSearch.get(items)
  const reusable = last && last.subGoals === subGoals && last.rest === rest
  if (reusable && last.folded === folded) return last
  const pool = reusable && folded.startsWith(last.folded) ? last.indexes : null
  const indexes = searchIndexes(items, filter, subGoals, pool)
  const next = { subGoals, rest, folded, indexes }
  lastSearch.set(items, next)
  return next
}

/** The positions (of `pool`, else of all of `items`) whose items pass the filter. */
function searchIndexes(
  items: readonly RoadmapItem[],
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
  pool: Int32Array | null,
): Int32Array {
  const needles = needlesOf(filter.text)
  const dates = datePredicate(filter)
  if (canUseIndex(needles)) return indexedMatches(items, subGoals, needles, dates, pool)
  const matches = basePredicate(filter, subGoals)
  const n = pool ? pool.length : items.length
  const out = new Int32Array(n)
  let count = 0
  for (let k = 0; k < n; k++) {
    const i = pool ? (pool[k] as number) : k
    if (matches(items[i] as RoadmapItem)) out[count++] = i
  }
  return out.slice(0, count)
}
