/**
 * The start without Dexie: on a device with stored data the datasets store is ready, and the
 * overview has its numbers, before src/db (Dexie) has loaded; on a first visit the overview draws
 * the bundled data's numbers read at build time while the normal path (Dexie, seeding) runs. `loadDb` is held back here until the test lets it through.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getDatabase, getDatasetContent, getDatasetOverview, setActiveDatasetId } from '@/db'
import type * as load from '@/db/load'
import { withGoals } from '@/domain/dataset-summary'
import { bundledStart } from '@/import/bundled-start'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined
  const state = { passed: new Promise<void>((resolve) => (open = resolve)), open: () => open() }
  return { reset: () => (state.passed = new Promise<void>((resolve) => (open = resolve))), state }
})
vi.mock('@/db/load', async (original) => {
  const actual = await original<typeof load>()
  return { loadDb: () => gate.state.passed.then(() => actual.loadDb()) }
})

const turns = async (n = 30) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

/**
 * Closes the app's database as a new page finds it: not open, and opening on first use (Dexie's
 * plain `close()` would refuse every later use, which no page load does).
 */
function closeAsANewPageFindsIt(db: Dexie): void {
  db.close({ disableAutoOpen: false })
}

beforeAll(async () => {
  await Dexie.delete('veikart')
})

describe('start without Dexie', () => {
  it('on a first visit shows the bundled overview read at build time while Dexie seeds, then the stored one, unchanged', async () => {
    gate.reset()
    setActivePinia(createPinia())
    const datasets = useDatasetsStore()
    const roadmap = useRoadmapStore()
    const starting = datasets.init()
    // What the first page shows is known while Dexie is held back: the app mounts then (start.ts).
    await datasets.startKnown()
    expect(datasets.startOverview).not.toBeNull()
    await turns()
    expect(datasets.status).toBe('loading')
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('veikart')
    // Nothing is stored yet, and Dexie is held back: the numbers come from the build.
    const start = bundledStart()!
    expect(datasets.datasets.map((d) => d.id)).toEqual(start.datasets.map((d) => d.id))
    expect(datasets.activeId).toBe('bundled-tiltak-2024')
    expect(roadmap.summaryId).toBe('bundled-tiltak-2024')
    const drawn = roadmap.overview
    expect(drawn).toEqual(withGoals(start.overview.summary, start.overview.goals))
    expect(drawn?.itemCount).toBeGreaterThan(0)
    const heading = datasets.activeDataset

    gate.state.open()
    await starting
    expect(datasets.status).toBe('ready')
    expect(datasets.startOverview).toBeNull()
    expect(datasets.activeId).toBe('bundled-tiltak-2024')
    await vi.waitFor(() => expect(roadmap.loadedId).toBe('bundled-tiltak-2024'), { timeout: 20_000 })
    // The stored summary and records are the same (the worker stamped them with the time shown):
    // the overview and its heading keep what they drew (nothing to draw again).
    expect(roadmap.overview).toBe(drawn)
    expect(datasets.activeDataset).toBe(heading)
    // What the next test starts from: the user has chosen another dataset.
    await setActiveDatasetId(getDatabase(), 'bundled-veikart-2021')
    closeAsANewPageFindsIt(getDatabase())
  }, 60_000)

  it('on a device with data shows the stored choice and the overview’s numbers before Dexie loads', async () => {
    const db = getDatabase()
    await db.open()
    const stored = await getDatasetOverview(db, 'bundled-veikart-2021')
    const strategyGoals = (await getDatasetContent(db, 'bundled-strategi-mal'))?.goals ?? []
    closeAsANewPageFindsIt(db)
    expect(stored?.summary?.itemCount).toBe(34)

    gate.reset()
    setActivePinia(createPinia())
    const datasets = useDatasetsStore()
    const roadmap = useRoadmapStore()
    void datasets.init()
    await datasets.startKnown()
    expect(datasets.status).toBe('ready')
    expect(datasets.activeId).toBe('bundled-veikart-2021')
    expect(datasets.strategyDataset?.id).toBe('bundled-strategi-mal')
    await vi.waitFor(() => expect(roadmap.summaryId).toBe('bundled-veikart-2021'))
    // The 2021 veikart has no goals of its own: the strategy's titles are used.
    expect(roadmap.overview).toEqual(withGoals(stored!.summary!, strategyGoals))
    expect(roadmap.loaded).toBe(false)

    gate.state.open()
    await vi.waitFor(() => expect(roadmap.loadedId).toBe('bundled-veikart-2021'), { timeout: 20_000 })
    expect(roadmap.items).toHaveLength(34)
    expect(roadmap.overview).toEqual(withGoals(stored!.summary!, strategyGoals))
  }, 60_000)
})
