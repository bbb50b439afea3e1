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
 * The search texts of a list by position, filled as they are needed (or ahead, below): a keystroke
 * reads them from an array instead of asking a per-item table 100 000 times.
 */
const listTexts = new WeakMap<readonly RoadmapItem[], (string | undefined)[]>()

function textsOf(items: readonly RoadmapItem[]): (string | undefined)[] {
  let texts = listTexts.get(items)
  if (!texts) {
    texts = new Array<string | undefined>(items.length)
    listTexts.set(items, texts)
  }
  return texts
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
  const texts = textsOf(items)
  for (let i = from; i < Math.min(to, items.length); i++)
    texts[i] ??= searchableText(items[i] as RoadmapItem, subGoalTitle)
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
  const texts = textsOf(items)
  const subGoalTitle = subGoalTitles(subGoals)
  const out = new Int32Array(pool ? pool.length : items.length)
  let count = 0
  const n = pool ? pool.length : items.length
  for (let k = 0; k < n; k++) {
    const i = pool ? (pool[k] as number) : k
    const item = items[i] as RoadmapItem
    if (dates && !dates(item)) continue
    if (needles.length > 0) {
      const text = (texts[i] ??= searchableText(item, subGoalTitle))
      if (!needles.every((needle) => text.includes(needle))) continue
    }
    out[count++] = i
  }
  return out.slice(0, count)
}
