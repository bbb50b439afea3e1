/**
 * The counts behind the overview's charts, as plain data: the chart builders (src/charts) turn
 * them into ECharts options and tables, so every number a chart shows can be checked here.
 *
 * Counting rules:
 * - An item with a phase span (`Utvikling - tilpasning - innføring`) counts once, under the
 *   phase it starts in (`span.from`): a stacked bar must add up to the number of items.
 * - The stacks use the first dimension the dataset has (`goalStageDimension`): phase; else
 *   planning status (an item without one is `unknown`; the "?" mark is not a status); else
 *   the kind of the item's actors; else one plain bar per goal. A chart of only `unknown`
 *   says nothing, so a dimension no item has is never chosen.
 * - An item with several actors counts once for each distinct actor (actor × goal).
 * - An item counts under a sub-goal only if the sub-goal belongs to the item's own goal.
 */
import { goalOrPlaceholder } from './aggregate'
import { resolveActor } from './actors'
import type { ActorKind, Goal, GoalNumber, Phase, PlanningStatus, RoadmapItem, SubGoal } from './types'
import { ACTOR_KINDS, GOAL_NUMBERS, PHASES } from './types'
import { maxOf, minOf } from './array'

/** A phase, or `none` for items without one. */
export type PhaseBucket = Phase | 'none'
/** A planning status, or `unknown` for items without one. */
export type StatusBucket = PlanningStatus | 'unknown'
/** The one kind of an item's actors; `mixed` when they are of several kinds, `noActor` when none. */
export type ActorKindBucket = ActorKind | 'mixed' | 'noActor'
/** `all`: the single stack of a chart that has no dimension to split goals by. */
export type StackKey = PhaseBucket | StatusBucket | ActorKindBucket | 'all'

export const PHASE_BUCKETS: readonly PhaseBucket[] = [...PHASES, 'none']
export const STATUS_BUCKETS: readonly StatusBucket[] = ['planned', 'tentative', 'unknown']
export const ACTOR_KIND_BUCKETS: readonly ActorKindBucket[] = [...ACTOR_KINDS, 'mixed', 'noActor']

/** What the overview's first chart stacks each goal's items by. */
export type GoalStageDimension = 'phase' | 'status' | 'actorKind' | 'total'

/** One stack of a stacked bar chart: its key and a count per goal (in `goals` order). */
export interface GoalStack {
  key: StackKey
  counts: number[]
}

/** Items per goal, stacked by phase or, when no item has a phase, by planning status. */
export interface GoalBreakdown {
  by: GoalStageDimension
  /** Always the five goals, in order. */
  goals: Goal[]
  /** One stack per bucket, in value-chain (or status) order, including empty ones. */
  stacks: GoalStack[]
  /** Items per goal (the sum of the stacks), in `goals` order. */
  totals: number[]
}

/** Items per start year (columns) and goal. */
export interface StartYearBreakdown {
  goals: Goal[]
  /** Every year from the first to the last start, ascending; `null` (no start) last, if any. */
  years: (number | null)[]
  /** `counts[goalIndex][yearIndex]`. */
  counts: number[][]
  /** Items per year, in `years` order. */
  totals: number[]
}

export interface ActorRow {
  id: string
  name: string
  /** Items per goal, in `goals` order. */
  counts: number[]
  total: number
}

/** Items per named actor and goal. */
export interface ActorGoalMatrix {
  goals: Goal[]
  /** Most items first, then by name (Norwegian collation). */
  actors: ActorRow[]
}

export type HierarchyKind = 'goal' | 'subGoal' | 'grouping' | 'noSubGoal'

/** A node of goal → sub-goal → grouping; `count` is the items under it, children or not. */
export interface HierarchyNode {
  kind: HierarchyKind
  /** Unique in the tree: `goal-2`, the sub-goal id, `<sub-goal id>/<grouping>`, `goal-2/none`. */
  id: string
  /** The goal, sub-goal or grouping title; empty for `noSubGoal` (the UI names it). */
  name: string
  goal: GoalNumber
  count: number
  children: HierarchyNode[]
}

function goalsOf(goals: readonly Goal[]): Goal[] {
  return GOAL_NUMBERS.map((n) => goalOrPlaceholder(goals, n))
}

const goalIndex = (goal: GoalNumber): number => goal - 1

/** The first dimension some item has: phase, planning status, actor kind; `total` if none. */
export function goalStageDimension(items: readonly RoadmapItem[]): GoalStageDimension {
  if (items.some((i) => i.phase)) return 'phase'
  if (items.some((i) => i.status)) return 'status'
  if (items.some((i) => i.actors.length > 0)) return 'actorKind'
  return 'total'
}

/** The kind all of an item's actors share, `mixed`, or `noActor`. */
export function actorKindBucket(item: RoadmapItem): ActorKindBucket {
  const kinds = new Set(item.actors.map((name) => resolveActor(name).kind))
  if (kinds.size === 0) return 'noActor'
  return kinds.size === 1 ? [...kinds][0]! : 'mixed'
}

const STACK_KEYS: Record<GoalStageDimension, readonly StackKey[]> = {
  phase: PHASE_BUCKETS,
  status: STATUS_BUCKETS,
  actorKind: ACTOR_KIND_BUCKETS,
  total: ['all'],
}

function stackKeyOf(item: RoadmapItem, by: GoalStageDimension): StackKey {
  if (by === 'phase') return item.phase?.from ?? 'none'
  if (by === 'status') return item.status ?? 'unknown'
  if (by === 'actorKind') return actorKindBucket(item)
  return 'all'
}

/**
 * Items per goal × the dataset's first dimension (see `goalStageDimension`). Stacks no item
 * falls in are left out when splitting by actor kind (six kinds would crowd the legend).
 */
export function countByGoalAndStage(items: readonly RoadmapItem[], goals: readonly Goal[]): GoalBreakdown {
  const by = goalStageDimension(items)
  const stacks: GoalStack[] = STACK_KEYS[by].map((key) => ({ key, counts: GOAL_NUMBERS.map(() => 0) }))
  const byKey = new Map(stacks.map((s) => [s.key, s]))
  const totals = GOAL_NUMBERS.map(() => 0)
  for (const item of items) {
    const stack = byKey.get(stackKeyOf(item, by))
    if (!stack) continue
    stack.counts[goalIndex(item.goal)]! += 1
    totals[goalIndex(item.goal)]! += 1
  }
  const shown = by === 'actorKind' ? stacks.filter((s) => s.counts.some((c) => c > 0)) : stacks
  return { by, goals: goalsOf(goals), stacks: shown, totals }
}

/** Items per start year × goal; years without starts between the first and last are kept. */
export function countByStartYearAndGoal(
  items: readonly RoadmapItem[],
  goals: readonly Goal[],
): StartYearBreakdown {
  const known = items.map((i) => i.startYear).filter((y): y is number => y !== undefined)
  const years: (number | null)[] = []
  if (known.length > 0) {
    const first = minOf(known) ?? 0
    const last = maxOf(known) ?? 0
    for (let y = first; y <= last; y++) years.push(y)
  }
  if (known.length < items.length) years.push(null)
  const counts = GOAL_NUMBERS.map(() => years.map(() => 0))
  const totals = years.map(() => 0)
  for (const item of items) {
    const y = years.indexOf(item.startYear ?? null)
    counts[goalIndex(item.goal)]![y]! += 1
    totals[y]! += 1
  }
  return { goals: goalsOf(goals), years, counts, totals }
}

/** Items per actor × goal; an item with several actors counts once for each of them. */
export function countByActorAndGoal(items: readonly RoadmapItem[], goals: readonly Goal[]): ActorGoalMatrix {
  const rows = new Map<string, ActorRow>()
  for (const item of items) {
    const seen = new Set<string>()
    item.actorIds.forEach((id, index) => {
      if (seen.has(id)) return
      seen.add(id)
      let row = rows.get(id)
      if (!row) {
        row = { id, name: item.actors[index] ?? id, counts: GOAL_NUMBERS.map(() => 0), total: 0 }
        rows.set(id, row)
      }
      row.counts[goalIndex(item.goal)]! += 1
      row.total += 1
    })
  }
  const actors = [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'nb'))
  return { goals: goalsOf(goals), actors }
}

/**
 * Goal → sub-goal → grouping with item counts: all five goals and every sub-goal (also
 * empty ones, in the order given); groupings in order of first appearance. Items without a
 * (matching) sub-goal go under a `noSubGoal` node, last. Items of a sub-goal without a
 * grouping count for the sub-goal but under no grouping.
 */
export function countByGoalHierarchy(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  goals: readonly Goal[],
): HierarchyNode[] {
  return goalsOf(goals).map((goal) => {
    const own = items.filter((i) => i.goal === goal.number)
    const mine = subGoals.filter((s) => s.goal === goal.number)
    const children: HierarchyNode[] = mine.map((subGoal) => {
      const under = own.filter((i) => i.subGoalId === subGoal.id)
      const groupings = new Map<string, HierarchyNode>()
      for (const item of under) {
        const title = item.grouping?.trim()
        if (!title) continue
        const node = groupings.get(title) ?? {
          kind: 'grouping' as const,
          id: `${subGoal.id}/${title}`,
          name: title,
          goal: goal.number,
          count: 0,
          children: [],
        }
        node.count += 1
        groupings.set(title, node)
      }
      return {
        kind: 'subGoal',
        id: subGoal.id,
        name: subGoal.title,
        goal: goal.number,
        count: under.length,
        children: [...groupings.values()],
      }
    })
    const ids = new Set(mine.map((s) => s.id))
    const loose = own.filter((i) => !i.subGoalId || !ids.has(i.subGoalId)).length
    if (loose > 0)
      children.push({
        kind: 'noSubGoal',
        id: `goal-${goal.number}/none`,
        name: '',
        goal: goal.number,
        count: loose,
        children: [],
      })
    return {
      kind: 'goal',
      id: `goal-${goal.number}`,
      name: goal.title,
      goal: goal.number,
      count: own.length,
      children,
    }
  })
}
