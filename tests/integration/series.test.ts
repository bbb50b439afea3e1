// A dataset's series is a plain property of its stored record: set and cleared without a new
// schema version, leaving the rest of the record and its items as they were.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { getDatasetContent, listDatasets, putDatasetContent, setDatasetSeries, VeikartDatabase } from '@/db'
import { importFile } from '@/import/run-import'

const dbs: VeikartDatabase[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

async function store(db: VeikartDatabase, id: string): Promise<void> {
  const csv = 'Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;Eget tiltak;2025\n'
  const outcome = await importFile(new TextEncoder().encode(csv), { fileName: `${id}.csv`, datasetId: id })
  if (!outcome.content) throw new Error('fixture did not import')
  await putDatasetContent(db, outcome.content)
}

describe('setDatasetSeries', () => {
  it('puts datasets in a series and takes them out again', async () => {
    const db = new VeikartDatabase(`series-${Date.now()}`)
    dbs.push(db)
    await store(db, 'a')
    await store(db, 'b')
    const before = (await listDatasets(db)).find((d) => d.id === 'a')
    await setDatasetSeries(db, ['a', 'b', 'missing'], 'Tiltak')
    expect((await listDatasets(db)).map((d) => [d.id, d.series]).sort()).toEqual([
      ['a', 'Tiltak'],
      ['b', 'Tiltak'],
    ])
    await setDatasetSeries(db, ['a'], null)
    const after = (await listDatasets(db)).find((d) => d.id === 'a')
    expect(after).toEqual(before)
    expect('series' in (after ?? {})).toBe(false)
    expect((await getDatasetContent(db, 'a'))?.items).toHaveLength(1)
  })
})
