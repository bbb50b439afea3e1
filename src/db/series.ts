/**
 * The series a dataset belongs to is a plain property of its record (`Dataset.series`), not
 * an index: changing it needs no new schema version.
 */
import type { VeikartDatabase } from './database'

/** Puts datasets in a series, or takes them out of any (`null`); all or nothing. */
export async function setDatasetSeries(
  db: VeikartDatabase,
  ids: readonly string[],
  series: string | null,
): Promise<void> {
  await db.transaction('rw', db.datasets, async () => {
    for (const id of ids) {
      const dataset = await db.datasets.get(id)
      if (!dataset) continue
      const { series: _old, ...rest } = dataset
      await db.datasets.put(series === null ? rest : { ...rest, series })
    }
  })
}
