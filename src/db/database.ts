/**
 * The IndexedDB schema. The only module (with repositories.ts) that knows Dexie.
 * Indexes follow the views' queries: items by dataset, by goal and sub-goal within a dataset,
 * by actor (multi-entry), and by start year within a dataset.
 */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { SavedView } from '@/domain/saved-view'
import type { Dataset, Goal, Indicator, IndicatorMeasurement, RoadmapItem, SubGoal } from '@/domain/types'

/** A goal as stored: goals belong to the (strategy) dataset that brought them. */
export interface StoredGoal extends Goal {
  datasetId: string
}

export interface MetaEntry {
  key: string
  value: string
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

  constructor(name = 'veikart') {
    super(name)
    this.version(1).stores({
      datasets: 'id, kind, importedAt, checksum',
      goals: '[datasetId+number], datasetId',
      subGoals: 'id, datasetId, [datasetId+goal]',
      items: 'id, datasetId, [datasetId+goal], [datasetId+subGoalId], *actorIds, [datasetId+startYear]',
      indicators: 'id, datasetId, [datasetId+goal]',
      measurements: 'id, datasetId, indicatorId',
      savedViews: 'id, order',
      meta: 'key',
    })
  }
}

let shared: VeikartDatabase | null = null

/** The app's database, opened on first use. */
export function getDatabase(): VeikartDatabase {
  shared ??= new VeikartDatabase()
  return shared
}
