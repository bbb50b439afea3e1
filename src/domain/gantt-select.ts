/** The prepared records of the items a filter keeps, for a layout. */
import { positionsIn } from './filter'
import type { RoadmapItem } from './types'
import type { PreparedGantt, PreparedItem } from './gantt-prepared'

/**
 * The prepared records of `shown`, a part of the prepared items in the same order (as
 * `filterItems` returns them): from the positions `filterItems` picked, else found by walking
 * both lists once; null when an item of `shown` is not among them in that order (prepare
 * `shown` itself then).
 */
export function selectPrepared(
  prepared: PreparedGantt,
  shown: readonly RoadmapItem[],
): PreparedItem[] | null {
  const all = prepared.items
  if (shown === prepared.source) return all
  // As `filterItems` picked them: no item compared.
  const positions = positionsIn(shown, prepared.source)
  if (positions) {
    const out = new Array<PreparedItem>(positions.length)
    for (let j = 0; j < positions.length; j++) out[j] = all[positions[j] as number] as PreparedItem
    return out
  }
  if (shown.length === all.length && shown.every((item, i) => all[i]?.item === item)) return all
  const out: PreparedItem[] = []
  let j = 0
  for (const item of shown) {
    while (j < all.length && all[j]?.item !== item) j++
    const found = all[j]
    if (!found) return null
    out.push(found)
    j++
  }
  return out
}
