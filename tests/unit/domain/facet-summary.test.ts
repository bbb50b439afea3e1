import { describe, expect, it } from 'vitest'
import { generateVeikartCsv } from '../../../bench/generate-veikart'
import { summaryCounts, presenceOf, summariseFacets, yearSpan } from '@/domain/facet-summary'
import { countFacets, emptyFilter, facetPresence } from '@/domain/filter'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { item } from '../charts/fixtures'
import { period } from '../factories'

/** The facet panel's year span as it read the items before summaries held it. */
function yearsByHand(items: readonly RoadmapItem[]): [number, number] | null {
  const years = items.flatMap((i) =>
    i.period.start
      ? [i.period.start.date, i.period.end?.date ?? i.period.start.date].map((d) => Number(d.slice(0, 4)))
      : [],
  )
  return years.length ? [Math.min(...years), Math.max(...years)] : null
}

async function lists(): Promise<RoadmapItem[][]> {
  const bundled = ((await loadBundledDatasets()) as DatasetContent[]).map((c) => c.items)
  const generated = await importFile(new TextEncoder().encode(generateVeikartCsv(3000)), {
    fileName: 'generated.csv',
    datasetId: 'generated',
    title: 'Generated',
  })
  return [...bundled.filter((items) => items.length > 0), generated.content?.items ?? []]
}

describe('summariseFacets', () => {
  it('gives the panel the values, counts, actor names and years the items give, after a round trip through storage', async () => {
    const all = await lists()
    expect(all.length).toBeGreaterThanOrEqual(3)
    expect(all.at(-1)).toHaveLength(3000)
    for (const items of all) {
      const stored = structuredClone(summariseFacets(items))
      const presence = facetPresence(items)
      const shown = presenceOf(stored)
      expect(shown.values).toEqual(presence.values)
      // The order values were first met in, too: the panel sorts some facets, not all.
      for (const [key, values] of Object.entries(presence.values))
        expect([...shown.values[key as keyof typeof shown.values]]).toEqual([...values])
      expect([...shown.actorNames]).toEqual([...presence.actorNames])
      expect(summaryCounts(stored)).toEqual(countFacets(items, emptyFilter()))
      expect(stored.years).toEqual(yearsByHand(items))
    }
  }, 60_000)

  it('has no years without a dated item, and a point ends in its own year', () => {
    const undated = item({ id: 'a', goal: 1 })
    expect(yearSpan([undated])).toBeNull()
    expect(summariseFacets([undated]).counts.goals).toEqual([['1', 1]])
    expect(yearSpan([undated, item({ id: 'b', goal: 2, period: period('2026') })])).toEqual([2026, 2026])
    expect(yearSpan([item({ id: 'c', goal: 2, period: period('Q3 2024 - 2027') })])).toEqual([2024, 2027])
  })
})
