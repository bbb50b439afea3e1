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

/** The values an item has for a facet (several for actors and phase spans). */
export function facetValues(item: RoadmapItem, key: FacetKey): string[] {
  switch (key) {
    case 'goals':
      return [String(item.goal)]
    case 'subGoals':
      return item.subGoalId ? [item.subGoalId] : []
    case 'groupings':
      return item.grouping ? [item.grouping] : []
    case 'actors':
      return item.actorIds
    case 'actorKinds':
      return [...new Set(item.actors.map((name) => resolveActor(name).kind))]
    case 'phases':
      return item.phase ? phasesIn(item.phase) : []
    case 'statuses':
      return [item.status ?? 'unknown']
    case 'flags':
      return item.flags
  }
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
  const titles = new Map(subGoals.map((s) => [s.id, s.code ? `${s.code} ${s.title}` : s.title]))
  const subGoalTitle = (id: string) => titles.get(id) ?? ''
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

/** The items that match every facet, the year and the text. */
export function filterItems(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): RoadmapItem[] {
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
  const base = basePredicate(filter, subGoals)
  const predicates = facetPredicates(filter)
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts
  for (const item of items) {
    if (!base(item)) continue
    // Which facets does the item fail? It counts for facet K only if it passes all others.
    const failing = FACET_KEYS.filter((k) => predicates[k] !== null && !predicates[k]!(item))
    if (failing.length > 1) continue
    for (const key of FACET_KEYS) {
      if (failing.length === 1 && failing[0] !== key) continue
      const map = counts[key]
      for (const value of facetValues(item, key)) map.set(value, (map.get(value) ?? 0) + 1)
    }
  }
  return counts
}
