/**
 * The non-facet part of the item filter: free text, the year, the start phase and start year.
 *
 * Free text is matched against a folded text per item, worked out once per item object (items
 * are never mutated) and ahead of the first keystroke while the page is idle. Typing narrows:
 * when the folded query extends the previous one for the same list (`hel` → `hels`, `hel` →
 * `hel se`), every item that matches now matched before, so only the previous matches are
 * searched. Lists are replaced, never changed, so a result kept per list cannot go stale.
 */
import { overlapsYear } from './period'
import { foldText } from './text'
import type { ItemFilter } from './filter'
import type { RoadmapItem, SubGoal } from './types'

const searchText = new WeakMap<RoadmapItem, string>()

/** The folded text an item is searched by; computed once per item object. */
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

function subGoalTitles(subGoals: readonly SubGoal[]): (id: string) => string {
  const titles = new Map(subGoals.map((s) => [s.id, s.code ? `${s.code} ${s.title}` : s.title]))
  return (id) => titles.get(id) ?? ''
}

/**
 * Works out the search text of `items[from..to)` ahead of the first keystroke (the store calls it
 * in slices while the page is idle), so typing at 100 000 items does not fold every text first.
 */
export function prepareSearchText(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  from: number,
  to: number,
): void {
  const subGoalTitle = subGoalTitles(subGoals)
  for (let i = from; i < Math.min(to, items.length); i++) searchableText(items[i]!, subGoalTitle)
}

type BaseFilter = Pick<ItemFilter, 'text' | 'year' | 'startPhases' | 'startYears'>

/** Whether an item passes the text, the year and the start filters. */
export function basePredicate(
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
): (item: RoadmapItem) => boolean {
  const needles = foldText(filter.text).split(/\s+/).filter(Boolean)
  const subGoalTitle = subGoalTitles(subGoals)
  const year = filter.year
  const startPhases = filter.startPhases.length > 0 ? new Set(filter.startPhases) : null
  const startYears = filter.startYears.length > 0 ? new Set(filter.startYears) : null
  return (item) => {
    if (year !== null && !overlapsYear(item.period, year)) return false
    if (startPhases && !startPhases.has(item.phase?.from ?? 'none')) return false
    if (startYears && !startYears.has(item.startYear ?? 'none')) return false
    if (needles.length > 0) {
      const text = searchableText(item, subGoalTitle)
      if (!needles.every((n) => text.includes(n))) return false
    }
    return true
  }
}

interface LastSearch {
  subGoals: readonly SubGoal[]
  /** Year and start filters, as a key: narrowing holds only while they stay the same. */
  rest: string
  folded: string
  matches: readonly RoadmapItem[]
}

const lastSearch = new WeakMap<readonly RoadmapItem[], LastSearch>()

/**
 * The items of `items` that pass the text, year and start filters, in list order. Narrows from
 * the previous result for the same list when the query only grew (see the module note).
 */
export function baseMatches(
  items: readonly RoadmapItem[],
  filter: BaseFilter,
  subGoals: readonly SubGoal[],
): readonly RoadmapItem[] {
  const folded = foldText(filter.text)
  const rest = JSON.stringify([filter.year, filter.startPhases, filter.startYears])
  const last = lastSearch.get(items)
  const reusable = last && last.subGoals === subGoals && last.rest === rest
  if (reusable && last.folded === folded) return last.matches
  const pool = reusable && folded.startsWith(last.folded) ? last.matches : items
  const matches = pool.filter(basePredicate(filter, subGoals))
  lastSearch.set(items, { subGoals, rest, folded, matches })
  return matches
}
