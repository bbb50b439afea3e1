/**
 * «Eksporter alle datasett» → the file opened on another device: every dataset of the backup is
 * restored (portfolio tables too), the ones already here (by content checksum) are skipped, and
 * an invalid backup stores nothing.
 */
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { getDatasetContent, listDatasets, seedBundledOnFirstStart, VeikartDatabase } from '@/db'
import type { DatasetContent } from '@/domain/types'
import { toBundleJson } from '@/export/bundle-json'
import { loadBundledDatasets } from '@/import/bundled-data'
import { createImportSession } from '@/workers/import-session'

const open: VeikartDatabase[] = []
async function seededDb(): Promise<VeikartDatabase> {
  const db = new VeikartDatabase(`backup-${open.length}-${Date.now()}`)
  open.push(db)
  await seedBundledOnFirstStart(db, () => loadBundledDatasets())
  return db
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete()
})

async function importFixture(db: VeikartDatabase, fixture: string, title: string): Promise<void> {
  const session = createImportSession(db)
  await session.analyse({
    bytes: new Uint8Array(readFileSync(`tests/fixtures/${fixture}`)),
    fileName: fixture,
    options: { title },
    goals: [],
  })
  await session.commit({ meta: { title } })
}

/** What "export all" writes on a device with the bundled data and two imports. */
async function backupOf(db: VeikartDatabase): Promise<{ bytes: Uint8Array; contents: DatasetContent[] }> {
  const contents: DatasetContent[] = []
  for (const d of await listDatasets(db)) contents.push((await getDatasetContent(db, d.id)) as DatasetContent)
  return { bytes: new TextEncoder().encode(toBundleJson(contents)), contents }
}

/** Title → (items, portfolio measures) of every dataset on a device. */
async function inventory(db: VeikartDatabase): Promise<Record<string, [number, number]>> {
  const result: Record<string, [number, number]> = {}
  for (const d of await listDatasets(db)) {
    const content = (await getDatasetContent(db, d.id)) as DatasetContent
    result[d.title] = [content.items.length, content.portfolio?.measures.length ?? 0]
  }
  return result
}

describe('backup restore («Eksporter alle datasett»)', () => {
  it('restores every dataset of the backup, skipping the ones already here, and says which', async () => {
    const source = await seededDb()
    await importFixture(source, 'veikart-export.csv', 'Veikart fra eksport')
    await importFixture(source, 'utf8-bom.csv', 'Lite veikart')
    const { bytes, contents } = await backupOf(source)
    expect(contents.length).toBeGreaterThan(3)

    const target = await seededDb()
    const opened = await createImportSession(target).openPack({ bytes, fileName: 'backup.json' })
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    expect(opened.backup).toBe(true)
    // Restored, not presented.
    expect(opened.result.firstSlide).toBeNull()
    const added = opened.result.datasets.filter((d) => d.added).map((d) => d.title)
    expect(added.sort()).toEqual(['Lite veikart', 'Veikart fra eksport'])
    const skipped = opened.result.datasets.filter((d) => !d.added)
    expect(skipped).toHaveLength(contents.length - 2)
    // Same datasets, same item counts (and portfolio tables) as on the device backed up.
    expect(await inventory(target)).toEqual(await inventory(source))

    // Again: everything is here, nothing is added.
    const again = await createImportSession(target).openPack({ bytes, fileName: 'backup.json' })
    if (again.kind !== 'opened') throw new Error(again.kind)
    expect(again.result.datasets.every((d) => !d.added)).toBe(true)
    expect(await listDatasets(target)).toHaveLength(contents.length)
  })

  it('restores the bundled portfolio datasets on a device that has deleted them', async () => {
    const source = await seededDb()
    const { bytes } = await backupOf(source)
    const target = new VeikartDatabase(`backup-empty-${Date.now()}`)
    open.push(target)
    await target.open()
    const opened = await createImportSession(target).openPack({ bytes, fileName: 'backup.json' })
    if (opened.kind !== 'opened') throw new Error(opened.kind)
    expect(opened.result.datasets.every((d) => d.added)).toBe(true)
    expect(await inventory(target)).toEqual(await inventory(source))
    const kinds = (await listDatasets(target)).map((d) => d.kind)
    expect(kinds).toContain('portfolio')
  })

  it('an invalid dataset anywhere in the backup stores nothing', async () => {
    const source = await seededDb()
    await importFixture(source, 'utf8-bom.csv', 'Lite veikart')
    const { contents } = await backupOf(source)
    const broken = JSON.parse(toBundleJson(contents)) as { datasets: { items: unknown[] }[] }
    broken.datasets.at(-1)?.items.push({ nonsense: true })
    const bytes = new TextEncoder().encode(JSON.stringify(broken))
    const target = await seededDb()
    const before = await inventory(target)
    const opened = await createImportSession(target).openPack({ bytes, fileName: 'backup.json' })
    expect(opened.kind).toBe('invalid')
    expect(await inventory(target)).toEqual(before)
  })
})
