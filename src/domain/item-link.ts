/**
 * The address of one item's page, `/tiltak/<key>`. The key is the source's own ID where it has
 * one (the veikart Leveranse-ID), else the content key the importer derives (`2-3fa1b2c4`): both
 * are the same for the same file on every device, unlike the local id, which names the dataset.
 */
import type { RoadmapItem } from './types'

/** The item page's path for an item key; the key is percent-encoded, so any ID is a safe segment. */
export function itemPath(key: string): string {
  return `/tiltak/${encodeURIComponent(key)}`
}

/** The item with this key among one dataset's items, or undefined. */
export function findItemByKey(items: readonly RoadmapItem[], key: string): RoadmapItem | undefined {
  return items.find((item) => item.key === key)
}
