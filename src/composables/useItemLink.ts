/**
 * Links to an item's page: `/tiltak/<key>?ds=<kind>.<checksum>`, naming the dataset by content so
 * the link opens the same item on another device that has imported the same file.
 */
import { itemPath } from '@/domain/item-link'
import type { RoadmapItem } from '@/domain/types'
import { datasetRefOf, datasetRefQuery } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

/** A router location: a path and a query of strings, as tables and chart points carry them. */
export interface ItemLocation {
  path: string
  query: Record<string, string>
}

export function useItemLink(): (item: RoadmapItem) => ItemLocation {
  const datasets = useDatasetsStore()
  return (item) => {
    const dataset = datasets.datasets.find((d) => d.id === item.datasetId)
    return { path: itemPath(item.key), query: dataset ? datasetRefQuery(datasetRefOf(dataset)) : {} }
  }
}
