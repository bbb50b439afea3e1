/** Items per actor × goal as a heatmap; the count is written in each non-empty cell. */
import type { EChartsOption } from 'echarts'
import type { ActorGoalMatrix } from '@/domain/chart-data'
import { formatGoalName } from './goal-name'
import { axisLabelStyle, baseOption } from './base-option'
import { GOAL_COLOURS, HEAT_HIGH, HEAT_LOW, INK, mixColour, PAPER, textColourOn } from './palette'
import { pointIndex, tooltipHtml } from './tooltip'
import { actorTarget, type ChartLabels, type ChartPoint, type ChartTable } from './types'
import { maxOf } from '@/domain/array'

interface Cell {
  actor: number
  goal: number
  count: number
}

/** Non-empty cells, actor by actor: their order is the series' data order (`dataIndex`). */
function cellsOf(data: ActorGoalMatrix): Cell[] {
  return data.actors.flatMap((row, actor) =>
    row.counts.flatMap((count, goal) => (count > 0 ? [{ actor, goal, count }] : [])),
  )
}

/** Pixel height that gives each actor a readable row. */
export function actorGoalHeatmapHeight(data: ActorGoalMatrix): number {
  return 80 + 26 * Math.max(data.actors.length, 4)
}

/** The heatmap: goals across, actors down (most items first). */
export function buildActorGoalHeatmapOption(data: ActorGoalMatrix, labels: ChartLabels): EChartsOption {
  const cells = cellsOf(data)
  const max = Math.max(1, maxOf(cells.map((c) => c.count)) ?? 0)
  const description = `${labels.titles.actorGoal}. ${data.actors
    .map((a) => `${a.name}: ${labels.items(a.total)}`)
    .join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const cell = cells[pointIndex(params).dataIndex]
        const actor = cell && data.actors[cell.actor]
        const goal = cell && data.goals[cell.goal]
        if (!cell || !actor || !goal) return ''
        return tooltipHtml(actor.name, [formatGoalName(goal, labels.goal), labels.items(cell.count)])
      },
    },
    grid: { top: 40, left: 16, right: 16, bottom: 8 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: data.goals.map((g) => labels.goal(g.number)),
      splitArea: { show: false },
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        ...axisLabelStyle,
        fontWeight: 'bold',
        color: (_value?: string | number, index?: number) =>
          GOAL_COLOURS[data.goals[index ?? 0]?.number ?? 1],
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.actors.map((a) => a.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...axisLabelStyle, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'heatmap',
        name: labels.titles.actorGoal,
        cursor: 'pointer',
        data: cells.map((cell) => {
          // At least a fifth of the way along the ramp, so a single item is visible.
          const fill = mixColour(HEAT_LOW, HEAT_HIGH, 0.2 + (0.8 * (cell.count - 1)) / Math.max(1, max - 1))
          return {
            value: [cell.goal, cell.actor, cell.count],
            itemStyle: { color: fill, borderColor: PAPER, borderWidth: 2 },
            label: { color: textColourOn(fill) },
          }
        }),
        label: { show: true, formatter: (p: unknown) => String(cells[pointIndex(p).dataIndex]?.count ?? '') },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 2 } },
      },
    ],
  }
}

/** Every non-empty cell, actor by actor. */
export function buildActorGoalPoints(data: ActorGoalMatrix, labels: ChartLabels): ChartPoint[] {
  return cellsOf(data).flatMap((cell, dataIndex) => {
    const actor = data.actors[cell.actor]
    const goal = data.goals[cell.goal]
    if (!actor || !goal) return []
    return [
      {
        seriesIndex: 0,
        dataIndex,
        label: `${actor.name}. ${labels.goal(goal.number)}: ${labels.items(cell.count)}`,
        target: actorTarget(actor.id, goal.number),
      },
    ]
  })
}

/** One row per actor (linked to the actor), one column per goal, and the total. */
export function buildActorGoalTable(data: ActorGoalMatrix, labels: ChartLabels): ChartTable {
  return {
    caption: labels.titles.actorGoal,
    columns: [labels.actor, ...data.goals.map((g) => labels.goal(g.number)), labels.total],
    rows: data.actors.map((actor) => ({
      header: actor.name,
      target: actorTarget(actor.id),
      cells: [...actor.counts, actor.total],
    })),
  }
}
