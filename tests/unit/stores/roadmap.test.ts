import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { getDatabase } from '@/db'
import { summariseDataset, withGoals } from '@/domain/dataset-summary'
import { summariseFacets } from '@/domain/facet-summary'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'

/** The roadmap store loads in a watcher: give IndexedDB a few turns. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('roadmap store', () => {
  it('holds the active dataset’s items, sub-goals and goals, and follows a change of dataset', async () => {
    setActivePinia(createPinia())
    const datasets = useDatasetsStore()
    const roadmap = useRoadmapStore()
    expect(roadmap.items).toEqual([])
    await datasets.init(getDatabase())
    await settle()
    expect(roadmap.items).toHaveLength(99)
    expect(roadmap.subGoals).toHaveLength(14)
    expect(roadmap.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5])
    expect(roadmap.goalSummaries).toHaveLength(5)
    expect(roadmap.actorPlans.length).toBeGreaterThan(0)
    const before = roadmap.items

    await datasets.setActive('bundled-veikart-2021')
    await settle()
    expect(roadmap.items).toHaveLength(34)
    expect(roadmap.items).not.toBe(before)
    // The 2021 veikart has no goals of its own: the strategy's are used.
    expect(roadmap.goals).toHaveLength(5)
  }, 60_000)

  it('gives the overview the stored summary; a dataset stored without one gets it worked out and kept', async () => {
    setActivePinia(createPinia())
    const datasets = useDatasetsStore()
    const roadmap = useRoadmapStore()
    await datasets.init(getDatabase())
    await datasets.setActive('bundled-tiltak-2024')
    await vi.waitFor(() => expect(roadmap.loadedId).toBe('bundled-tiltak-2024'), { timeout: 20_000 })
    const expected = () => withGoals(summariseDataset(roadmap.items, roadmap.subGoals), roadmap.goals)
    expect(roadmap.summaryId).toBe('bundled-tiltak-2024')
    expect(roadmap.overview?.itemCount).toBe(99)
    expect(roadmap.overview).toEqual(expected())
    // The facet panel's figures come with it, for the items loaded.
    expect(roadmap.facetSummary).toEqual(summariseFacets(roadmap.items))

    // As a dataset stored before version 4 of the database.
    const db = getDatabase()
    await db.summaries.delete('bundled-veikart-2021')
    await datasets.setActive('bundled-veikart-2021')
    await vi.waitFor(() => expect(roadmap.loadedId).toBe('bundled-veikart-2021'), { timeout: 20_000 })
    expect(roadmap.summaryId).toBe('bundled-veikart-2021')
    expect(roadmap.overview?.itemCount).toBe(34)
    expect(roadmap.overview).toEqual(expected())
    // Kept for the next visit (written after the view has its numbers).
    await vi.waitFor(async () => expect(await db.summaries.get('bundled-veikart-2021')).toBeDefined(), {
      timeout: 20_000,
    })
    const kept = await db.summaries.get('bundled-veikart-2021')
    expect(kept?.summary).toEqual(summariseDataset(roadmap.items, roadmap.subGoals))
    expect(roadmap.facetSummary).toEqual(summariseFacets(roadmap.items))
    expect(roadmap.facetSummary?.counts.goals.length).toBeGreaterThan(0)
  }, 60_000)
})
