/**
 * src/import/bundled-start.json, what a first visit draws before the bundled data is stored,
 * is a reading of data/ as it is now: the test fails when data/ or BUNDLED_DATA_VERSION changed
 * and `npm run bundled-start` was not run.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUNDLED_DATA_VERSION, loadBundledDatasets } from '@/import/bundled-data'
import { bundledStart } from '@/import/bundled-start'
import { BUNDLED_START_FILE, bundledStartOf, readBundledStart } from '../../../scripts/bundled-start'

describe('the bundled start (build-time summary of data/)', () => {
  it('is what data/ reads as now, through the worker’s files and through Node’s alike', async () => {
    const committed: unknown = JSON.parse(readFileSync(BUNDLED_START_FILE, 'utf8'))
    const asTheWorkerReadsIt = bundledStartOf(await loadBundledDatasets(), BUNDLED_DATA_VERSION)
    expect(committed, 'run scripts/bundled-start.ts').toEqual(asTheWorkerReadsIt)
    expect(await readBundledStart()).toEqual(asTheWorkerReadsIt)
    expect(bundledStart()).toEqual(committed)
  })

  it('names the datasets by content, as the stored ones are, and counts the items shown first', () => {
    const start = bundledStart()
    expect(start?.version).toBe(BUNDLED_DATA_VERSION)
    const tiltak = start?.datasets.find((d) => d.id === start.overview.datasetId)
    expect(tiltak?.kind).toBe('tiltak')
    expect(tiltak?.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(start?.overview.summary.itemCount).toBe(tiltak?.rowCount)
    expect(start?.overview.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5])
  })
})
