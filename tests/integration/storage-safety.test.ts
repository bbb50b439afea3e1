/**
 * A dataset that will not fit is refused before anything is written (navigator.storage
 * .estimate() says so), and a write that fails half-way leaves earlier datasets as they were.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  estimateDatasetBytes,
  getDatasetContent,
  listDatasets,
  seedBundledOnFirstStart,
  StorageFullError,
  VeikartDatabase,
} from '@/db'
import { importFile } from '@/import/run-import'
import { loadBundledDatasets } from '@/import/bundled-data'
import { createImportSession } from '@/workers/import-session'

afterEach(() => vi.unstubAllGlobals())

const fixture = (name: string) => ({
  bytes: new Uint8Array(readFileSync(`tests/fixtures/${name}`)),
  fileName: name,
  options: {},
  goals: [],
})

function stubStorage(usage: number, quota: number): void {
  vi.stubGlobal('navigator', {
    storage: {
      estimate: () => Promise.resolve({ usage, quota }),
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(true),
    },
  })
}

describe('storage safety', () => {
  it('estimates a dataset’s size from its items, growing with them', async () => {
    const outcome = await importFile(readFileSync('data/tiltak-2024.csv'), {
      fileName: 'tiltak.csv',
      datasetId: 'd',
    })
    const content = outcome.content!
    const small = estimateDatasetBytes({ ...content, items: content.items.slice(0, 10) })
    const full = estimateDatasetBytes(content)
    expect(full).toBeGreaterThan(JSON.stringify(content.items).length)
    expect(full).toBeGreaterThan(small * 5)
  })

  it('refuses a dataset that will not fit before writing, with the sizes; earlier datasets intact', async () => {
    const db = new VeikartDatabase(`full-${Date.now()}`)
    await seedBundledOnFirstStart(db, () => loadBundledDatasets())
    const before = await Promise.all((await listDatasets(db)).map((d) => getDatasetContent(db, d.id)))
    const session = createImportSession(db)
    await session.analyse(fixture('veikart-export.csv'))
    stubStorage(10_000_000, 10_001_000) // 1 000 bytes left
    const error = await session.commit().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageFullError)
    expect((error as StorageFullError).available).toBe(1000)
    expect((error as StorageFullError).needed).toBeGreaterThan(1000)
    const after = await Promise.all((await listDatasets(db)).map((d) => getDatasetContent(db, d.id)))
    expect(after).toEqual(before)
    stubStorage(0, 1e9)
    await expect(session.commit()).resolves.toMatch(/^import-/)
    await db.delete()
  })
})
