/**
 * The IndexedDB schema. Only src/db knows Dexie. A dataset's items are stored in chunks
 * (`itemChunks`, version 5, see item-store.ts); the `items` table of one record per item, with
 * its indexes by goal, actor and start year, holds only what was stored before version 5.
 *
 * Versions: every schema change is a new `version(n)` with an upgrade that keeps the data of
 * the versions before (tests/integration/db-upgrade.test.ts opens a database written by
 * version 1 and checks every dataset). Version 1 is kept as it shipped; a browser that has it
 * runs the upgrades in order. New tables of the coming features go into version 2 before it
 * ships, or into a version 3. Dataset records may carry extra plain properties (other
 * features store them); upgrades change only the fields they name.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import { titleKey, uniqueTitle } from '@/domain/dataset-title'
import type {
  CouncilDecision,
  PortfolioDependency,
  PortfolioMeasure,
  PortfolioRound,
  RunningCost,
} from '@/domain/portfolio'
import type { DatasetSummary } from '@/domain/dataset-summary'
import type { SavedView } from '@/domain/saved-view'
import type { StoredItemChunk } from './item-store'
import type { Dataset, Goal, Indicator, IndicatorMeasurement, RoadmapItem, SubGoal } from '@/domain/types'

/** A goal as stored: goals belong to the (strategy) dataset that brought them. */
export interface StoredGoal extends Goal {
  datasetId: string
}

/** A dataset's summary (domain/dataset-summary.ts), one per dataset, written with its items. */
export interface StoredSummary {
  datasetId: string
  summary: DatasetSummary
}

export interface MetaEntry {
  key: string
  value: string
}

/** The stores of version 1, as it shipped. */
export const SCHEMA_V1 = {
  datasets: 'id, kind, importedAt, checksum',
  goals: '[datasetId+number], datasetId',
  subGoals: 'id, datasetId, [datasetId+goal]',
  items: 'id, datasetId, [datasetId+goal], [datasetId+subGoalId], *actorIds, [datasetId+startYear]',
  indicators: 'id, datasetId, [datasetId+goal]',
  measurements: 'id, datasetId, indicatorId',
  savedViews: 'id, order',
  meta: 'key',
} as const

/** Version 2: datasets are found by title (titles are unique on a device). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  datasets: 'id, kind, importedAt, checksum, title',
} as const

/** Version 3: the portfolio and the council's decisions (new tables only). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  portfolioMeasures: 'id, datasetId',
  portfolioDependencies: 'id, datasetId',
  runningCosts: 'id, datasetId, year',
  portfolioRounds: 'id, datasetId',
  councilDecisions: 'id, datasetId, meetingDate',
} as const

/** Version 4: a summary per dataset (a new table only). */
export const SCHEMA_V4 = { ...SCHEMA_V3, summaries: 'datasetId' } as const

/**
 * 1 → 2: version 1 let two datasets share a title; the later imports get «(2)», «(3)» … so
 * titles are unique from here on. Only `title` is written; every other property stays.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const datasets = tx.table<{ id: string; title?: unknown; importedAt?: unknown }, string>('datasets')
  const all = await datasets.toArray()
  all.sort(
    (a, b) =>
      String(a.importedAt ?? '').localeCompare(String(b.importedAt ?? '')) || a.id.localeCompare(b.id),
  )
  const kept: string[] = []
  for (const dataset of all) {
    const title = typeof dataset.title === 'string' ? dataset.title : dataset.id
    if (!kept.some((t) => titleKey(t) === titleKey(title))) {
      kept.push(title)
      continue
    }
    const unique = uniqueTitle(title, kept)
    kept.push(unique)
    await datasets.update(dataset.id, { title: unique })
  }
}

export class VeikartDatabase extends Dexie {
  datasets!: EntityTable<Dataset, 'id'>
  goals!: Table<StoredGoal, [string, number]>
  subGoals!: EntityTable<SubGoal, 'id'>
  items!: EntityTable<RoadmapItem, 'id'>
  indicators!: EntityTable<Indicator, 'id'>
  measurements!: EntityTable<IndicatorMeasurement, 'id'>
  savedViews!: EntityTable<SavedView, 'id'>
  meta!: EntityTable<MetaEntry, 'key'>
  portfolioMeasures!: EntityTable<PortfolioMeasure, 'id'>
  portfolioDependencies!: EntityTable<PortfolioDependency, 'id'>
  runningCosts!: EntityTable<RunningCost, 'id'>
  portfolioRounds!: EntityTable<PortfolioRound, 'id'>
  councilDecisions!: EntityTable<CouncilDecision, 'id'>
  summaries!: EntityTable<StoredSummary, 'datasetId'>
  itemChunks!: Table<StoredItemChunk, [string, number]>

  constructor(name = 'veikart') {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2)
    // The portfolio and the council's decisions (issue 13): new tables only, so nothing stored
    // before needs upgrading. Decisions are indexed by meeting date for the list by meeting.
    this.version(3).stores(SCHEMA_V3)
    // Per-dataset summaries, so the overview draws without reading every item (issue 11). A new
    // table only: datasets stored before get theirs the first time their items are read
    // (stores/roadmap.ts), not in the upgrade, which would read every item of every dataset
    // while the app waits.
    this.version(4).stores(SCHEMA_V4)
    // Items in chunks of a few thousand (issue 11): 20 records to read at 100 000 items instead
    // of 100 000. A new table only: a dataset stored before keeps its items in `items` until it
    // is first read, which moves them (item-store.ts); converting every dataset here would
    // read and rewrite every item while the app waits to open.
    this.version(5).stores({ itemChunks: '[datasetId+index]' })
  }
}

let shared: VeikartDatabase | null = null

/** The app's database, opened on first use. */
export function getDatabase(): VeikartDatabase {
  shared ??= new VeikartDatabase()
  return shared
}
