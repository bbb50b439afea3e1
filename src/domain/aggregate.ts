/** Counts and groupings the views show; pure, so the numbers can be checked without a DOM. */
import { resolveActor } from './actors'
import type { Actor, ActorKind, Goal, GoalNumber, RoadmapItem, SubGoal } from './types'
import { ACTOR_KINDS, GOAL_NUMBERS } from './types'

export interface GoalSummary {
  goal: Goal
  subGoalCount: number
  itemCount: number
  actorCount: number
  /** Items the source marks uncertain with "?" (flag `uncertain`, the `merknad=uncertain` filter). */
  uncertainCount: number
  /** Items planned tentatively (veikart «tentativ», status `tentative`): not the same as "?". */
  tentativeCount: number
  /** Items carrying any flag. */
  flaggedCount: number
}

/**
 * The goal with its title, or, when the strategy is not loaded, a placeholder with no title
 * (`placeholder: true`): the UI names it by number in its language (src/charts/goal-name.ts).
 */
export function goalOrPlaceholder(goals: readonly Goal[], number: GoalNumber): Goal {
  return goals.find((g) => g.number === number) ?? { number, title: '', placeholder: true }
}

/** One summary per goal 1–5, in order, also for goals with nothing in the dataset. */
export function summariseGoals(
  goals: readonly Goal[],
  subGoals: readonly SubGoal[],
  items: readonly RoadmapItem[],
): GoalSummary[] {
  return GOAL_NUMBERS.map((number) => {
    const own = items.filter((i) => i.goal === number)
    return {
      goal: goalOrPlaceholder(goals, number),
      subGoalCount: subGoals.filter((s) => s.goal === number).length,
      itemCount: own.length,
      actorCount: new Set(own.flatMap((i) => i.actorIds)).size,
      uncertainCount: own.filter((i) => i.flags.includes('uncertain')).length,
      tentativeCount: own.filter((i) => i.status === 'tentative').length,
      flaggedCount: own.filter((i) => i.flags.length > 0).length,
    }
  })
}

export interface ActorPlan {
  actor: Actor
  /** The actor's activities (items with an activity), in goal order, then source order. */
  items: RoadmapItem[]
  /**
   * Rows that name the actor but no activity (flag `no-activity`): shown apart, not counted as
   * tiltak, so an actor listed without a plan does not look busier than it is.
   */
  actorOnly: RoadmapItem[]
  goals: GoalNumber[]
}

/** True for a row that names no activity: it is kept and shown, but not counted as a tiltak. */
export function isActorOnly(item: RoadmapItem): boolean {
  return item.flags.includes('no-activity')
}

/** Items per actor (an item with several actors counts for each), grouped and sorted by kind then name. */
export function planByActor(items: readonly RoadmapItem[]): ActorPlan[] {
  const plans = new Map<string, ActorPlan>()
  for (const item of items) {
    item.actorIds.forEach((id, index) => {
      let plan = plans.get(id)
      if (!plan) {
        const resolved = resolveActor(item.actors[index] ?? id)
        plan = { actor: { ...resolved, id }, items: [], actorOnly: [], goals: [] }
        plans.set(id, plan)
      }
      if (isActorOnly(item)) {
        plan.actorOnly.push(item)
        return
      }
      plan.items.push(item)
      if (!plan.goals.includes(item.goal)) plan.goals.push(item.goal)
    })
  }
  const kindOrder = (kind: ActorKind): number => ACTOR_KINDS.indexOf(kind)
  return [...plans.values()]
    .map((p) => ({
      ...p,
      items: [...p.items].sort((a, b) => a.goal - b.goal || a.source.row - b.source.row),
      actorOnly: [...p.actorOnly].sort((a, b) => a.goal - b.goal || a.source.row - b.source.row),
      goals: [...p.goals].sort((a, b) => a - b),
    }))
    .sort(
      (a, b) =>
        kindOrder(a.actor.kind) - kindOrder(b.actor.kind) || a.actor.name.localeCompare(b.actor.name, 'nb'),
    )
}
