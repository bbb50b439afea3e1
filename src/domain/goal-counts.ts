/**
 * The counts on a goal page, each with the filter that lists exactly the items it counts:
 * per starting phase (or planning status, when the dataset has no phases) and per start
 * year. Built on the overview's counting (chart-data.ts), so both pages agree.
 */
import { countByGoalAndStage, countByStartYearAndGoal, type StackKey } from './chart-data'
import type { ItemFilter } from './filter'
import type { RoadmapItem } from './types'

/** One bar: its bucket, how many items, and the filter that lists them. */
export interface CountBucket<K> {
  key: K
  count: number
  filter: Partial<ItemFilter>
}

export interface StageCounts {
  by: 'phase' | 'status'
  buckets: CountBucket<StackKey>[]
}

const sum = (counts: readonly number[]): number => counts.reduce((a, b) => a + b, 0)

/**
 * Items per starting phase, or per planning status when no item has a phase; `null` when
 * the items have neither (a chart of only «unknown» would say nothing). Empty buckets are left out.
 */
export function countByStage(items: readonly RoadmapItem[]): StageCounts | null {
  const data = countByGoalAndStage(items, [])
  if (data.by !== 'phase' && data.by !== 'status') return null
  const buckets = data.stacks
    .map((stack) => ({ key: stack.key, count: sum(stack.counts), filter: stageFilter(data.by, stack.key) }))
    .filter((b) => b.count > 0)
  return { by: data.by as 'phase' | 'status', buckets }
}

function stageFilter(by: 'phase' | 'status' | string, key: StackKey): Partial<ItemFilter> {
  return by === 'phase'
    ? { startPhases: [key as ItemFilter['startPhases'][number]] }
    : { statuses: [key as ItemFilter['statuses'][number]] }
}

/** Items per start year, every year from the first to the last; `null` (no start) last. */
export function countByStartYear(items: readonly RoadmapItem[]): CountBucket<number | null>[] {
  const data = countByStartYearAndGoal(items, [])
  return data.years.map((year, i) => ({
    key: year,
    count: data.totals[i] ?? 0,
    filter: { startYears: [year ?? 'none'] },
  }))
}
