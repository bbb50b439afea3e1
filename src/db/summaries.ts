/**
 * Dataset summaries (domain/dataset-summary.ts): written with each dataset in repositories.ts,
 * read here without the items, so the overview can draw before 100 000 items are read.
 */
import { isCurrentSummary, type DatasetSummary } from '@/domain/dataset-summary'
import type { Goal } from '@/domain/types'
import type { VeikartDatabase } from './database'

/** What the overview draws from before the items are read: the summary and the dataset's own goals. */
export interface DatasetOverview {
  /** `null` for a dataset stored before summaries were (or with an older summary format). */
  summary: DatasetSummary | null
  goals: Goal[]
}

/** A dataset's stored summary and goals, without reading its items; `null` for no such dataset. */
export async function getDatasetOverview(db: VeikartDatabase, id: string): Promise<DatasetOverview | null> {
  return db.transaction('r', [db.datasets, db.goals, db.summaries], async () => {
    if ((await db.datasets.where('id').equals(id).count()) === 0) return null
    const [stored, storedGoals] = await Promise.all([
      db.summaries.get(id),
      db.goals.where('datasetId').equals(id).toArray(),
    ])
    const goals = storedGoals
      .map(({ datasetId: _unused, ...goal }) => goal)
      .sort((a, b) => a.number - b.number)
    return { summary: isCurrentSummary(stored?.summary) ? stored.summary : null, goals }
  })
}

/**
 * Stores the summary of a dataset stored without one (before version 4), worked out from its
 * items by the caller. Only while the dataset exists, so a summary never outlives its dataset.
 */
export async function putDatasetSummary(
  db: VeikartDatabase,
  id: string,
  summary: DatasetSummary,
): Promise<void> {
  await db.transaction('rw', [db.datasets, db.summaries], async () => {
    if ((await db.datasets.where('id').equals(id).count()) > 0)
      await db.summaries.put({ datasetId: id, summary })
  })
}
