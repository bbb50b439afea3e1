/** Items by id, for what asks for one item at a time (a tooltip, an open item). */
import type { RoadmapItem } from './types'

/** What a `Map` of items by id answers; the lazy lookup below answers it too. */
export interface ItemLookup {
  get(id: string): RoadmapItem | undefined
}

/**
 * A lookup of `items` by id whose index is made on the first question: the timeline passes one
 * to its chart for the tooltips, and indexing 100 000 items held up its first render.
 */
export function lazyItemLookup(items: readonly RoadmapItem[]): ItemLookup {
  let byId: Map<string, RoadmapItem> | null = null
  return {
    get(id) {
      if (!byId) {
        byId = new Map()
        // The first of equal ids, as `find` would answer.
        for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item)
      }
      return byId.get(id)
    },
  }
}
