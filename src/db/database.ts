/**
 * The IndexedDB schema. The only module (with repositories.ts) that knows Dexie.
 * Indexes follow the views' queries: items by dataset, by goal and sub-goal within a dataset,
 * by actor (multi-entry), and by start year within a dataset.
 */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type {
  CouncilDecision,
  PortfolioDependency,
  PortfolioMeasure,
  PortfolioRound,
  RunningCost,
} from '@/domain/portfolio'
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
  portfolioMeasures!: EntityTable<PortfolioMeasure, 'id'>
  portfolioDependencies!: EntityTable<PortfolioDependency, 'id'>
  runningCosts!: EntityTable<RunningCost, 'id'>
  portfolioRounds!: EntityTable<PortfolioRound, 'id'>
  councilDecisions!: EntityTable<CouncilDecision, 'id'>

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
    // The portfolio and the council's decisions (issue 13): new tables only, so nothing stored
    // by version 1 needs upgrading. Numbered 3 to merge beside the parallel version 2; the lead
    // renumbers on merge. Decisions are indexed by meeting date for the list by meeting.
    this.version(3).stores({
      portfolioMeasures: 'id, datasetId',
      portfolioDependencies: 'id, datasetId',
      runningCosts: 'id, datasetId, year',
      portfolioRounds: 'id, datasetId',
      councilDecisions: 'id, datasetId, meetingDate',
    })
  }
}

let shared: VeikartDatabase | null = null

/** The app's database, opened on first use. */
export function getDatabase(): VeikartDatabase {
  shared ??= new VeikartDatabase()
  return shared
}
