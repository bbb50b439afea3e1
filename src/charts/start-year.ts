/** Items per start year, stacked by goal in the goals' colours. */
import type { EChartsOption } from 'echarts'
import type { StartYearBreakdown } from '@/domain/chart-data'
import { formatGoalName } from './goal-name'
import {
  axisLabelStyle,
  axisNameStyle,
  baseOption,
  categoryAxisLabel,
  sideAxisName,
  topLegend,
} from './base-option'
import { GOAL_COLOURS, PAPER } from './palette'
import { barValue, pointIndex, tooltipHtml } from './tooltip'
import { goalTarget, type ChartLabels, type ChartPoint, type ChartTable } from './types'

function yearLabel(year: number | null, labels: ChartLabels): string {
  return year === null ? labels.noStart : String(year)
}

/** The stacked bar chart; one bar per start year, one series per goal. */
export function buildStartYearOption(data: StartYearBreakdown, labels: ChartLabels): EChartsOption {
  const description = `${labels.titles.startYear}. ${data.years
    .map((y, i) => `${yearLabel(y, labels)}: ${labels.items(data.totals[i] ?? 0)}`)
    .join('; ')}.`
  const base = baseOption(description)
  const axisLabels = data.years.map((y) => yearLabel(y, labels))
  const axisLabel = categoryAxisLabel(axisLabels)
  const { legend, gridTop } = topLegend(data.goals.map((g) => labels.goal(g.number)))
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = pointIndex(params)
        const goal = data.goals[seriesIndex]
        if (!goal || dataIndex < 0 || dataIndex >= data.years.length) return ''
        return tooltipHtml(formatGoalName(goal, labels.goal), [
          `${labels.year}: ${yearLabel(data.years[dataIndex] ?? null, labels)}`,
          labels.items(data.counts[seriesIndex]?.[dataIndex] ?? 0),
        ])
      },
    },
    legend,
    grid: { top: gridTop, left: 40, right: 24, bottom: 8 },
    xAxis: {
      type: 'category',
      name: labels.year,
      nameLocation: 'middle',
      // Turned labels are taller: the axis name moves down below them.
      nameGap: axisLabel.rotate ? 52 : 28,
      nameTextStyle: axisNameStyle,
      data: axisLabels,
      axisLabel,
    },
    yAxis: {
      type: 'value',
      ...sideAxisName(labels.itemCount),
      minInterval: 1,
      axisLabel: axisLabelStyle,
    },
    series: data.goals.map((goal, g) => ({
      type: 'bar',
      name: labels.goal(goal.number),
      stack: 'items',
      data: (data.counts[g] ?? []).map(barValue),
      barMaxWidth: 56,
      cursor: 'pointer',
      itemStyle: { color: GOAL_COLOURS[goal.number], borderColor: PAPER, borderWidth: 1 },
      emphasis: { focus: 'series' },
    })),
  }
}

/** Every non-empty segment, year by year, bottom to top. */
export function buildStartYearPoints(data: StartYearBreakdown, labels: ChartLabels): ChartPoint[] {
  return data.years.flatMap((year, dataIndex) =>
    data.goals.flatMap((goal, seriesIndex) => {
      const count = data.counts[seriesIndex]?.[dataIndex] ?? 0
      if (count === 0) return []
      return [
        {
          seriesIndex,
          dataIndex,
          label: `${yearLabel(year, labels)}. ${formatGoalName(goal, labels.goal)}: ${labels.items(count)}`,
          target: goalTarget(goal.number),
        },
      ]
    }),
  )
}

/** One row per start year, one column per goal, and the total. */
export function buildStartYearTable(data: StartYearBreakdown, labels: ChartLabels): ChartTable {
  return {
    caption: labels.titles.startYear,
    columns: [labels.year, ...data.goals.map((g) => labels.goal(g.number)), labels.total],
    rows: data.years.map((year, y) => ({
      header: yearLabel(year, labels),
      cells: [...data.goals.map((_, g) => data.counts[g]?.[y] ?? 0), data.totals[y] ?? 0],
    })),
  }
}
