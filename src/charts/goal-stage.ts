/** Items per goal, stacked by (starting) phase, planning status or actor kind: the first the dataset has. */
import type { EChartsOption } from 'echarts'
import type { GoalBreakdown } from '@/domain/chart-data'
import { formatGoalName } from './goal-name'
import { axisLabelStyle, baseOption, sideAxisName, topLegend } from './base-option'
import { GOAL_COLOURS, INK, STACK_COLOURS } from './palette'
import { barValue, pointIndex, tooltipHtml } from './tooltip'
import { goalTarget, type ChartLabels, type ChartPoint, type ChartTable } from './types'

function dimensionName(data: GoalBreakdown, labels: ChartLabels): string {
  if (data.by === 'phase') return labels.phase
  if (data.by === 'actorKind') return labels.actorKind
  return labels.status
}

function goalHeading(data: GoalBreakdown, index: number, labels: ChartLabels): string {
  const goal = data.goals[index]
  return goal ? formatGoalName(goal, labels.goal) : ''
}

/** The stacked bar chart; one series per phase (or status), one bar per goal. */
export function buildGoalPhaseOption(data: GoalBreakdown, labels: ChartLabels): EChartsOption {
  const title = labels.titles.goalStage(data.by)
  const description = `${title}. ${data.goals
    .map((g, i) => `${labels.goal(g.number)}: ${labels.items(data.totals[i] ?? 0)}`)
    .join('; ')}.`
  const base = baseOption(description)
  const { legend, gridTop } = topLegend(
    data.by === 'total' ? [] : data.stacks.map((s) => labels.stack[s.key]),
  )
  return {
    ...base,
    // Patterns on top of the colours: the stacks can be told apart without colour vision.
    aria: { ...(base.aria as object), decal: { show: true } },
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = pointIndex(params)
        const stack = data.stacks[seriesIndex]
        if (!stack) return ''
        return tooltipHtml(goalHeading(data, dataIndex, labels), [
          ...(data.by === 'total' ? [] : [`${dimensionName(data, labels)}: ${labels.stack[stack.key]}`]),
          labels.items(stack.counts[dataIndex] ?? 0),
          `${labels.total}: ${labels.items(data.totals[dataIndex] ?? 0)}`,
        ])
      },
    },
    legend: data.by === 'total' ? { show: false } : legend,
    grid: { top: data.by === 'total' ? 24 : gridTop, left: 40, right: 24, bottom: 16 },
    xAxis: {
      type: 'category',
      data: data.goals.map((g) => labels.goal(g.number)),
      axisLabel: {
        ...axisLabelStyle,
        fontWeight: 'bold',
        color: (_value?: string | number, index?: number) =>
          GOAL_COLOURS[data.goals[index ?? 0]?.number ?? 1],
      },
    },
    yAxis: {
      type: 'value',
      ...sideAxisName(labels.itemCount),
      minInterval: 1,
      axisLabel: axisLabelStyle,
    },
    series: data.stacks.map((stack) => ({
      type: 'bar',
      name: labels.stack[stack.key],
      stack: 'items',
      data: stack.counts.map(barValue),
      barMaxWidth: 72,
      cursor: 'pointer',
      itemStyle: { color: STACK_COLOURS[stack.key], borderColor: INK, borderWidth: 1 },
      emphasis: { focus: 'series' },
    })),
  }
}

/** Every non-empty segment, goal by goal, bottom to top. */
export function buildGoalPhasePoints(data: GoalBreakdown, labels: ChartLabels): ChartPoint[] {
  return data.goals.flatMap((goal, dataIndex) =>
    data.stacks.flatMap((stack, seriesIndex) => {
      const count = stack.counts[dataIndex] ?? 0
      if (count === 0) return []
      return [
        {
          seriesIndex,
          dataIndex,
          label: `${goalHeading(data, dataIndex, labels)}. ${labels.stack[stack.key]}: ${labels.items(count)}`,
          target: goalTarget(goal.number),
        },
      ]
    }),
  )
}

/** One row per goal, one column per phase (or status), and the total. */
export function buildGoalPhaseTable(data: GoalBreakdown, labels: ChartLabels): ChartTable {
  return {
    caption: labels.titles.goalStage(data.by),
    columns: [labels.goalColumn, ...data.stacks.map((s) => labels.stack[s.key]), labels.total],
    rows: data.goals.map((goal, i) => ({
      header: goalHeading(data, i, labels),
      target: goalTarget(goal.number),
      cells: [...data.stacks.map((s) => s.counts[i] ?? 0), data.totals[i] ?? 0],
    })),
  }
}
