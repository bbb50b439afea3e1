/**
 * The import session writes the bundled datasets (the page asks the import worker to): all of
 * them on first start, a newer reading once per version, nothing when the device is up to date.
 */
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { listDatasets, needsBundledData, VeikartDatabase } from '@/db'
import { BUNDLED_DATA_VERSION, BUNDLED_DATASET_IDS } from '@/import/bundled-manifest'
import { createImportSession } from '@/workers/import-session'

const open: VeikartDatabase[] = []
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

describe('seeding the bundled data in the import session', () => {
  it('writes every bundled dataset on first start, then nothing until the version changes', async () => {
    const db = new VeikartDatabase(`seed-${Date.now()}`)
    open.push(db)
    await db.open()
    expect(await needsBundledData(db, BUNDLED_DATA_VERSION)).toBe(true)

    const session = createImportSession(db)
    expect(await session.seedBundled(BUNDLED_DATA_VERSION)).toBe(true)
    expect((await listDatasets(db)).map((d) => d.id).sort()).toEqual([...BUNDLED_DATASET_IDS].sort())
    expect(await needsBundledData(db, BUNDLED_DATA_VERSION)).toBe(false)
    expect(await session.seedBundled(BUNDLED_DATA_VERSION)).toBe(false)

    // A new release's reading: needed once, written once.
    expect(await needsBundledData(db, 'next-release')).toBe(true)
    expect(await session.seedBundled('next-release')).toBe(true)
    expect(await needsBundledData(db, 'next-release')).toBe(false)
  })
})
