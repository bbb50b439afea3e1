/**
 * Reads and writes whole datasets. Every write is one transaction: a dataset is stored
 * completely or not at all, and other datasets are never touched.
 */
import type { MeetingPack } from '@/formats/bundle/bundle'
import { titleKey, uniqueTitle } from '@/domain/dataset-title'
import { viewIdentity, type SavedView } from '@/domain/saved-view'
import type { Dataset, DatasetContent, DatasetKind } from '@/domain/types'
import { datasetMatchesRef, parseDatasetRef, sameDatasetIdentity, withContentRef } from '@/domain/view-link'
import type { VeikartDatabase } from './database'
import { contentTables, deleteRowsOf, summaryOf, writeContent, writeRowsExceptItems } from './dataset-rows'
import { convertLegacyItems, ITEMS_PER_CHUNK, readItems, toChunks } from './item-store'
import { META_KEYS } from './meta-keys'
import { readPortfolioOf } from './portfolio-store'

const ACTIVE_KEY = META_KEYS.activeDatasetId

/** All datasets, newest import first. */
export async function listDatasets(db: VeikartDatabase): Promise<Dataset[]> {
  return db.datasets.orderBy('importedAt').reverse().toArray()
}

/**
 * One dataset with everything it holds, or `null`. Items stored before version 5 are moved into
 * chunks after this first read (item-store.ts); should that fail, they are read as before next time.
 */
export async function getDatasetContent(db: VeikartDatabase, id: string): Promise<DatasetContent | null> {
  const read = await db.transaction('r', [...contentTables(db), db.savedViews], async () => {
    const dataset = await db.datasets.get(id)
    if (!dataset) return null
    const [storedGoals, subGoals, stored, indicators, measurements] = await Promise.all([
      db.goals.where('datasetId').equals(id).toArray(),
      db.subGoals.where('datasetId').equals(id).toArray(),
      readItems(db, id),
      db.indicators.where('datasetId').equals(id).toArray(),
      db.measurements.where('datasetId').equals(id).toArray(),
    ])
    const goals = storedGoals
      .map(({ datasetId: _unused, ...goal }) => goal)
      .sort((a, b) => a.number - b.number)
    const items = stored.items.sort((a, b) => a.source.row - b.source.row)
    const content: DatasetContent = { dataset, goals, subGoals, items, indicators, measurements }
    if (dataset.kind === 'portfolio') content.portfolio = await readPortfolioOf(db, id)
    const savedViews = (await db.savedViews.orderBy('order').toArray()).filter((v) => {
      const ref = parseDatasetRef(v.query)
      return ref !== null && datasetMatchesRef(dataset, ref)
    })
    if (savedViews.length > 0) content.savedViews = savedViews
    return { content, legacy: stored.legacy }
  })
  if (read?.legacy) await convertLegacyItems(db, id, read.content.items).catch(() => undefined)
  return read?.content ?? null
}

/** The dataset whose file had this checksum, if any: a re-import of the same file. */
export async function findDatasetByChecksum(db: VeikartDatabase, checksum: string): Promise<Dataset | null> {
  return (await db.datasets.where('checksum').equals(checksum).first()) ?? null
}

export interface WriteProgress {
  done: number
  total: number
}

/** Thrown inside the write transaction when the user cancels; the transaction rolls back. */
export class WriteCancelledError extends Error {
  constructor() {
    super('Import cancelled')
    this.name = 'WriteCancelledError'
  }
}

/**
 * Stores a new dataset in one transaction, its items chunk by chunk (`chunkSize` items each) so
 * progress can be reported and a cancel honoured between chunks. Any failure (quota, cancel)
 * rolls the whole write back.
 */
export async function addDatasetContent(
  db: VeikartDatabase,
  content: DatasetContent,
  options: { chunkSize?: number; onProgress?: (p: WriteProgress) => void; isCancelled?: () => boolean } = {},
): Promise<void> {
  const { chunkSize = ITEMS_PER_CHUNK, onProgress, isCancelled } = options
  const { dataset, items } = content
  const total = items.length
  const summary = summaryOf(content)
  await db.transaction('rw', [...contentTables(db), db.savedViews], async () => {
    if (content.savedViews?.length) {
      // Views already here (the same bundle imported before) are not added twice.
      const fresh = await newViews(db, content.savedViews, [dataset])
      const after = await db.savedViews.count()
      await db.savedViews.bulkAdd(fresh.map((v, i) => ({ ...v, order: after + i })))
    }
    // Checked inside the transaction, so two tabs importing at once cannot both take a title.
    const titles = (await db.datasets.toArray()).map((d) => d.title)
    const title = uniqueTitle(dataset.title, titles)
    await writeRowsExceptItems(db, { ...content, dataset: { ...dataset, title } }, summary)
    for (const chunk of toChunks(dataset.id, items, chunkSize)) {
      if (isCancelled?.()) throw new WriteCancelledError()
      await db.itemChunks.add(chunk)
      onProgress?.({ done: Math.min((chunk.index + 1) * chunkSize, total), total })
    }
    if (isCancelled?.()) throw new WriteCancelledError()
  })
}

/** Identity of a view, its dataset named by content wherever this device can resolve it. */
function identityAmong(datasets: readonly Dataset[]) {
  return (view: SavedView) => viewIdentity({ ...view, query: withContentRef(view.query, datasets) })
}

/** The views of `incoming` that are not here yet (nor twice in `incoming`). */
async function newViews(
  db: VeikartDatabase,
  incoming: readonly SavedView[],
  extraDatasets: readonly Dataset[] = [],
): Promise<SavedView[]> {
  const identity = identityAmong([...(await db.datasets.toArray()), ...extraDatasets])
  const seen = new Set((await db.savedViews.toArray()).map(identity))
  return incoming.filter((v) => {
    const key = identity(v)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** What opening a meeting pack did. */
export interface PackResult {
  /** Each dataset of the pack: stored now, or already here (under `id`). */
  datasets: { id: string; title: string; kind: DatasetKind; added: boolean }[]
  viewsAdded: number
  /** Views of the pack that were here already. */
  viewsKept: number
  /** 1-based position of the pack's first view in the presentation; null when it has none. */
  firstSlide: number | null
}

/**
 * Opens a meeting pack in one transaction: stores the datasets this device lacks (by content
 * identity, so one already here, bundled or imported, is used as it is) and appends the views
 * that are not here yet, in the pack's order.
 */
export async function addMeetingPack(db: VeikartDatabase, pack: MeetingPack): Promise<PackResult> {
  return db.transaction('rw', [...contentTables(db), db.savedViews], async () => {
    const here = await db.datasets.toArray()
    const datasets: PackResult['datasets'] = []
    for (const content of pack.datasets) {
      const twin = here.find((d) => sameDatasetIdentity(d, content.dataset))
      if (twin) {
        datasets.push({ id: twin.id, title: twin.title, kind: twin.kind, added: false })
        continue
      }
      // Titles stay unique on the device (a restored dataset may share a name with one here).
      const title = uniqueTitle(
        content.dataset.title,
        here.map((d) => d.title),
      )
      const dataset = { ...content.dataset, title }
      await writeContent(db, { ...content, dataset })
      here.push(dataset)
      const { id, kind } = dataset
      datasets.push({ id, title, kind, added: true })
    }
    const identity = identityAmong(here)
    const views = await db.savedViews.orderBy('order').toArray()
    const position = new Map(views.map((v, i) => [identity(v), i]))
    let firstSlide: number | null = null
    let viewsAdded = 0
    for (const view of pack.views) {
      const key = identity(view)
      let index = position.get(key)
      if (index === undefined) {
        index = views.length
        const stored: SavedView = { ...view, id: `view-${crypto.randomUUID()}`, order: index }
        views.push(stored)
        position.set(key, index)
        await db.savedViews.add(stored)
        viewsAdded++
      }
      firstSlide ??= index + 1
    }
    return { datasets, viewsAdded, viewsKept: pack.views.length - viewsAdded, firstSlide }
  })
}

/** Stores a dataset, replacing one with the same id; all or nothing. */
export async function putDatasetContent(db: VeikartDatabase, content: DatasetContent): Promise<void> {
  const summary = summaryOf(content)
  // An async scope, so Dexie waits for it (a plain function returning the write's promise could
  // end in PrematureCommitError once the last request, a large chunk, had completed).
  await db.transaction('rw', contentTables(db), async () => {
    await writeContent(db, content, summary)
  })
}

/** Deletes a dataset and everything it holds; all or nothing. */
export async function deleteDataset(db: VeikartDatabase, id: string): Promise<void> {
  await db.transaction('rw', contentTables(db), async () => {
    await deleteRowsOf(db, id)
  })
}

/** Thrown when a rename would give a dataset another dataset's title. */
export class DuplicateTitleError extends Error {
  constructor(readonly title: string) {
    super(`Another dataset is called "${title}"`)
    this.name = 'DuplicateTitleError'
  }
}

/** Renames a dataset; nothing else changes. Refuses another dataset's title. */
export async function renameDataset(db: VeikartDatabase, id: string, title: string): Promise<void> {
  await db.transaction('rw', db.datasets, async () => {
    const others = (await db.datasets.toArray()).filter((d) => d.id !== id)
    if (others.some((d) => titleKey(d.title) === titleKey(title))) throw new DuplicateTitleError(title)
    await db.datasets.update(id, { title })
  })
}

/** The dataset the user last chose, if stored. */
export async function getActiveDatasetId(db: VeikartDatabase): Promise<string | null> {
  return (await db.meta.get(ACTIVE_KEY))?.value ?? null
}

export async function setActiveDatasetId(db: VeikartDatabase, id: string): Promise<void> {
  await db.meta.put({ key: ACTIVE_KEY, value: id })
}

/** Saved views in presentation order. */
export async function listSavedViews(db: VeikartDatabase): Promise<SavedView[]> {
  return db.savedViews.orderBy('order').toArray()
}

/** Replaces the whole list of saved views in one transaction (used for reorder, rename, delete). */
export async function replaceSavedViews(db: VeikartDatabase, views: readonly SavedView[]): Promise<void> {
  await db.transaction('rw', db.savedViews, async () => {
    await db.savedViews.clear()
    await db.savedViews.bulkAdd([...views])
  })
}
