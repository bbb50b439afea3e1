/**
 * What the facet panel shows of a dataset before anything is chosen: each facet's values with
 * their item counts, the actors' names as written, and the span of years. Worked out once with
 * the dataset's summary and stored beside it, so a view at 100 000 items draws its panel without
 * first working out every item's facets; those are prepared in idle time for the first filter.
 *
 * The same answers as `facetPresence` and `countFacets(items, emptyFilter())`, and as the panel's
 * year list (tests/unit/domain/facet-summary.test.ts compares them).
 */
import { countFacets, emptyFilter, facetPresence, type FacetCounts, type FacetPresence } from './filter'
import { FACET_KEYS, type FacetKey } from './facet-slots'
import type { RoadmapItem } from './types'

export interface FacetSummary {
  /** Per facet, each value present (in the order first met) with how many items have it. */
  counts: Record<FacetKey, [value: string, items: number][]>
  /** Actor id → the name as first written, in the order first met. */
  actorNames: [id: string, name: string][]
  /** The first and the last year a dated item's period touches; null without one. */
  years: [first: number, last: number] | null
}

/** The first and last year of the items' periods (a point ends in its own year). */
export function yearSpan(items: readonly RoadmapItem[]): [number, number] | null {
  let min = Infinity
  let max = -Infinity
  for (const item of items) {
    if (!item.period.start) continue
    const start = Number(item.period.start.date.slice(0, 4))
    const end = item.period.end ? Number(item.period.end.date.slice(0, 4)) : start
    if (start < min) min = start
    if (start > max) max = start
    if (end > max) max = end
  }
  return Number.isFinite(min) ? [min, max] : null
}

export function summariseFacets(items: readonly RoadmapItem[]): FacetSummary {
  const { values, actorNames } = facetPresence(items)
  const counts = countFacets(items, emptyFilter())
  const perFacet = (key: FacetKey): [string, number][] =>
    [...values[key]].map((value) => [value, counts[key].get(value) ?? 0])
  return {
    counts: Object.fromEntries(FACET_KEYS.map((key) => [key, perFacet(key)])) as FacetSummary['counts'],
    actorNames: [...actorNames],
    years: yearSpan(items),
  }
}

/** The summary as `facetPresence` gives it. */
export function presenceOf(summary: FacetSummary): FacetPresence {
  const values = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Set(summary.counts[key].map(([value]) => value))]),
  ) as Record<FacetKey, Set<string>>
  return { values, actorNames: new Map(summary.actorNames) }
}

/** The summary as `countFacets` gives it with nothing chosen. */
export function summaryCounts(summary: FacetSummary): FacetCounts {
  return Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map(summary.counts[key].filter(([, n]) => n > 0))]),
  ) as FacetCounts
}
