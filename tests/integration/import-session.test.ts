import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  countStoredItems,
  getDatasetContent,
  listDatasets,
  listSavedViews,
  seedBundledOnFirstStart,
  VeikartDatabase,
  WriteCancelledError,
} from '@/db'
import { toBundleJson } from '@/export/bundle-json'
import { loadBundledDatasets } from '@/import/bundled-data'
import { createImportSession } from '@/workers/import-session'

const open: VeikartDatabase[] = []
async function seededDb(): Promise<VeikartDatabase> {
  const db = new VeikartDatabase(`session-${open.length}-${Date.now()}`)
  open.push(db)
  await seedBundledOnFirstStart(db, () => loadBundledDatasets())
  return db
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

const fixture = (name: string) => ({
  bytes: new Uint8Array(readFileSync(`tests/fixtures/${name}`)),
  fileName: name,
  options: {},
  goals: [],
})

describe('import session: analyse → commit', () => {
  it('reports, then stores only the valid rows as a new dataset with the chosen title', async () => {
    const db = await seededDb()
    const session = createImportSession(db)
    const report = await session.analyse(fixture('veikart-export.csv'))
    expect(report).toMatchObject({ tableKind: 'veikart', rowCount: 8, errorCount: 3, warningCount: 5, errorRows: [7, 8, 9], duplicateOf: null })
    expect(report.counts.items).toBe(5)
    const progress: number[] = []
    const id = await session.commit({ meta: { title: 'Min import' }, onProgress: (p) => progress.push(p.done) })
    expect(progress).toEqual([5])
    const stored = (await listDatasets(db)).find((d) => d.id === id)
    expect(stored).toMatchObject({ title: 'Min import', kind: 'veikart', asOf: '2026-08' })
    expect(await countStoredItems(db, id)).toBe(5)
  }) // prettier-ignore

  it('recognises a file imported before by its checksum', async () => {
    const db = await seededDb()
    const session = createImportSession(db)
    await session.analyse(fixture('utf8-bom.csv'))
    const id = await session.commit()
    const again = await session.analyse(fixture('utf8-bom.csv'))
    expect(again.duplicateOf).toMatchObject({ id, title: 'utf8 bom' })
  })

  it('rolls the whole write back when cancelled between chunks', async () => {
    const db = await seededDb()
    const session = createImportSession(db)
    await session.analyse(fixture('veikart-export.csv'))
    const [datasetsBefore, itemsBefore] = [await db.datasets.count(), await countStoredItems(db)]
    let checks = 0
    // Cancel once the items are written but before the transaction ends: all must roll back.
    const commit = session.commit({ isCancelled: () => ++checks > 1, onProgress: () => undefined })
    await expect(commit).rejects.toBeInstanceOf(WriteCancelledError)
    expect(await db.datasets.count()).toBe(datasetsBefore)
    expect(await countStoredItems(db)).toBe(itemsBefore)
  })

  it('stores the saved views a bundle carries, in the same transaction, and exports them again', async () => {
    const db = await seededDb()
    const tiltak = (await loadBundledDatasets())[1]
    if (!tiltak) throw new Error('no bundled tiltak')
    const view = {
      id: 'v',
      title: 'Mål 5',
      note: 'n',
      path: '/tiltak',
      query: { mal: '5', ds: tiltak.dataset.id },
      order: 0,
      createdAt: '2026-01-01T00:00:00Z',
    }
    const bytes = new TextEncoder().encode(toBundleJson([{ ...tiltak, savedViews: [view] }]))
    const session = createImportSession(db)
    await session.analyse({ bytes, fileName: 'b.json', options: {}, goals: [] })
    const id = await session.commit()
    // The views name the dataset by content: the bundled table's identity, kept by the bundle.
    const ref = `tiltak.${tiltak.dataset.checksum.slice(0, 16)}`
    expect((await listSavedViews(db)).map((v) => [v.title, v.query.ds])).toEqual([['Mål 5', ref]])
    expect((await getDatasetContent(db, id))?.savedViews?.map((v) => v.title)).toEqual(['Mål 5'])
    // The same bundle again: its dataset is recognised, and its view is not added twice.
    const again = await session.analyse({ bytes, fileName: 'b.json', options: {}, goals: [] })
    expect(again.duplicateOf?.id).toBe('bundled-tiltak-2024')
    await session.commit()
    expect((await listSavedViews(db)).map((v) => v.title)).toEqual(['Mål 5'])
  })

  it('a dataset imported from a bundle keeps the identity of the dataset it was exported from', async () => {
    const db = await seededDb()
    const session = createImportSession(db)
    await session.analyse(fixture('veikart-export.csv'))
    const original = await getDatasetContent(db, await session.commit())
    if (!original) throw new Error('not stored')
    const bytes = new TextEncoder().encode(toBundleJson([original]))
    // Another device: only the bundled data, then A's bundle.
    const other = await seededDb()
    const there = createImportSession(other)
    const report = await there.analyse({ bytes, fileName: 'a.json', options: {}, goals: [] })
    expect(report.duplicateOf).toBeNull()
    const id = await there.commit()
    const copy = (await listDatasets(other)).find((d) => d.id === id)
    expect(copy).toMatchObject({
      kind: 'veikart',
      checksum: original.dataset.checksum,
      title: 'Veikart 2026-08',
    })
    expect(copy?.id).not.toBe(original.dataset.id)
    expect(await countStoredItems(other, id)).toBe(5)
  })

  it('refuses to commit before an analysis', async () => {
    const session = createImportSession(await seededDb())
    await expect(session.commit()).rejects.toThrow('Nothing to commit')
  })
})
