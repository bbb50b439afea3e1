/**
 * A goal's name in the UI language. A placeholder goal (no strategy loaded, see
 * `goalOrPlaceholder`) has no title, so it is named by its label alone (`Mål 2` / `Goal 2`).
 */
import type { Goal, GoalNumber } from '@/domain/types'

/** The label of goal n in the UI language: vue-i18n's `goal.label`, or a chart's `labels.goal`. */
export type GoalLabel = (n: GoalNumber) => string

/** The goal's title, or its label when it has none. */
export function formatGoalTitle(goal: Goal, label: GoalLabel): string {
  return goal.placeholder ? label(goal.number) : goal.title
}

/** `Mål 2: Title`, or `Mål 2` for a goal with no title. */
export function formatGoalName(goal: Goal, label: GoalLabel): string {
  return goal.placeholder ? label(goal.number) : `${label(goal.number)}: ${goal.title}`
}
