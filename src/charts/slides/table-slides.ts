/** The views shown as tables: the item lists, the year plan, the goal and actor pages. */
import { planByActor } from '@/domain/aggregate'
import { GOAL_NUMBERS, type Goal, type RoadmapItem, type SubGoal } from '@/domain/types'
import { paginateTable } from './slide-svg'
import { continuedTitle, type SlideBase, type SlideWords } from './slide-input'
import type { SlideSpec, SlideTable } from './slide-types'

/** Table slides, one per page of rows, titled «(forts. n/m)» after the first. */
export function tableSlides(base: SlideBase, table: SlideTable, words: SlideWords): SlideSpec[] {
  if (table.rows.length === 0)
    return [
      { ...base, visual: { kind: 'message', text: words.noItems }, alternative: { ...table, rows: [] } },
    ]
  const pages = paginateTable(table)
  return pages.map((rows, i) => {
    const part = { ...table, rows }
    return {
      ...base,
      title: continuedTitle(base, i, pages.length, words),
      visual: { kind: 'table', table: part },
      alternative: part,
    }
  })
}

/** Items one to a row: title, goal (or sub-goal code), actors, period, phase. */
export function itemsTable(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  words: SlideWords,
): SlideTable {
  const codes = new Map(subGoals.map((s) => [s.id, s.code]))
  return {
    columns: [
      { label: words.columns.item, width: 0.44, maxLines: 3 },
      { label: words.columns.goal, width: 0.1 },
      { label: words.columns.actors, width: 0.2 },
      { label: words.columns.period, width: 0.12 },
      { label: words.columns.phase, width: 0.14 },
    ],
    rows: items.map((item) => [
      item.title,
      (item.subGoalId && codes.get(item.subGoalId)) || String(item.goal),
      item.actors.join(', '),
      words.periodText(item),
      words.phaseText(item),
    ]),
  }
}

/** The year plan: each actor's activities, then the activities that name no actor. */
export function yearPlanTable(items: readonly RoadmapItem[], words: SlideWords): SlideTable {
  const rows: string[][] = []
  // Rows that name an actor but no activity stay on the slide too, after the actor's activities.
  for (const plan of planByActor(items))
    for (const item of [...plan.items, ...plan.actorOnly])
      rows.push([plan.actor.name, String(item.goal), item.title])
  const withoutActor = items.filter((i) => i.actorIds.length === 0)
  for (const item of withoutActor) rows.push([words.noActor, String(item.goal), item.title])
  return {
    columns: [
      { label: words.columns.actor, width: 0.28 },
      { label: words.columns.goal, width: 0.08 },
      { label: words.columns.item, width: 0.64, maxLines: 3 },
    ],
    rows,
  }
}

/** The goal page: each goal with its number of sub-goals and items. */
export function goalsTable(
  items: readonly RoadmapItem[],
  data: { goals: readonly Goal[]; subGoals: readonly SubGoal[] },
  words: SlideWords,
): SlideTable {
  return {
    columns: [
      { label: words.columns.goal, width: 0.7, maxLines: 2 },
      { label: words.columns.subGoals, width: 0.15, align: 'end' },
      { label: words.columns.count, width: 0.15, align: 'end' },
    ],
    rows: GOAL_NUMBERS.map((n) => [
      words.goalTitle(n, data.goals.find((g) => g.number === n)?.title ?? ''),
      String(data.subGoals.filter((s) => s.goal === n).length),
      String(items.filter((i) => i.goal === n).length),
    ]),
  }
}

/** The actor page: each actor with its number of items. */
export function actorsTable(items: readonly RoadmapItem[], words: SlideWords): SlideTable {
  return {
    columns: [
      { label: words.columns.actor, width: 0.8 },
      { label: words.columns.count, width: 0.2, align: 'end' },
    ],
    rows: planByActor(items).map((p) => [p.actor.name, String(p.items.length)]),
  }
}
