/** What the chart builders share with the chart panel: labels in, targets, points and tables out. */
import type { GoalStageDimension, HierarchyKind, StackKey } from '@/domain/chart-data'
import type { GoalNumber } from '@/domain/types'

/** Localised words the builders put into charts; the view fills them from vue-i18n. */
export interface ChartLabels {
  /** `Mål 2`. */
  goal: (n: GoalNumber) => string
  /** `12 tiltak`. */
  items: (n: number) => string
  /** `5 delmål`. */
  subGoals: (n: number) => string
  /** Header of the goal column: `Mål`. */
  goalColumn: string
  stack: Record<StackKey, string>
  /** The heading of the stack column group in tooltips: `Fase` or `Status`. */
  phase: string
  status: string
  /** Tooltip heading of the actor-kind stacks: `Aktørtype`. */
  actorKind: string
  year: string
  noStart: string
  actor: string
  total: string
  /** Axis name of counts: `Antall tiltak`. */
  itemCount: string
  hierarchyName: string
  level: string
  kind: Record<HierarchyKind, string>
  noSubGoal: string
  /** A chart's title, also the table caption and the start of the ECharts aria description. */
  titles: {
    goalStage: (by: GoalStageDimension) => string
    startYear: string
    actorGoal: string
    hierarchy: string
  }
}

/** Where a click on a bar, cell or segment leads: the list of items, filtered to it. */
export interface ChartTarget {
  path: string
  /** A list repeats the key (free-text values such as groupings). */
  query: Record<string, string | string[]>
}

/**
 * A data point a user can reach: by clicking it, or by arrow keys on the focused chart.
 * `seriesIndex`/`dataIndex` are what ECharts reports for it in events and accepts in actions.
 */
export interface ChartPoint {
  seriesIndex: number
  dataIndex: number
  /** Plain text, announced when the point is reached by keyboard. */
  label: string
  target: ChartTarget
}

export interface ChartTableRow {
  /** The row header (`<th scope="row">`). */
  header: string
  /** Makes the row header a link: the keyboard alternative to clicking the chart. */
  target?: ChartTarget
  /** Depth in a hierarchy (0 = top), for indentation. */
  level?: number
  cells: (number | string)[]
}

/** The "Vis som tabell" alternative: the same numbers as the chart. */
export interface ChartTable {
  caption: string
  /** Column headers, the row-header column first. */
  columns: string[]
  rows: ChartTableRow[]
}

export function goalTarget(goal: GoalNumber): ChartTarget {
  return { path: '/tiltak', query: { mal: String(goal) } }
}

/** The actor's items, in one goal when given (a heatmap cell). */
export function actorTarget(actorId: string, goal?: GoalNumber): ChartTarget {
  return {
    path: '/tiltak',
    query: goal === undefined ? { aktor: actorId } : { aktor: actorId, mal: String(goal) },
  }
}
