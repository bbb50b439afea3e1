/**
 * The year plan (`/ar/:year`): actors × goals for one year, without dropping an item.
 *
 * - Which items: those whose period touches the year (`overlapsYear`, the rule of the `År`
 *   filter, so the count equals `/tiltak?ar=<year>`); in a tiltak table whose plan year this is
 *   (`Hva skal skje i 2024?`), every row, since each row is an activity of that year; the rows
 *   without a period touching the year are then counted apart (`planYearOnly`).
 * - Rows: one per actor (an item with several actors stands under each), then one row for the
 *   items without any actor («Uten oppgitt aktør»), so every item of the year is in the matrix.
 * - Counts are of distinct items: `items = withActor + withoutActor`; `derivedActor` of those with
 *   an actor had it read from the item's name (a veikart export has no owner column).
 */
import { planByActor } from './aggregate'
import { overlapsYear } from './period'
import type { Actor, RoadmapItem } from './types'
import { GOAL_NUMBERS } from './types'

export interface YearPlanRow {
  /** Null for the row of items without an actor. */
  actor: Actor | null
  /** Items per goal 1–5, in goal order then source order. */
  cells: RoadmapItem[][]
  /** Items on this row. */
  count: number
}

export interface YearPlanCounts {
  /** Distinct items in the matrix. */
  items: number
  withActor: number
  /** Of `withActor`: actors read from the name, not stated in an owner column. */
  derivedActor: number
  withoutActor: number
  /** Items whose period touches the year: what `/tiltak?ar=<year>` lists. */
  touchingYear: number
  /** In the plan year's table without a period touching the year (0 for other years and datasets). */
  planYearOnly: number
}

export interface YearPlan {
  year: number
  rows: YearPlanRow[]
  counts: YearPlanCounts
}

/** Items per goal 1–5, each in the order of `items`: one pass, not one per goal. */
function cellsOf(items: readonly RoadmapItem[]): RoadmapItem[][] {
  const cells = GOAL_NUMBERS.map((): RoadmapItem[] => [])
  for (const item of items) cells[GOAL_NUMBERS.indexOf(item.goal)]?.push(item)
  return cells
}

/** The year plan of `items` for `year`; `planYear` is the dataset's (a tiltak table's) plan year. */
export function buildYearPlan(
  items: readonly RoadmapItem[],
  year: number,
  planYear: number | null | undefined,
): YearPlan {
  const touching = items.filter((i) => overlapsYear(i.period, year))
  const inPlan = planYear === year ? [...items] : touching
  const withActor: RoadmapItem[] = []
  const withoutActor: RoadmapItem[] = []
  for (const item of inPlan) (item.actorIds.length > 0 ? withActor : withoutActor).push(item)
  withoutActor.sort((a, b) => a.goal - b.goal || a.source.row - b.source.row)
  const rows: YearPlanRow[] = planByActor(withActor).map((plan) => ({
    actor: plan.actor,
    cells: cellsOf(plan.items),
    count: plan.items.length,
  }))
  if (withoutActor.length > 0)
    rows.push({ actor: null, cells: cellsOf(withoutActor), count: withoutActor.length })
  return {
    year,
    rows,
    counts: {
      items: inPlan.length,
      withActor: withActor.length,
      derivedActor: withActor.filter((i) => i.actorsDerived === true).length,
      withoutActor: withoutActor.length,
      touchingYear: touching.length,
      planYearOnly: inPlan.length - touching.length,
    },
  }
}
