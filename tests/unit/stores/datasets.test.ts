import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { putDatasetContent, VeikartDatabase } from '@/db'
import { importFile } from '@/import/run-import'
import { useDatasetsStore } from '@/stores/datasets'
import type * as importClient from '@/workers/import-client'
import { createImportSession } from '@/workers/import-session'

/** The database the store under test uses: the worker's session seeds that one (the worker is the boundary). */
const target = vi.hoisted(() => ({ db: null as VeikartDatabase | null }))
vi.mock('@/workers/import-client', async (original) => {
  const actual = await original<typeof importClient>()
  return {
    ...actual,
    createImportClient: () => ({
      ...actual.createImportClient(),
      seedBundled: (version: string) => createImportSession(target.db!).seedBundled(version),
    }),
  }
})

let counter = 0
const open: VeikartDatabase[] = []
function freshDb(): VeikartDatabase {
  const db = new VeikartDatabase(`datasets-store-${++counter}-${Date.now()}`)
  open.push(db)
  target.db = db
  return db
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})
beforeEach(() => setActivePinia(createPinia()))

async function userDataset(db: VeikartDatabase, id: string, title: string): Promise<void> {
  const csv = 'Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;Eget tiltak;2025\n'
  const outcome = await importFile(new TextEncoder().encode(csv), {
    fileName: `${title}.csv`,
    datasetId: id,
    now: new Date('2099-01-01T00:00:00Z'),
  })
  if (!outcome.content) throw new Error('fixture did not import')
  await putDatasetContent(db, { ...outcome.content, dataset: { ...outcome.content.dataset, title } })
}

describe('datasets store', () => {
  it('seeds the bundled data on first start and shows the 2024 tiltak table', async () => {
    const store = useDatasetsStore()
    expect(store.status).toBe('idle')
    await store.init(freshDb())
    expect(store.status).toBe('ready')
    expect(store.activeId).toBe('bundled-tiltak-2024')
    expect(store.itemDatasets.every((d) => d.kind !== 'strategy' && d.kind !== 'portfolio')).toBe(true)
    expect(store.strategyDataset?.id).toBe('bundled-strategi-mal')
  }, 60_000)

  it('remembers the chosen dataset on this device and ignores an unknown id', async () => {
    const db = freshDb()
    const store = useDatasetsStore()
    await store.init(db)
    await store.setActive('no-such-dataset')
    expect(store.activeId).toBe('bundled-tiltak-2024')
    await store.setActive('bundled-veikart-2021')
    expect(store.activeDataset?.id).toBe('bundled-veikart-2021')

    setActivePinia(createPinia())
    const later = useDatasetsStore()
    await later.init(db)
    expect(later.activeId).toBe('bundled-veikart-2021')
  }, 60_000)

  it('renames unless the title is taken or blank, and picks another dataset when the active one is deleted', async () => {
    const db = freshDb()
    const store = useDatasetsStore()
    await store.init(db)
    await userDataset(db, 'mine', 'Mine tiltak')
    await userDataset(db, 'theirs', 'Andres tiltak')
    await store.reload()
    expect(await store.rename('mine', '  Våre tiltak ')).toBe(true)
    expect(store.datasets.find((d) => d.id === 'mine')?.title).toBe('Våre tiltak')
    expect(await store.rename('mine', 'Andres tiltak')).toBe(false)
    expect(await store.rename('mine', '   ')).toBe(false)
    expect(store.datasets.find((d) => d.id === 'mine')?.title).toBe('Våre tiltak')

    await store.setActive('mine')
    await store.remove('mine')
    expect(store.datasets.some((d) => d.id === 'mine')).toBe(false)
    expect(store.activeId).not.toBeNull()
    expect(store.activeId).not.toBe('mine')
  }, 60_000)

  it('reports a database that will not open instead of throwing', async () => {
    const db = freshDb()
    db.open = (() => Promise.reject(new Error('blocked by another tab'))) as unknown as typeof db.open
    const store = useDatasetsStore()
    await store.init(db)
    expect(store.status).toBe('error')
    expect(store.errorMessage).toBe('blocked by another tab')
  })
})
