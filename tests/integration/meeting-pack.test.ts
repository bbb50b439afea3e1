import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  countStoredItems,
  getDatasetContent,
  listDatasets,
  listSavedViews,
  replaceSavedViews,
  seedBundledOnFirstStart,
  VeikartDatabase,
} from '@/db'
import type { SavedView } from '@/domain/saved-view'
import type { DatasetContent } from '@/domain/types'
import { datasetRefOf, datasetRefQuery } from '@/domain/view-link'
import { toBundleJson, toMeetingPackJson } from '@/export/bundle-json'
import { loadBundledDatasets } from '@/import/bundled-data'
import { createImportSession } from '@/workers/import-session'

const open: VeikartDatabase[] = []
async function seededDb(): Promise<VeikartDatabase> {
  const db = new VeikartDatabase(`pack-${open.length}-${Date.now()}`)
  open.push(db)
  await seedBundledOnFirstStart(db, () => loadBundledDatasets())
  return db
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

const encode = (text: string) => new TextEncoder().encode(text)

/** A device that imported the veikart export and saved three views on two datasets. */
async function presenter(): Promise<{ db: VeikartDatabase; pack: Uint8Array; views: SavedView[] }> {
  const db = await seededDb()
  const session = createImportSession(db)
  await session.analyse({
    bytes: new Uint8Array(readFileSync('tests/fixtures/veikart-export.csv')),
    fileName: 'veikart-export.csv',
    options: {},
    goals: [],
  })
  const veikart = (await getDatasetContent(db, await session.commit())) as DatasetContent
  const tiltak = (await getDatasetContent(db, 'bundled-tiltak-2024')) as DatasetContent
  const strategy = (await getDatasetContent(db, 'bundled-strategi-mal')) as DatasetContent
  const at = (n: number, title: string, path: string, query: Record<string, string>): SavedView => ({
    id: `view-${n}`,
    title,
    note: '',
    path,
    query,
    order: n,
    createdAt: '2026-01-01T00:00:00Z',
  })
  const views = [
    at(0, 'Tidslinje', '/tidslinje', datasetRefQuery(datasetRefOf(veikart.dataset))),
    at(1, 'Mål 2', '/tiltak', { mal: '2', ...datasetRefQuery(datasetRefOf(veikart.dataset)) }),
    at(2, 'Årsplan', '/ar/2024', datasetRefQuery(datasetRefOf(tiltak.dataset))),
  ]
  await replaceSavedViews(db, views)
  return { db, pack: encode(toMeetingPackJson([strategy, veikart, tiltak], views)), views }
}

describe('meeting pack: open', () => {
  it('stores only the datasets this device lacks, adds the views in order, and again adds nothing', async () => {
    const { pack, views } = await presenter()
    const db = await seededDb()
    const before = await listDatasets(db)
    const session = createImportSession(db)

    const first = await session.openPack({ bytes: pack, fileName: 'mote.json' })
    if (first.kind !== 'opened') throw new Error(first.kind)
    expect(first.result.datasets.map((d) => [d.title, d.added])).toEqual([
      ['Nasjonal e-helsestrategi 2023–2030: strategiske mål', false],
      ['Veikart 2026-08', true],
      ['Tiltak for 2024', false],
    ])
    expect(first.result).toMatchObject({ viewsAdded: 3, viewsKept: 0, firstSlide: 1 })
    const after = await listDatasets(db)
    expect(after).toHaveLength(before.length + 1)
    const veikart = after.find((d) => d.kind === 'veikart' && !d.bundled)
    expect(await countStoredItems(db, veikart?.id ?? '')).toBe(5)
    const stored = await listSavedViews(db)
    expect(stored.map((v) => [v.title, v.path, v.query.ds])).toEqual(
      views.map((v) => [v.title, v.path, v.query.ds]),
    )

    const second = await session.openPack({ bytes: pack, fileName: 'mote.json' })
    if (second.kind !== 'opened') throw new Error(second.kind)
    expect(second.result).toMatchObject({ viewsAdded: 0, viewsKept: 3, firstSlide: 1 })
    expect(second.result.datasets.every((d) => !d.added)).toBe(true)
    expect(await listDatasets(db)).toHaveLength(after.length)
    expect(await listSavedViews(db)).toHaveLength(3)
  })

  it('on the presenter’s own device adds nothing, even where the views name datasets by local id', async () => {
    const { db, pack, views } = await presenter()
    const veikartId = (await listDatasets(db)).find((d) => d.kind === 'veikart' && !d.bundled)?.id ?? ''
    // Views saved before content refs named the dataset by its local id.
    await replaceSavedViews(db, [{ ...views[0], query: { ds: veikartId } } as SavedView, ...views.slice(1)])
    const before = await listDatasets(db)
    const opened = await createImportSession(db).openPack({ bytes: pack, fileName: 'mote.json' })
    expect(opened).toMatchObject({ kind: 'opened', result: { viewsAdded: 0, firstSlide: 1 } })
    expect(await listDatasets(db)).toHaveLength(before.length)
  })

  it('starts at the pack’s first view when this device has views of its own', async () => {
    const { pack } = await presenter()
    const db = await seededDb()
    const own: SavedView = { id: 'mine', title: 'Min', note: '', path: '/mal', query: {}, order: 0, createdAt: '2026-01-01T00:00:00Z' }
    await replaceSavedViews(db, [own])
    const opened = await createImportSession(db).openPack({ bytes: pack, fileName: 'mote.json' })
    expect(opened).toMatchObject({ kind: 'opened', result: { viewsAdded: 3, firstSlide: 2 } })
    expect((await listSavedViews(db)).map((v) => v.title)).toEqual(['Min', 'Tidslinje', 'Mål 2', 'Årsplan'])
  }) // prettier-ignore

  it('leaves other files to the ordinary import, and writes nothing from an invalid pack', async () => {
    const db = await seededDb()
    const session = createImportSession(db)
    const csv = new Uint8Array(readFileSync('tests/fixtures/veikart-export.csv'))
    expect(await session.openPack({ bytes: csv, fileName: 'veikart-export.csv' })).toEqual({
      kind: 'not-pack',
    })
    const tiltak = (await getDatasetContent(db, 'bundled-tiltak-2024')) as DatasetContent
    const plain = encode(toBundleJson([tiltak]))
    expect(await session.openPack({ bytes: plain, fileName: 'b.json' })).toEqual({ kind: 'not-pack' })
    expect(await session.openPack({ bytes: encode('{ nope'), fileName: 'b.json' })).toEqual({
      kind: 'not-pack',
    })

    const { pack } = await presenter()
    const broken = JSON.parse(new TextDecoder().decode(pack)) as { views: { path: string }[] }
    broken.views[2] = { ...broken.views[2], path: 'javascript:alert(1)' }
    const [datasets, views] = [await db.datasets.count(), await db.savedViews.count()]
    const result = await session.openPack({ bytes: encode(JSON.stringify(broken)), fileName: 'b.json' })
    expect(result).toMatchObject({
      kind: 'invalid',
      issues: [{ code: 'bundle-invalid', detail: 'views[2]' }],
    })
    expect([await db.datasets.count(), await db.savedViews.count()]).toEqual([datasets, views])
  })
})
