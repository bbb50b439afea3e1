/**
 * The facet filter and counts, which work on numbered values per item (facet-slots), against a
 * straightforward reference written from the rules alone, on a generated veikart: filter after
 * filter, typing and backspacing, the same answers.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveActor } from '@/domain/actors'
import {
  countFacets,
  emptyFilter,
  facetPresence,
  FACET_KEYS,
  filterItems,
  type FacetKey,
  type ItemFilter,
} from '@/domain/filter'
import { basePredicate } from '@/domain/item-search'
import { phasesIn } from '@/domain/phase'
import type { DatasetContent, RoadmapItem, SubGoal } from '@/domain/types'
import { generatedContent } from '../generated'

let content: DatasetContent

beforeAll(async () => {
  content = await generatedContent(3000, 11)
})

/** The reference: each value of each facet, worked out plainly every time. */
function valuesOf(item: RoadmapItem, key: FacetKey): string[] {
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

function passes(item: RoadmapItem, filter: ItemFilter, key: FacetKey): boolean {
  const selected = (filter[key] as (string | number)[]).map(String)
  return selected.length === 0 || valuesOf(item, key).some((v) => selected.includes(v))
}

function referenceFilter(items: readonly RoadmapItem[], filter: ItemFilter, subGoals: SubGoal[]): string[] {
  const base = basePredicate(filter, subGoals)
  return items.filter((i) => base(i) && FACET_KEYS.every((k) => passes(i, filter, k))).map((i) => i.id)
}

function referenceCounts(items: readonly RoadmapItem[], filter: ItemFilter, subGoals: SubGoal[]) {
  const textOrYear = filter.text.trim() !== '' || filter.year !== null
  const base = basePredicate(filter, subGoals)
  const counts: Record<string, Record<string, number>> = {}
  for (const key of FACET_KEYS) {
    counts[key] = {}
    for (const item of items) {
      if (textOrYear && !base(item)) continue
      if (!FACET_KEYS.every((other) => other === key || passes(item, filter, other))) continue
      for (const v of valuesOf(item, key)) counts[key][v] = (counts[key][v] ?? 0) + 1
    }
  }
  return counts
}

const asRecords = (counts: ReturnType<typeof countFacets>) =>
  Object.fromEntries(FACET_KEYS.map((k) => [k, Object.fromEntries(counts[k])]))
const f = (partial: Partial<ItemFilter>): ItemFilter => ({ ...emptyFilter(), ...partial })

describe('facet filter and counts against the reference', () => {
  it('give the same items and counts after every filter, keystroke and backspace', () => {
    const { items, subGoals } = content
    const steps: Partial<ItemFilter>[] = [
      {},
      { goals: [2] },
      { goals: [2, 4] },
      { goals: [2, 4], actorKinds: ['rhf'] },
      { goals: [2, 4], actorKinds: ['rhf'], phases: ['tilpasning'] },
      { actors: [items[0]!.actorIds[0]!, 'no-such-actor'], statuses: ['unknown', 'tentative'] },
      { flags: ['no-period'] },
      { flags: ['uncertain'], groupings: [items.find((i) => i.grouping)!.grouping!] },
      { subGoals: [subGoals[0]!.id], phases: ['konsept', 'i-bruk'] },
      ...['h', 'he', 'hel', 'hels', 'helse', 'hels', 'hel', 'he'].map((text): Partial<ItemFilter> => ({
        text,
        goals: [1, 3],
      })),
      { text: 'e', year: 2026 },
      { text: 'e', year: 2026, actorKinds: ['kommunal'] },
      { startPhases: ['konsept'] },
      { startYears: ['none'], goals: [5] },
    ]
    let found = 0
    for (const step of steps) {
      const filter = f(step)
      const label = JSON.stringify(step)
      const expected = referenceFilter(items, filter, subGoals)
      expect(
        filterItems(items, filter, subGoals).map((i) => i.id),
        label,
      ).toEqual(expected)
      expect(asRecords(countFacets(items, filter, subGoals)), label).toEqual(
        referenceCounts(items, filter, subGoals),
      )
      found += expected.length
    }
    // Not vacuous: the steps find items, but not all of them every time.
    expect(found).toBeGreaterThan(0)
    expect(referenceFilter(items, f({ goals: [2] }), subGoals).length).toBeLessThan(items.length)
  })

  it('lists each facet’s values present, in the order first met', () => {
    const { items } = content
    const presence = facetPresence(items)
    for (const key of FACET_KEYS) {
      const expected = [...new Set(items.flatMap((item) => valuesOf(item, key)))]
      expect([...presence.values[key]], key).toEqual(expected)
    }
    expect(presence.values.actors.size).toBeGreaterThan(1)
  })
})
