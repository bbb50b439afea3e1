/**
 * The overview's charts as slides: `?graf=` names which one a saved overview view shows
 * (the first when absent), with the same builders and tables as on the page.
 */
import type { EChartsOption } from 'echarts'
import {
  countByActorAndGoal,
  countByGoalAndStage,
  countByGoalHierarchy,
  countByStartYearAndGoal,
} from '@/domain/chart-data'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { buildActorGoalHeatmapOption, buildActorGoalTable } from '../actor-goal-heatmap'
import { buildGoalPhaseOption, buildGoalPhaseTable } from '../goal-stage'
import { buildHierarchyOption, buildHierarchyTable } from '../hierarchy'
import { buildStartYearOption, buildStartYearTable } from '../start-year'
import type { ChartLabels, ChartTable } from '../types'
import type { SlideTable } from './slide-types'

export const OVERVIEW_CHARTS = ['goal-stage', 'start-year', 'actor-goal', 'hierarchy'] as const
export type OverviewChartId = (typeof OVERVIEW_CHARTS)[number]
export const CHART_QUERY_KEY = 'graf'

export function isOverviewChartId(value: unknown): value is OverviewChartId {
  return typeof value === 'string' && (OVERVIEW_CHARTS as readonly string[]).includes(value)
}

interface Data {
  items: readonly RoadmapItem[]
  subGoals: readonly SubGoal[]
  goals: readonly Goal[]
}

/** One overview chart: its title, option and table. */
export function buildOverviewChart(
  id: OverviewChartId,
  data: Data,
  labels: ChartLabels,
): { title: string; option: EChartsOption; table: ChartTable } {
  switch (id) {
    case 'start-year': {
      const counts = countByStartYearAndGoal(data.items, data.goals)
      const table = buildStartYearTable(counts, labels)
      return { title: labels.titles.startYear, option: buildStartYearOption(counts, labels), table }
    }
    case 'actor-goal': {
      const counts = countByActorAndGoal(data.items, data.goals)
      const table = buildActorGoalTable(counts, labels)
      return { title: labels.titles.actorGoal, option: buildActorGoalHeatmapOption(counts, labels), table }
    }
    case 'hierarchy': {
      const nodes = countByGoalHierarchy(data.items, data.subGoals, data.goals)
      const table = buildHierarchyTable(nodes, labels)
      return { title: labels.titles.hierarchy, option: buildHierarchyOption(nodes, labels), table }
    }
    default: {
      const counts = countByGoalAndStage(data.items, data.goals)
      const table = buildGoalPhaseTable(counts, labels)
      return {
        title: labels.titles.goalStage(counts.by),
        option: buildGoalPhaseOption(counts, labels),
        table,
      }
    }
  }
}

/** A chart's table alternative as a slide table (for screen readers and the HTML deck). */
export function chartTableToSlideTable(table: ChartTable): SlideTable {
  const n = table.columns.length
  return {
    columns: table.columns.map((label, i) => ({ label, width: i === 0 ? 0.4 : 0.6 / Math.max(1, n - 1) })),
    rows: table.rows.map((row) => [
      `${'  '.repeat(row.level ?? 0)}${row.header}`,
      ...row.cells.map((c) => String(c)),
    ]),
  }
}
