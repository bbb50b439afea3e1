/**
 * A dataset's items are read by a range of primary keys (`<datasetId>/…`), the fast path at
 * 100 000 items; items stored under other ids are still all read (the index, as before), and a
 * dataset whose id is a prefix of another's does not take the other's items.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { getDatasetContent, putDatasetContent, VeikartDatabase } from '@/db'
import type { DatasetContent } from '@/domain/types'
import { importFile } from '@/import/run-import'

const open: VeikartDatabase[] = []
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

async function content(datasetId: string): Promise<DatasetContent> {
  const outcome = await importFile(new Uint8Array(readFileSync('tests/fixtures/veikart-export.csv')), {
    fileName: 'veikart-export.csv',
    datasetId,
  })
  return outcome.content!
}

describe('reading a dataset’s items', () => {
  it('reads every item, in source order, and none of a dataset whose id it prefixes', async () => {
    const db = new VeikartDatabase(`items-read-${Date.now()}`)
    open.push(db)
    const a = await content('ds')
    const b = await content('ds-2')
    await putDatasetContent(db, a)
    await putDatasetContent(db, b)
    const read = await getDatasetContent(db, 'ds')
    expect(read?.items.map((i) => i.id)).toEqual(a.items.map((i) => i.id))
    expect(read?.items.every((i) => i.datasetId === 'ds')).toBe(true)
  })

  it('still reads items whose ids do not start with the dataset id', async () => {
    const db = new VeikartDatabase(`items-read-odd-${Date.now()}`)
    open.push(db)
    const a = await content('ds')
    const odd = { ...a, items: a.items.map((i, n) => (n % 2 ? { ...i, id: `other-${i.key}` } : i)) }
    await putDatasetContent(db, odd)
    const read = await getDatasetContent(db, 'ds')
    expect(read?.items.map((i) => i.id)).toEqual(odd.items.map((i) => i.id))
  })
})
