/** Which prepared items a filter keeps, for a layout. */
import { positionsIn } from './filter'
import type { RoadmapItem } from './types'
import type { PreparedGantt } from './gantt-prepared'

/** Every position of `prepared`, made once per prepared list. */
const allPositions = new WeakMap<PreparedGantt, Int32Array>()

/**
 * The positions in `prepared.items` (ascending) of `shown`, a part of the prepared items in the
 * same order (as `filterItems` returns them): the positions `filterItems` picked, else found by
 * walking both lists once; null when an item of `shown` is not among them in that order (prepare
 * `shown` itself then).
 */
export function selectPrepared(prepared: PreparedGantt, shown: readonly RoadmapItem[]): Int32Array | null {
  const all = prepared.items
  if (shown === prepared.source) {
    let every = allPositions.get(prepared)
    if (!every) {
      every = Int32Array.from(all, (_, i) => i)
      allPositions.set(prepared, every)
    }
    return every
  }
  // As `filterItems` picked them: no item compared, nothing copied.
  const picked = positionsIn(shown, prepared.source)
  if (picked) return picked
  const positions = new Int32Array(shown.length)
  let j = 0
  for (let s = 0; s < shown.length; s++) {
    while (j < all.length && all[j]?.item !== shown[s]) j++
    if (j >= all.length) return null
    positions[s] = j
    j++
  }
  return positions
}
