/**
 * The lanes of a tall timeline split over pages (slides, paged exports) so each page reads on its
 * own: a group's heading never ends a page with its rows on the next, and a page that starts
 * inside a group repeats the headings above it (drawn «(forts.)»), so the reader knows whose rows
 * these are.
 */
import type { GanttLane } from './gantt-types'

export interface LanePage {
  /** First lane of the page (inclusive). */
  laneStart: number
  /** Lane after the page's last (exclusive). */
  laneEnd: number
  /** Indexes of the group lanes above `laneStart` repeated at the page's top, outermost first. */
  carried: number[]
}

type PagedLane = Pick<GanttLane, 'id' | 'parent' | 'hasChildren' | 'collapsed'>

/** Splits `lanes` into pages of at most `perPage` rows (repeated headings included), in order. */
export function pageLanes(lanes: readonly PagedLane[], perPage: number): LanePage[] {
  const indexOf = new Map(lanes.map((lane, i) => [lane.id, i]))
  const ancestors = (i: number): number[] => {
    const chain: number[] = []
    let parent = lanes[i]?.parent ?? null
    while (parent !== null) {
      const at = indexOf.get(parent)
      if (at === undefined) break
      chain.unshift(at)
      parent = lanes[at]?.parent ?? null
    }
    return chain
  }
  const opensGroup = (i: number) => lanes[i]?.hasChildren === true && !lanes[i]?.collapsed
  const pages: LanePage[] = []
  for (let start = 0; start < lanes.length;) {
    const carried = ancestors(start)
    let end = Math.min(lanes.length, start + Math.max(1, perPage - carried.length))
    while (end < lanes.length && end - 1 > start && opensGroup(end - 1)) end--
    pages.push({ laneStart: start, laneEnd: end, carried })
    start = end
  }
  return pages.length > 0 ? pages : [{ laneStart: 0, laneEnd: 0, carried: [] }]
}
