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
import { baseMatches } from './item-search'
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

/**
 * Every (facet, value) pair met so far, numbered: counting facets adds into an array by these
 * numbers instead of looking up a string per value in a map (at 100 000 items, per keystroke).
 */
const slotIds = new Map<string, number>()
const slotPairs: { key: FacetKey; value: string }[] = []

function slotOf(key: FacetKey, value: string): number {
  const id = `${key}\u0000${value}`
  let slot = slotIds.get(id)
  if (slot === undefined) {
    slot = slotPairs.length
    slotIds.set(id, slot)
    slotPairs.push({ key, value })
  }
  return slot
}

/** An item's facet values, and the same as slot numbers: facet k's are `slots[starts[k]..starts[k+1])`. */
interface ItemFacets {
  values: Record<FacetKey, readonly string[]>
  slots: Int32Array
  starts: Uint32Array
}

/** Every facet's values of an item, worked out once per item object (items are never mutated). */
const facetCache = new WeakMap<RoadmapItem, ItemFacets>()

function computeFacets(item: RoadmapItem): ItemFacets {
  const values: Record<FacetKey, readonly string[]> = {
    goals: [String(item.goal)],
    subGoals: item.subGoalId ? [item.subGoalId] : [],
    groupings: item.grouping ? [item.grouping] : [],
    actors: item.actorIds,
    actorKinds: [...new Set(item.actors.map((name) => resolveActor(name).kind))],
    phases: item.phase ? phasesIn(item.phase) : [],
    statuses: [item.status ?? 'unknown'],
    flags: item.flags,
  }
  const slots: number[] = []
  const starts = new Uint32Array(FACET_KEYS.length + 1)
  FACET_KEYS.forEach((key, k) => {
    starts[k] = slots.length
    for (const value of values[key]) slots.push(slotOf(key, value))
  })
  starts[FACET_KEYS.length] = slots.length
  return { values, slots: Int32Array.from(slots), starts }
}

/**
 * The values an item has for a facet (several for actors and phase spans). Cached per item:
 * resolving actor kinds and phase spans for 100 000 items on every keystroke cost seconds.
 */
export function facetValues(item: RoadmapItem, key: FacetKey): readonly string[] {
  return facetsOf(item).values[key]
}

/** Every facet's values of an item, from the cache (one lookup per item, not one per facet). */
function facetsOf(item: RoadmapItem): ItemFacets {
  let facets = facetCache.get(item)
  if (!facets) {
    facets = computeFacets(item)
    facetCache.set(item, facets)
  }
  return facets
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
function facetPredicates(filter: ItemFilter): Record<FacetKey, ((facets: ItemFacets) => boolean) | null> {
  const result = {} as Record<FacetKey, ((facets: ItemFacets) => boolean) | null>
  for (const key of FACET_KEYS) {
    const selected = new Set((filter[key] as (string | number)[]).map(String))
    result[key] = selected.size === 0 ? null : (facets) => facets.values[key].some((v) => selected.has(v))
  }
  return result
}

/** The items that match every facet, the year and the text. */
export function filterItems(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): RoadmapItem[] {
  if (isEmptyFilter(filter)) return [...items]
  const pool = baseMatches(items, filter, subGoals)
  const predicates = Object.values(facetPredicates(filter)).filter(
    (p): p is (facets: ItemFacets) => boolean => p !== null,
  )
  if (predicates.length === 0) return [...pool]
  return pool.filter((item) => {
    const facets = facetsOf(item)
    return predicates.every((p) => p(facets))
  })
}

export type FacetCounts = Record<FacetKey, Map<string, number>>

/** Per facet, per value: how many items would match with that value chosen (see module note). */
export function countFacets(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): FacetCounts {
  // As before the search narrowed: the start filters count only together with text or a year.
  const pool = isTextAndYearEmpty(filter) ? items : baseMatches(items, filter, subGoals)
  const predicates = facetPredicates(filter)
  const active = FACET_KEYS.filter((k) => predicates[k] !== null)
  const keyIndex = new Map(FACET_KEYS.map((k, i) => [k, i]))
  const tally: number[] = []
  const add = (facets: ItemFacets, from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const slot = facets.slots[j]!
      tally[slot] = (tally[slot] ?? 0) + 1
    }
  }
  for (const item of pool) {
    const facets = facetsOf(item)
    // Which facets does the item fail? It counts for facet K only if it passes all others.
    let failing: FacetKey | null = null
    let failures = 0
    for (const key of active) {
      if (predicates[key]!(facets)) continue
      failing = key
      if (++failures > 1) break
    }
    if (failures > 1) continue
    if (failing === null) add(facets, 0, facets.slots.length)
    else {
      const k = keyIndex.get(failing)!
      add(facets, facets.starts[k]!, facets.starts[k + 1]!)
    }
  }
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts
  tally.forEach((n, slot) => {
    const pair = slotPairs[slot]!
    if (n > 0) counts[pair.key].set(pair.value, n)
  })
  return counts
}

function isTextAndYearEmpty(filter: ItemFilter): boolean {
  return filter.year === null && filter.text.trim() === ''
}
