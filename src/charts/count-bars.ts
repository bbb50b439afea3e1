/**
 * A plain bar chart of counts (one series, one colour), each bar leading to the items it
 * counts: the goal page's per-phase and per-start-year charts.
 */
import type { EChartsOption } from 'echarts'
import { baseOption, categoryAxisLabel, sideAxisName } from './base-option'
import { INK } from './palette'
import { barValue, pointIndex, tooltipHtml } from './tooltip'
import type { ChartLabels, ChartPoint, ChartTable, ChartTarget } from './types'

export interface CountBar {
  label: string
  count: number
  target: ChartTarget
}

export interface CountBars {
  title: string
  /** Name of the category axis and the table's first column: `Fase`, `Startår`. */
  category: string
  colour: string
  bars: CountBar[]
}

export function buildCountBarsOption(data: CountBars, labels: ChartLabels): EChartsOption {
  const names = data.bars.map((b) => b.label)
  const description = `${data.title}. ${data.bars.map((b) => `${b.label}: ${labels.items(b.count)}`).join('; ')}.`
  const base = baseOption(description)
  const axisLabel = categoryAxisLabel(names, 360)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const bar = data.bars[pointIndex(params).dataIndex]
        return bar ? tooltipHtml(`${data.category}: ${bar.label}`, [labels.items(bar.count)]) : ''
      },
    },
    grid: { top: 16, left: 40, right: 16, bottom: 8 },
    xAxis: {
      type: 'category',
      name: data.category,
      nameLocation: 'middle',
      nameGap: axisLabel.rotate ? 64 : 28,
      data: names,
      axisLabel: { ...axisLabel, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', ...sideAxisName(labels.itemCount), minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: labels.itemCount,
        data: data.bars.map((b) => barValue(b.count)),
        barMaxWidth: 56,
        cursor: 'pointer',
        itemStyle: { color: data.colour, borderColor: INK, borderWidth: 1 },
      },
    ],
  }
}

export function buildCountBarsPoints(data: CountBars, labels: ChartLabels): ChartPoint[] {
  return data.bars.map((bar, dataIndex) => ({
    seriesIndex: 0,
    dataIndex,
    label: `${bar.label}: ${labels.items(bar.count)}`,
    target: bar.target,
  }))
}

/** One row per bar; the row header links to the items it counts. */
export function buildCountBarsTable(data: CountBars, labels: ChartLabels): ChartTable {
  return {
    caption: data.title,
    columns: [data.category, labels.itemCount],
    rows: data.bars.map((bar) => ({ header: bar.label, target: bar.target, cells: [bar.count] })),
  }
}
