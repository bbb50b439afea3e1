/**
 * What the overview shows of a dataset, worked out once from its items and stored beside them.
 * Datasets are immutable (a re-import is a new dataset), so a summary never goes stale; the
 * overview can draw from it without reading 100 000 items first.
 *
 * Goal titles are not in it: they may come from another (strategy) dataset, which can change.
 * `withGoals` puts the titles in when the overview draws. `SUMMARY_FORMAT` changes whenever
 * the shape or a counting rule changes, so a summary of an older format is worked out again.
 */
import { summariseGoals, type GoalSummary } from './aggregate'
import {
  countByActorAndGoal,
  countByGoalAndStage,
  countByGoalHierarchy,
  countByStartYearAndGoal,
  type ActorGoalMatrix,
  type GoalBreakdown,
  type HierarchyNode,
  type StartYearBreakdown,
} from './chart-data'
import { goalOrPlaceholder } from './aggregate'
import { summariseFacets, type FacetSummary } from './facet-summary'
import type { Goal, ItemFlag, RoadmapItem, SubGoal } from './types'
import { GOAL_NUMBERS, ITEM_FLAGS } from './types'

export const SUMMARY_FORMAT = 2

/** A goal card's counts, without the goal's title. */
export type GoalCounts = Omit<GoalSummary, 'goal'>

export interface DatasetSummary {
  format: number
  itemCount: number
  /** One per goal 1–5, in order. */
  goals: GoalCounts[]
  goalStage: GoalBreakdown
  startYears: StartYearBreakdown
  actorGoals: ActorGoalMatrix
  hierarchy: HierarchyNode[]
  /** Items per data-quality flag. */
  flags: Record<ItemFlag, number>
  /**
   * The facet panel with nothing chosen. Left out of the build-time start (the overview has no
   * facet panel, and the start's bytes are budgeted); stored summaries have it.
   */
  facets?: FacetSummary
}

/** The overview's numbers with the goals' titles in place. */
export interface OverviewNumbers {
  itemCount: number
  goalSummaries: GoalSummary[]
  goalStage: GoalBreakdown
  startYears: StartYearBreakdown
  actorGoals: ActorGoalMatrix
  hierarchy: HierarchyNode[]
  flags: Record<ItemFlag, number>
}

/** Everything the overview counts, from the items (titles left as placeholders). */
export function summariseDataset(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
): DatasetSummary {
  // In the order the views get them from the database (by id), whichever order the import had.
  const byId = [...subGoals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const flags = Object.fromEntries(ITEM_FLAGS.map((f) => [f, 0])) as Record<ItemFlag, number>
  for (const item of items) for (const flag of new Set(item.flags)) flags[flag] += 1
  return {
    format: SUMMARY_FORMAT,
    itemCount: items.length,
    goals: summariseGoals([], byId, items).map(({ goal: _title, ...counts }) => counts),
    goalStage: countByGoalAndStage(items, []),
    startYears: countByStartYearAndGoal(items, []),
    actorGoals: countByActorAndGoal(items, []),
    hierarchy: countByGoalHierarchy(items, byId, []),
    flags,
    facets: summariseFacets(items),
  }
}

/** True for a stored value that is a summary this version can draw from. */
export function isCurrentSummary(value: unknown): value is DatasetSummary {
  return typeof value === 'object' && value !== null && (value as DatasetSummary).format === SUMMARY_FORMAT
}

/** The summary's numbers with the goals' titles (a placeholder with no title where a goal is missing). */
export function withGoals(summary: DatasetSummary, goals: readonly Goal[]): OverviewNumbers {
  const titled = GOAL_NUMBERS.map((n) => goalOrPlaceholder(goals, n))
  return {
    itemCount: summary.itemCount,
    goalSummaries: titled.map((goal, i) => ({ goal, ...summary.goals[i]! })),
    goalStage: { ...summary.goalStage, goals: titled },
    startYears: { ...summary.startYears, goals: titled },
    actorGoals: { ...summary.actorGoals, goals: titled },
    hierarchy: summary.hierarchy.map((node) => ({
      ...node,
      name: goalOrPlaceholder(goals, node.goal).title,
    })),
    flags: summary.flags,
  }
}
