/**
 * Where the counts about a goal lead: each count is a link to the list of exactly the items
 * it counts (same filter, same rule), so a number can always be checked by opening it.
 */
import { emptyFilter, type ItemFilter } from './filter'
import { filterToQuery } from './filter-query'
import type { GoalNumber } from './types'

/** A route location a `RouterLink` accepts. */
export interface LinkTarget {
  path: string
  query?: Record<string, string | string[]>
  hash?: string
}

/** `/tiltak` filtered to `filter` (unset fields select everything). */
export function itemsLink(filter: Partial<ItemFilter>): LinkTarget {
  return { path: '/tiltak', query: filterToQuery({ ...emptyFilter(), ...filter }) }
}

/** The timeline filtered to one goal. */
export function timelineLink(goal: GoalNumber): LinkTarget {
  return { path: '/tidslinje', query: filterToQuery({ ...emptyFilter(), goals: [goal] }) }
}

/** The targets of a goal card's counts. Sub-goals and actors are listed on the goal page. */
export function goalCountLinks(goal: GoalNumber) {
  return {
    subGoals: { path: `/mal/${goal}`, hash: '#goal-subgoals' },
    items: itemsLink({ goals: [goal] }),
    actors: { path: `/mal/${goal}`, hash: '#goal-actors' },
    tentative: itemsLink({ goals: [goal], statuses: ['tentative'] }),
    uncertain: itemsLink({ goals: [goal], flags: ['uncertain'] }),
  } satisfies Record<string, LinkTarget>
}
