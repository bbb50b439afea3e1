/**
 * Every item's facet values as numbers, for counting and filtering at 100 000 items without
 * making objects per item and keystroke.
 *
 * Each (facet, value) pair met is numbered once (a slot); an item's facets are one plain array
 * of small integers, worked out once per item object (items are never mutated): the first
 * `FACET_KEYS.length + 1` entries say where each facet's slots start in the same array, the
 * rest are the slots, facet by facet, in the order the item states its values. One array per
 * item instead of a record of eight arrays and two typed arrays: the views' first render spent
 * more time collecting that garbage than making it.
 */
import { resolveActor } from './actors'
import { PHASES, type PhaseSpan, type RoadmapItem } from './types'

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

/** Where the slots start: facet k's slots are `facets[facets[k]] … facets[facets[k + 1] - 1]`. */
export const SLOTS_START = FACET_KEYS.length + 1

// Positions in FACET_KEYS.
const GOALS = 0
const SUB_GOALS = 1
const GROUPINGS = 2
const ACTORS = 3
const ACTOR_KINDS = 4
const FACET_PHASES = 5
const STATUSES = 6
const FLAGS = 7

/** Per facet: value → slot. One map per facet, so no key string is built per value. */
const slotIds: Map<string, number>[] = FACET_KEYS.map(() => new Map())
/** Per slot: its facet and value. */
export const slotPairs: { key: FacetKey; value: string }[] = []

/** The slot of facet `k`'s value, numbered when first met. */
export function slotOf(k: number, value: string): number {
  const ids = slotIds[k] as Map<string, number>
  let slot = ids.get(value)
  if (slot === undefined) {
    slot = slotPairs.length
    ids.set(value, slot)
    slotPairs.push({ key: FACET_KEYS[k] as FacetKey, value })
  }
  return slot
}

/** Actor name → the slot of its kind: few names, many items. */
const kindSlots = new Map<string, number>()
/** Phase span `from\0to` → the slots of its phases. */
const phaseSlots = new Map<string, readonly number[]>()

function kindSlotOf(name: string): number {
  let slot = kindSlots.get(name)
  if (slot === undefined) {
    slot = slotOf(ACTOR_KINDS, resolveActor(name).kind)
    // Datasets name few distinct actors; the bound only guards against a pathological file.
    if (kindSlots.size > 50_000) kindSlots.clear()
    kindSlots.set(name, slot)
  }
  return slot
}

function phaseSlotsOf(span: PhaseSpan): readonly number[] {
  const key = `${span.from}\u0000${span.to}`
  let slots = phaseSlots.get(key)
  if (slots === undefined) {
    // As phasesIn: the phases from `from` to `to` in the catalogue's order.
    const phases = PHASES.slice(PHASES.indexOf(span.from), PHASES.indexOf(span.to) + 1)
    slots = phases.map((phase) => slotOf(FACET_PHASES, phase))
    phaseSlots.set(key, slots)
  }
  return slots
}

/** Per list, the facets of its items by position: lists are replaced, never changed. */
const listFacets = new WeakMap<readonly RoadmapItem[], (number[] | undefined)[]>()

/**
 * The facets of `items[i]` as slots (see the module note), worked out once per list and
 * position: a pass over 100 000 items reads an array, not a table keyed by item.
 */
export function facetsOfList(items: readonly RoadmapItem[]): (i: number) => readonly number[] {
  let facets = listFacets.get(items)
  if (!facets) {
    facets = new Array<number[] | undefined>(items.length)
    listFacets.set(items, facets)
  }
  const known = facets
  return (i) => (known[i] ??= computeFacets(items[i] as RoadmapItem))
}

/** Works out the facets of `items[0..to)` ahead of need (in idle time, a slice at a time). */
export function prepareFacets(items: readonly RoadmapItem[], from: number, to: number): void {
  const facetsAt = facetsOfList(items)
  for (let i = from; i < to && i < items.length; i++) facetsAt(i)
}

function computeFacets(item: RoadmapItem): number[] {
  const f: number[] = [SLOTS_START, 0, 0, 0, 0, 0, 0, 0, 0]
  f.push(slotOf(GOALS, String(item.goal)))
  f[SUB_GOALS] = f.length
  if (item.subGoalId) f.push(slotOf(SUB_GOALS, item.subGoalId))
  f[GROUPINGS] = f.length
  if (item.grouping) f.push(slotOf(GROUPINGS, item.grouping))
  f[ACTORS] = f.length
  for (const id of item.actorIds) f.push(slotOf(ACTORS, id))
  const kindsFrom = f.length
  f[ACTOR_KINDS] = kindsFrom
  for (const name of item.actors) {
    // Each kind once, as a set of the actors' kinds would hold it.
    const slot = kindSlotOf(name)
    if (f.indexOf(slot, kindsFrom) < 0) f.push(slot)
  }
  f[FACET_PHASES] = f.length
  if (item.phase) for (const slot of phaseSlotsOf(item.phase)) f.push(slot)
  f[STATUSES] = f.length
  f.push(slotOf(STATUSES, item.status ?? 'unknown'))
  f[FLAGS] = f.length
  for (const flag of item.flags) f.push(slotOf(FLAGS, flag))
  f[FACET_KEYS.length] = f.length
  return f
}

/** True when one of the item's values of facet `k` has a slot `selected` marks. */
export function hasSelected(facets: readonly number[], k: number, selected: Uint8Array): boolean {
  const to = facets[k + 1] as number
  for (let j = facets[k] as number; j < to; j++) if (selected[facets[j] as number] === 1) return true
  return false
}

/** `values`, or a copy with room for `size` entries when it has less. */
export function withRoom<T extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(
  values: T,
  size: number,
): T {
  if (size <= values.length) return values
  const next = new (values.constructor as new (length: number) => T)(Math.max(size, values.length * 2))
  next.set(values)
  return next
}
