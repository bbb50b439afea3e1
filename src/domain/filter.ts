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
import {
  FACET_KEYS,
  facetsOfList,
  hasSelected,
  slotOf,
  slotPairs,
  SLOTS_START,
  withRoom,
  type FacetKey,
} from './facet-slots'
import { baseMatchIndexes } from './item-search'
import type { ActorKind, GoalNumber, ItemFlag, Phase, PlanningStatus, RoadmapItem, SubGoal } from './types'

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

export { FACET_KEYS, type FacetKey } from './facet-slots'

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

/** What a dataset holds for the facet panel: the values present per facet, and actor names. */
export interface FacetPresence {
  values: Record<FacetKey, ReadonlySet<string>>
  /** Actor id → the name as first written in the dataset. */
  actorNames: ReadonlyMap<string, string>
}

const presenceCache = new WeakMap<readonly RoadmapItem[], FacetPresence>()

/**
 * The facet values present in `items`, in one pass, once per item list (lists are replaced, not
 * changed). Each facet's values in the order first met, as the items state them.
 */
export function facetPresence(items: readonly RoadmapItem[]): FacetPresence {
  const cached = presenceCache.get(items)
  if (cached) return cached
  const values = Object.fromEntries(FACET_KEYS.map((k) => [k, new Set<string>()])) as Record<
    FacetKey,
    Set<string>
  >
  const actorNames = new Map<string, string>()
  let seen = new Uint8Array(slotPairs.length + 64)
  const facetsAt = facetsOfList(items)
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RoadmapItem
    const facets = facetsAt(i)
    seen = withRoom(seen, slotPairs.length)
    for (let j = SLOTS_START; j < facets.length; j++) {
      const slot = facets[j] as number
      if (seen[slot] === 1) continue
      seen[slot] = 1
      const pair = slotPairs[slot] as { key: FacetKey; value: string }
      values[pair.key].add(pair.value)
    }
    const { actorIds, actors } = item
    for (let k = 0; k < actorIds.length; k++) {
      const id = actorIds[k] as string
      if (!actorNames.has(id)) actorNames.set(id, actors[k] ?? id)
    }
  }
  const presence = { values, actorNames }
  presenceCache.set(items, presence)
  return presence
}

/**
 * Per facet, the slots its selection marks; `null` when it selects nothing (matches all).
 * Selected values get their slots now, so an item met later with such a value matches.
 */
function selectedSlots(filter: ItemFilter): (Uint8Array | null)[] {
  const slotLists = FACET_KEYS.map((key, k) =>
    (filter[key] as (string | number)[]).map((value) => slotOf(k, String(value))),
  )
  return slotLists.map((slots) => {
    if (slots.length === 0) return null
    const marks = new Uint8Array(slotPairs.length)
    for (const slot of slots) marks[slot] = 1
    return marks
  })
}

/** Lists `filterItems` made, with the list they were picked from and the positions picked. */
const picked = new WeakMap<readonly RoadmapItem[], { from: readonly RoadmapItem[]; positions: Int32Array }>()

/**
 * The positions in `source` (ascending) of the items of `list`, when `filterItems` made `list`
 * from `source`; null for any other list. A table takes its order from its dataset's by them.
 */
export function positionsIn(list: readonly RoadmapItem[], source: readonly RoadmapItem[]): Int32Array | null {
  const entry = picked.get(list)
  return entry && entry.from === source ? entry.positions : null
}

/** The items that match every facet, the year and the text. */
export function filterItems(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): RoadmapItem[] {
  if (isEmptyFilter(filter)) {
    const all = [...items]
    picked.set(all, { from: items, positions: Int32Array.from(items, (_, i) => i) })
    return all
  }
  const pool = baseMatchIndexes(items, filter, subGoals)
  const selected = selectedSlots(filter)
  const active = FACET_KEYS.map((_, k) => k).filter((k) => selected[k] !== null)
  const facetsAt = facetsOfList(items)
  const out: RoadmapItem[] = []
  const positions = new Int32Array(pool.length)
  for (const i of pool) {
    if (active.length > 0) {
      const facets = facetsAt(i)
      if (!active.every((k) => hasSelected(facets, k, selected[k] as Uint8Array))) continue
    }
    positions[out.length] = i
    out.push(items[i] as RoadmapItem)
  }
  picked.set(out, { from: items, positions: positions.subarray(0, out.length) })
  return out
}

export type FacetCounts = Record<FacetKey, Map<string, number>>

/** Per facet, per value: how many items would match with that value chosen (see module note). */
export function countFacets(
  items: readonly RoadmapItem[],
  filter: ItemFilter,
  subGoals: readonly SubGoal[] = [],
): FacetCounts {
  // As before the search narrowed: the start filters count only together with text or a year.
  const pool = isTextAndYearEmpty(filter) ? null : baseMatchIndexes(items, filter, subGoals)
  const selected = selectedSlots(filter)
  const active = FACET_KEYS.map((_, k) => k).filter((k) => selected[k] !== null)
  const facetsAt = facetsOfList(items)
  let tally = new Int32Array(slotPairs.length + 64)
  const n = pool ? pool.length : items.length
  for (let p = 0; p < n; p++) {
    const facets = facetsAt(pool ? (pool[p] as number) : p)
    // Which facets does the item fail? It counts for facet K only if it passes all others.
    let failing = -1
    let failures = 0
    for (const k of active) {
      if (hasSelected(facets, k, selected[k] as Uint8Array)) continue
      failing = k
      if (++failures > 1) break
    }
    if (failures > 1) continue
    tally = withRoom(tally, slotPairs.length)
    const from = failing < 0 ? SLOTS_START : (facets[failing] as number)
    const to = failing < 0 ? facets.length : (facets[failing + 1] as number)
    for (let j = from; j < to; j++) tally[facets[j] as number]! += 1
  }
  return countsOf(tally)
}

function countsOf(tally: Int32Array): FacetCounts {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number>()])) as FacetCounts
  for (let slot = 0; slot < slotPairs.length && slot < tally.length; slot++) {
    const n = tally[slot] as number
    const pair = slotPairs[slot] as { key: FacetKey; value: string }
    if (n > 0) counts[pair.key].set(pair.value, n)
  }
  return counts
}

function isTextAndYearEmpty(filter: ItemFilter): boolean {
  return filter.year === null && filter.text.trim() === ''
}
