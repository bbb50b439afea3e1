/** What every importer does to turn a validated row into an item: a unique key and the base fields. */
import type { Actor, GoalNumber, ItemFlag, Period, RoadmapItem } from '@/domain/types'
import { startYearOf } from '@/domain/period'

/** Gives `base`, then `base-2`, `base-3` … for repeats, so identical rows keep distinct, stable keys. */
export function createKeyer(): (base: string) => string {
  const counts = new Map<string, number>()
  return (base) => {
    const seen = (counts.get(base) ?? 0) + 1
    counts.set(base, seen)
    return seen === 1 ? base : `${base}-${seen}`
  }
}

export interface ItemBase {
  datasetId: string
  key: string
  title: string
  goal: GoalNumber
  actors: readonly Actor[]
  period: Period
  uncertain: boolean
  flags: ItemFlag[]
  row: number
}

/** The fields every item has; optional ones are added by the caller. */
export function buildItem(base: ItemBase): RoadmapItem {
  const item: RoadmapItem = {
    id: `${base.datasetId}/${base.key}`,
    key: base.key,
    datasetId: base.datasetId,
    title: base.title,
    goal: base.goal,
    actors: base.actors.map((a) => a.name),
    actorIds: base.actors.map((a) => a.id),
    period: base.period,
    uncertain: base.uncertain,
    flags: base.flags,
    source: { datasetId: base.datasetId, row: base.row },
  }
  const startYear = startYearOf(base.period)
  if (startYear !== undefined) item.startYear = startYear
  return item
}

/** A row's item fields but its dataset and key: `baseKey` is made unique within the import. */
export type RowItemFields = Omit<ItemBase, 'datasetId' | 'key'> & { baseKey: string }

/** One import's item maker: every item gets the dataset's id and a unique key (`createKeyer`). */
export function createItemBuilder(datasetId: string): (fields: RowItemFields) => RoadmapItem {
  const uniqueKey = createKeyer()
  return ({ baseKey, ...fields }) => buildItem({ ...fields, datasetId, key: uniqueKey(baseKey) })
}
