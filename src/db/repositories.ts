/**
 * Reads and writes whole datasets. Every write is one transaction: a dataset is stored
 * completely or not at all, and other datasets are never touched.
 */
import { pushAll } from '@/domain/array'
import type { MeetingPack } from '@/formats/bundle/bundle'
import { summariseDataset, type DatasetSummary } from '@/domain/dataset-summary'
import { titleKey, uniqueTitle } from '@/domain/dataset-title'
import { viewIdentity, type SavedView } from '@/domain/saved-view'
import type { Dataset, DatasetContent, DatasetKind, RoadmapItem } from '@/domain/types'
import { datasetMatchesRef, parseDatasetRef, sameDatasetIdentity, withContentRef } from '@/domain/view-link'
import type { PortfolioContent } from '@/domain/portfolio'
import type { VeikartDatabase } from './database'

const SEEDED_KEY = 'bundledSeeded'
const BUNDLED_VERSION_KEY = 'bundledDataVersion'
/** Ids of the bundled datasets this device has been given (JSON list), so new ones come once. */
const BUNDLED_SEEN_KEY = 'bundled-seen'
/** The bundled datasets of the first release, before BUNDLED_SEEN_KEY was kept. */
const FIRST_BUNDLED_IDS = ['bundled-strategi-mal', 'bundled-tiltak-2024', 'bundled-veikart-2021']
const ACTIVE_KEY = 'activeDatasetId'

/** The tables that hold a dataset's content. */
function contentTables(db: VeikartDatabase) {
  return [
    db.datasets,
    db.goals,
    db.subGoals,
    db.items,
    db.indicators,
    db.measurements,
    db.summaries,
    ...portfolioTables(db),
  ]
}

function portfolioTables(db: VeikartDatabase) {
  return [
    db.portfolioMeasures,
    db.portfolioDependencies,
    db.runningCosts,
    db.portfolioRounds,
    db.councilDecisions,
  ]
}

async function readPortfolioOf(db: VeikartDatabase, id: string): Promise<PortfolioContent> {
  const [measures, dependencies, costs, rounds, decisions] = await Promise.all([
    db.portfolioMeasures.where('datasetId').equals(id).toArray(),
    db.portfolioDependencies.where('datasetId').equals(id).toArray(),
    db.runningCosts.where('datasetId').equals(id).toArray(),
    db.portfolioRounds.where('datasetId').equals(id).toArray(),
    db.councilDecisions.where('datasetId').equals(id).toArray(),
  ])
  const bySourceRow = (a: { source: { row: number } }, b: { source: { row: number } }) =>
    a.source.row - b.source.row
  return {
    measures: measures.sort(bySourceRow),
    dependencies: dependencies.sort(bySourceRow),
    costs: costs.sort(bySourceRow),
    rounds: rounds.sort(bySourceRow),
    decisions: decisions.sort(bySourceRow),
  }
}

async function writePortfolio(db: VeikartDatabase, portfolio: PortfolioContent | undefined): Promise<void> {
  if (!portfolio) return
  await db.portfolioMeasures.bulkAdd(portfolio.measures)
  await db.portfolioDependencies.bulkAdd(portfolio.dependencies)
  await db.runningCosts.bulkAdd(portfolio.costs)
  await db.portfolioRounds.bulkAdd(portfolio.rounds)
  await db.councilDecisions.bulkAdd(portfolio.decisions)
}

/** All datasets, newest import first. */
export async function listDatasets(db: VeikartDatabase): Promise<Dataset[]> {
  return db.datasets.orderBy('importedAt').reverse().toArray()
}

/**
 * The items of a dataset. Their ids start with `<datasetId>/` (item-builder, bundles), so a range
 * of primary keys reads them in one sequential scan; the `datasetId` index looks every record up
 * by its key, which at 100 000 items was most of a view's first render. Should an id ever not
 * follow the rule, the count tells, and the index reads them all.
 */
async function itemsOf(db: VeikartDatabase, id: string): Promise<RoadmapItem[]> {
  const [byKey, count] = await Promise.all([
    db.items.where('id').between(`${id}/`, `${id}/\uffff`, true, true).toArray(),
    db.items.where('datasetId').equals(id).count(),
  ])
  if (byKey.length === count && byKey.every((item) => item.datasetId === id)) return byKey
  return db.items.where('datasetId').equals(id).toArray()
}

/** One dataset with everything it holds, or `null`. */
export async function getDatasetContent(db: VeikartDatabase, id: string): Promise<DatasetContent | null> {
  return db.transaction('r', [...contentTables(db), db.savedViews], async () => {
    const dataset = await db.datasets.get(id)
    if (!dataset) return null
    const [storedGoals, subGoals, items, indicators, measurements] = await Promise.all([
      db.goals.where('datasetId').equals(id).toArray(),
      db.subGoals.where('datasetId').equals(id).toArray(),
      itemsOf(db, id),
      db.indicators.where('datasetId').equals(id).toArray(),
      db.measurements.where('datasetId').equals(id).toArray(),
    ])
    const goals = storedGoals
      .map(({ datasetId: _unused, ...goal }) => goal)
      .sort((a, b) => a.number - b.number)
    items.sort((a, b) => a.source.row - b.source.row)
    const content: DatasetContent = { dataset, goals, subGoals, items, indicators, measurements }
    if (dataset.kind === 'portfolio') content.portfolio = await readPortfolioOf(db, id)
    const savedViews = (await db.savedViews.orderBy('order').toArray()).filter((v) => {
      const ref = parseDatasetRef(v.query)
      return ref !== null && datasetMatchesRef(dataset, ref)
    })
    if (savedViews.length > 0) content.savedViews = savedViews
    return content
  })
}

/** The dataset whose file had this checksum, if any: a re-import of the same file. */
export async function findDatasetByChecksum(db: VeikartDatabase, checksum: string): Promise<Dataset | null> {
  return (await db.datasets.where('checksum').equals(checksum).first()) ?? null
}

async function deleteRowsOf(db: VeikartDatabase, id: string): Promise<void> {
  await Promise.all([
    db.goals.where('datasetId').equals(id).delete(),
    db.subGoals.where('datasetId').equals(id).delete(),
    db.items.where('datasetId').equals(id).delete(),
    db.indicators.where('datasetId').equals(id).delete(),
    db.measurements.where('datasetId').equals(id).delete(),
    db.summaries.delete(id),
    ...portfolioTables(db).map((t) => t.where('datasetId').equals(id).delete()),
    db.datasets.delete(id),
  ])
}

/** The summary stored with a dataset's content (worked out before its write transaction). */
function summaryOf(content: DatasetContent): { datasetId: string; summary: DatasetSummary } {
  return { datasetId: content.dataset.id, summary: summariseDataset(content.items, content.subGoals) }
}

async function writeContent(
  db: VeikartDatabase,
  content: DatasetContent,
  summary = summaryOf(content),
): Promise<void> {
  const { dataset, goals, subGoals, items, indicators, measurements } = content
  await deleteRowsOf(db, dataset.id)
  await db.datasets.add(dataset)
  await db.summaries.add(summary)
  await db.goals.bulkAdd(goals.map((g) => ({ ...g, datasetId: dataset.id })))
  await db.subGoals.bulkAdd(subGoals)
  await db.items.bulkAdd(items)
  await db.indicators.bulkAdd(indicators)
  await db.measurements.bulkAdd(measurements)
  await writePortfolio(db, content.portfolio)
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
 * Stores a new dataset in one transaction, items in chunks so progress can be reported and a
 * cancel honoured between chunks. Any failure (quota, cancel) rolls the whole write back.
 */
export async function addDatasetContent(
  db: VeikartDatabase,
  content: DatasetContent,
  options: { chunkSize?: number; onProgress?: (p: WriteProgress) => void; isCancelled?: () => boolean } = {},
): Promise<void> {
  const { chunkSize = 5000, onProgress, isCancelled } = options
  const { dataset, goals, subGoals, items, indicators, measurements } = content
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
    await db.datasets.add({ ...dataset, title: uniqueTitle(dataset.title, titles) })
    await db.summaries.add(summary)
    await db.goals.bulkAdd(goals.map((g) => ({ ...g, datasetId: dataset.id })))
    await db.subGoals.bulkAdd(subGoals)
    await db.indicators.bulkAdd(indicators)
    await db.measurements.bulkAdd(measurements)
    await writePortfolio(db, content.portfolio)
    for (let start = 0; start < total; start += chunkSize) {
      if (isCancelled?.()) throw new WriteCancelledError()
      await db.items.bulkAdd(items.slice(start, start + chunkSize))
      onProgress?.({ done: Math.min(start + chunkSize, total), total })
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
  await db.transaction('rw', contentTables(db), () => writeContent(db, content, summary))
}

/** Deletes a dataset and everything it holds; all or nothing. */
export async function deleteDataset(db: VeikartDatabase, id: string): Promise<void> {
  await db.transaction('rw', contentTables(db), () => deleteRowsOf(db, id))
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

/** True once the bundled datasets have been loaded on this device. */
export async function isBundledSeeded(db: VeikartDatabase): Promise<boolean> {
  return (await db.meta.get(SEEDED_KEY)) !== undefined
}

/**
 * Loads the bundled datasets on first start, in one transaction. The flag is checked again
 * inside the transaction, so two tabs starting at once cannot both write. Returns whether
 * it wrote. A later start (or a user who deleted the bundled data) is left alone.
 */
export async function seedBundledOnFirstStart(
  db: VeikartDatabase,
  load: () => Promise<DatasetContent[]>,
): Promise<boolean> {
  if (await isBundledSeeded(db)) return false
  const contents = await load()
  return db.transaction('rw', [...contentTables(db), db.meta], async () => {
    if (await db.meta.get(SEEDED_KEY)) return false
    for (const content of contents) {
      if (await db.datasets.get(content.dataset.id)) continue
      await writeContent(db, content)
    }
    await db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
    await db.meta.put({ key: BUNDLED_SEEN_KEY, value: JSON.stringify(contents.map((c) => c.dataset.id)) })
    return true
  })
}

/**
 * Replaces the bundled datasets this device still has with a newer reading of them, once per
 * `version`: content and as-of come from the new reading; the user's title and any other
 * properties on the record stay. Deleted bundled datasets stay deleted. Returns whether it wrote.
 */
export async function refreshBundledData(
  db: VeikartDatabase,
  version: string,
  load: () => Promise<DatasetContent[]>,
): Promise<boolean> {
  if ((await db.meta.get(BUNDLED_VERSION_KEY))?.value === version) return false
  const contents = await load()
  return db.transaction('rw', [...contentTables(db), db.meta], async () => {
    if ((await db.meta.get(BUNDLED_VERSION_KEY))?.value === version) return false
    // Bundled datasets this device has been given; before this was recorded, the first three.
    const seenEntry = await db.meta.get(BUNDLED_SEEN_KEY)
    const seen = new Set<string>(seenEntry ? (JSON.parse(seenEntry.value) as string[]) : FIRST_BUNDLED_IDS)
    for (const content of contents) {
      const existing = await db.datasets.get(content.dataset.id)
      // A dataset new in this release is added once; one the user deleted stays deleted.
      if (!existing && !seen.has(content.dataset.id)) await writeContent(db, content)
      if (existing)
        await writeContent(db, {
          ...content,
          dataset: { ...existing, ...content.dataset, title: existing.title },
        })
      seen.add(content.dataset.id)
    }
    await db.meta.put({ key: BUNDLED_SEEN_KEY, value: JSON.stringify([...seen]) })
    await db.meta.put({ key: BUNDLED_VERSION_KEY, value: version })
    return true
  })
}

/**
 * Whether the bundled datasets still have to be written on this device: never seeded, or
 * stored from another reading than `version`. Cheap (two reads), so the page can ask it at every
 * start and start the import worker only when there is something to write.
 */
export async function needsBundledData(db: VeikartDatabase, version: string): Promise<boolean> {
  return !(await isBundledSeeded(db)) || (await db.meta.get(BUNDLED_VERSION_KEY))?.value !== version
}

/** Records that the bundled datasets on this device are the reading of `version`. */
export async function setBundledDataVersion(db: VeikartDatabase, version: string): Promise<void> {
  await db.meta.put({ key: BUNDLED_VERSION_KEY, value: version })
}

/** Puts the bundled datasets back as shipped; user datasets are not touched. */
export async function restoreBundled(db: VeikartDatabase, contents: DatasetContent[]): Promise<void> {
  await db.transaction('rw', [...contentTables(db), db.meta], async () => {
    for (const content of contents) await writeContent(db, content)
    await db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
  })
}

/**
 * The portfolio as the pages show it: for each table, the rows of the newest import that has
 * any (a later import of just the costs replaces the costs, not the decisions). Datasets
 * imported together (the bundled files share one import time) count as one import.
 */
export async function getLatestPortfolio(db: VeikartDatabase): Promise<PortfolioContent> {
  return db.transaction('r', [db.datasets, ...portfolioTables(db)], async () => {
    const datasets = await db.datasets.where('kind').equals('portfolio').toArray()
    const contents = await Promise.all(
      datasets.map(async (d) => ({ importedAt: d.importedAt, content: await readPortfolioOf(db, d.id) })),
    )
    const pick = <K extends keyof PortfolioContent>(key: K): PortfolioContent[K] => {
      const withRows = contents.filter((c) => c.content[key].length > 0)
      const newest = withRows.reduce((max, c) => (c.importedAt > max ? c.importedAt : max), '')
      const rows: unknown[] = []
      for (const c of withRows) if (c.importedAt === newest) pushAll(rows, c.content[key] as unknown[])
      return rows as PortfolioContent[K]
    }
    return {
      measures: pick('measures'),
      dependencies: pick('dependencies'),
      costs: pick('costs'),
      rounds: pick('rounds'),
      decisions: pick('decisions'),
    }
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
