/**
 * Facets and free-text search over items. Pure; the views keep the filter in the URL.
 *
 * Facet counts follow the usual faceted-search rule: the count next to a value is the number
 * of items that would match if that value were chosen, i.e. every other facet applies but not
 * the facet's own selection (so choosing a second goal still shows what it adds).
 *
 * `startPhases` and `startYears` are not facets but the targets of counted links: a chart
 * that counts an item once, under the phase or year it starts in, links to exactly those
 * items (the `phases` facet matches every phase of a span, `year` every year a period touches).
 */
import { resolveActor } from './actors'
import { overlapsYear } from './period'
import { foldText } from './text'
import type { ActorKind, GoalNumber, ItemFlag, Phase, PlanningStatus, RoadmapItem, SubGoal } from './types'
import { phasesIn } from './phase'

export interface ItemFilter {
  goals: GoalNumber[]
  subGoals: string[]
  groupings: string[]
  actors: string[]
  actorKinds: ActorKind[]
  phases: Phase[]
  /** `unknown` selects items without a planning status. */
  statuses: (PlanningStatus | 'unknown')[]
  /** Data-quality flags (no period, no phase, "?" …). */
  flags: ItemFlag[]
  /** Items whose period touches this year. */
  year: number | null
  /** The phase an item starts in (a span's first phase); `none`: items without a phase. */
  startPhases: (Phase | 'none')[]
  /** The year an item starts in; `none`: items without a start. */
  startYears: (number | 'none')[]
  /** Free text; case and diacritics are ignored (`sor-ost` finds `Sør-Øst`). */
  text: string
}

export type FacetKey =
  'goals' | 'subGoals' | 'groupings' | 'actors' | 'actorKinds' | 'phases' | 'statuses' | 'flags'

export const FACET_KEYS: readonly FacetKey[] = [
  'goals',
  'subGoals',
  'groupings',
  'actors',
  'actorKinds',
  'phases',
  'statuses',
  'flags',
]

export function emptyFilter(): ItemFilter {
  return {
    goals: [],
    subGoals: [],
    groupings: [],
    actors: [],
    actorKinds: [],
    phases: [],
    statuses: [],
    flags: [],
    year: null,
    startPhases: [],
    startYears: [],
    text: '',
  }
}

/** True when nothing is selected. */
export function isEmptyFilter(filter: ItemFilter): boolean {
  return (
    FACET_KEYS.every((k) => filter[k].length === 0) &&
    filter.year === null &&
    filter.startPhases.length === 0 &&
    filter.startYears.length === 0 &&
    filter.text.trim() === ''
  )
}

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

/** Every facet's values of an item, worked out once per item object (items are never mutated). */
const facetCache = new WeakMap<RoadmapItem, Record<FacetKey, readonly string[]>>()

function computeFacets(item: RoadmapItem): Record<FacetKey, readonly string[]> {
  return {
    goals: [String(item.goal)],
    subGoals: item.subGoalId ? [item.subGoalId] : [],
    groupings: item.grouping ? [item.grouping] : [],
    actors: item.actorIds,
    actorKinds: [...new Set(item.actors.map((name) => resolveActor(name).kind))],
    phases: item.phase ? phasesIn(item.phase) : [],
    statuses: [item.status ?? 'unknown'],
    flags: item.flags,
  }
}

/**
 * The values an item has for a facet (several for actors and phase spans). Cached per item:
 * resolving actor kinds and phase spans for 100 000 items on every keystroke cost seconds.
 */
export function facetValues(item: RoadmapItem, key: FacetKey): readonly string[] {
  let facets = facetCache.get(item)
  if (!facets) {
    facets = computeFacets(item)
    facetCache.set(item, facets)
  }
  return facets[key]
}

/** What a dataset holds for the facet panel: the values present per facet, and actor names. */
export interface FacetPresence {
  values: Record<FacetKey, ReadonlySet<string>>
  /** Actor id → the name as first written in the dataset. */
  actorNames: ReadonlyMap<string, string>
}

const presenceCache = new WeakMap<readonly RoadmapItem[], FacetPresence>()

/** The facet values present in `items`, in one pass, once per item list (lists are replaced, not changed). */
export function facetPresence(items: readonly RoadmapItem[]): FacetPresence {
  const cached = presenceCache.get(items)
  if (cached) return cached
  const values = Object.fromEntries(FACET_KEYS.map((k) => [k, new Set<string>()])) as Record<
    FacetKey,
    Set<string>
  >
  const actorNames = new Map<string, string>()
  for (const item of items) {
    for (const key of FACET_KEYS) for (const v of facetValues(item, key)) values[key].add(v)
    item.actorIds.forEach((id, k) => {
      if (!actorNames.has(id)) actorNames.set(id, item.actors[k] ?? id)
    })
  }
  const presence = { values, actorNames }
  presenceCache.set(items, presence)
  return presence
}

/** A compiled predicate per facet; `null` when the facet selects nothing (matches all). */
function facetPredicates(filter: ItemFilter): Record<FacetKey, ((item: RoadmapItem) => boolean) | null> {
  const result = {} as Record<FacetKey, ((item: RoadmapItem) => boolean) | null>
  for (const key of FACET_KEYS) {
    const selected = new Set((filter[key] as (string | number)[]).map(String))
    result[key] = selected.size === 0 ? null : (item) => facetValues(item, key).some((v) => selected.has(v))
  }
  return result
}

function basePredicate(filter: ItemFilter, subGoals: readonly SubGoal[]): (item: RoadmapItem) => boolean {
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

function subGoalTitles(subGoals: readonly SubGoal[]): (id: string) => string {
  const titles = new Map(subGoals.map((s) => [s.id, s.code ? `${s.code} ${s.title}` : s.title]))
  return (id) => titles.get(id) ?? ''
}

/** The items that match every facet, the year and the text. */
export function filterItems(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): RoadmapItem[] {
  if (isEmptyFilter(filter)) return [...items]
  const base = basePredicate(filter, subGoals)
  const facets = Object.values(facetPredicates(filter)).filter(
    (p): p is (item: RoadmapItem) => boolean => p !== null,
  )
  return items.filter((item) => base(item) && facets.every((p) => p(item)))
}

export type FacetCounts = Record<FacetKey, Map<string, number>>

/** Per facet, per value: how many items would match with that value chosen (see module note). */
export function countFacets(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): FacetCounts {
  const base = isTextAndYearEmpty(filter) ? null : basePredicate(filter, subGoals)
  const predicates = facetPredicates(filter)
  const active = FACET_KEYS.filter((k) => predicates[k] !== null)
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts
  const add = (item: RoadmapItem, key: FacetKey) => {
    const map = counts[key]
    for (const value of facetValues(item, key)) map.set(value, (map.get(value) ?? 0) + 1)
  }
  for (const item of items) {
    if (base && !base(item)) continue
    // Which facets does the item fail? It counts for facet K only if it passes all others.
    let failing: FacetKey | null = null
    let failures = 0
    for (const key of active) {
      if (predicates[key]!(item)) continue
      failing = key
      if (++failures > 1) break
    }
    if (failures > 1) continue
    if (failing !== null) add(item, failing)
    else for (const key of FACET_KEYS) add(item, key)
  }
  return counts
}

function isTextAndYearEmpty(filter: ItemFilter): boolean {
  return filter.year === null && filter.text.trim() === ''
}
