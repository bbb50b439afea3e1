/**
 * The bundled start (src/import/bundled-start.json) is what the stores read once the worker has
 * stored the bundled data: the same list (but the import time) and the same overview, so the
 * stored data takes over from it on a first visit without a visible change.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterAll, describe, expect, it } from 'vitest'
import { getDatasetContent, getDatasetOverview, listDatasets, VeikartDatabase } from '@/db'
import { BUNDLED_DATA_VERSION } from '@/import/bundled-manifest'
import { bundledStart } from '@/import/bundled-start'
import { createImportSession } from '@/workers/import-session'

const name = `bundled-start-${Date.now()}`
afterAll(() => Dexie.delete(name))

describe('the bundled start against the stored bundled data', () => {
  it('lists the stored datasets in order and shows the stored overview', async () => {
    const start = bundledStart()
    if (!start) throw new Error('bundled-start.json was read for another version')
    const db = new VeikartDatabase(name)
    expect(await createImportSession(db).seedBundled(BUNDLED_DATA_VERSION)).toBe(true)
    const stored = (await listDatasets(db)).map(({ importedAt: _each, ...d }) => d)
    expect(start.datasets).toEqual(stored)

    const overview = await getDatasetOverview(db, start.overview.datasetId)
    // The start leaves out the facet panel's figures (the overview has none); the rest is the same.
    const { facets, ...numbers } = overview?.summary ?? {}
    expect(start.overview.summary).toEqual(numbers)
    expect(facets?.counts.goals.length).toBeGreaterThan(0)
    const strategy = await getDatasetContent(db, 'bundled-strategi-mal')
    expect(start.overview.goals).toEqual(overview?.goals.length ? overview.goals : strategy?.goals)
    db.close()
  }, 60_000)
})
