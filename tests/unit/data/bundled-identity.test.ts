import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import manifest from '../../../data/manifest.json'
import { loadBundledDatasets } from '@/import/bundled-data'

/**
 * Links name the bundled datasets by content, so their checksums must be the same on every
 * device, at every start: the SHA-256 of the files' bytes in data/, as a user importing the
 * same file gets (.gitattributes keeps checkouts from changing those bytes).
 */
describe('bundled data identity', () => {
  it('is the SHA-256 of each file in data/, the same at every load', async () => {
    const [first, second] = await Promise.all([
      loadBundledDatasets(new Date('2026-01-01T00:00:00Z')),
      loadBundledDatasets(new Date('2027-06-01T00:00:00Z')),
    ])
    const expected = manifest.datasets.map((d) =>
      createHash('sha256').update(readFileSync(`data/${d.file}`)).digest('hex'),
    )
    expect(first.map((c) => c.dataset.checksum)).toEqual(expected)
    expect(second.map((c) => c.dataset.checksum)).toEqual(expected)
  })
})
