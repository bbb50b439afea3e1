/**
 * A plain bar chart of counts (one series, one colour), each bar leading to the items it
 * counts: the goal page's per-phase and per-start-year charts.
 */
import type { EChartsOption } from 'echarts'
import { axisLabelStyle, axisNameStyle, baseOption, categoryAxisLabel, sideAxisName } from './base-option'
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
  /** Bars along the page for long category names (phases), so they read unturned. */
  horizontal?: boolean
}

/** A vertical axis of long names, first at the top, each wrapped within its width. */
function horizontalAxes(data: CountBars, labels: ChartLabels, names: string[]): EChartsOption {
  return {
    grid: { top: 8, left: 8, right: 24, bottom: 40, containLabel: true },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { ...axisLabelStyle, interval: 0, width: 180, overflow: 'break', lineHeight: 14 },
    },
    xAxis: {
      type: 'value',
      name: labels.itemCount,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisNameStyle,
      minInterval: 1,
      axisLabel: axisLabelStyle,
    },
  }
}

function verticalAxes(data: CountBars, labels: ChartLabels, names: string[]): EChartsOption {
  const axisLabel = categoryAxisLabel(names, 360)
  return {
    grid: { top: 16, left: 40, right: 16, bottom: 8 },
    xAxis: {
      type: 'category',
      name: data.category,
      nameLocation: 'middle',
      nameGap: axisLabel.rotate ? 64 : 28,
      nameTextStyle: axisNameStyle,
      data: names,
      axisLabel,
    },
    yAxis: { type: 'value', ...sideAxisName(labels.itemCount), minInterval: 1, axisLabel: axisLabelStyle },
  }
}

/** Pixels a chart needs: a horizontal bar gets room for a name wrapped on two lines. */
export function countBarsHeight(data: CountBars): number {
  return data.horizontal ? Math.max(240, data.bars.length * 44 + 64) : 300
}

export function buildCountBarsOption(data: CountBars, labels: ChartLabels): EChartsOption {
  const names = data.bars.map((b) => b.label)
  const description = `${data.title}. ${data.bars.map((b) => `${b.label}: ${labels.items(b.count)}`).join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const bar = data.bars[pointIndex(params).dataIndex]
        return bar ? tooltipHtml(`${data.category}: ${bar.label}`, [labels.items(bar.count)]) : ''
      },
    },
    ...(data.horizontal ? horizontalAxes(data, labels, names) : verticalAxes(data, labels, names)),
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
