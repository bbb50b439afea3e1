/**
 * One goal indicator as a small line chart: the baseline and the measurements as a line, the
 * target as a horizontal line. Only imported values are drawn; nothing is interpolated.
 */
import type { EChartsOption } from 'echarts'
import type { Indicator, IndicatorMeasurement } from '@/domain/types'
import { axisLabelStyle, axisNameStyle, baseOption } from './base-option'
import { GOAL_COLOURS, INK, INK_MUTED } from './palette'
import { pointIndex, tooltipHtml } from './tooltip'
import type { ChartTable } from './types'

export interface IndicatorLabels {
  baseline: string
  measured: string
  target: string
  period: string
  value: string
  /** `Målverdi 75 %`. */
  targetLine: (value: string) => string
  format: (n: number) => string
}

interface Point {
  period: string
  value: number
  kind: 'baseline' | 'measured'
}

/** Baseline first (at its year), then the measurements in the order of their periods. */
export function indicatorPoints(
  indicator: Indicator,
  measurements: readonly IndicatorMeasurement[],
): Point[] {
  const points: Point[] = []
  if (indicator.baseline !== undefined) {
    points.push({
      period: indicator.baselineYear !== undefined ? String(indicator.baselineYear) : '',
      value: indicator.baseline,
      kind: 'baseline',
    })
  }
  const own = measurements
    .filter((m) => m.indicatorId === indicator.id)
    .sort((a, b) => a.period.localeCompare(b.period, 'nb', { numeric: true }))
  for (const m of own) points.push({ period: m.period, value: m.value, kind: 'measured' })
  return points
}

/** The target as a dashed line across the chart, labelled at its end. */
function targetLine(target: number, unit: string, labels: IndicatorLabels) {
  return {
    symbol: 'none',
    silent: true,
    lineStyle: { color: INK_MUTED, type: 'dashed' as const, width: 2 },
    label: {
      formatter: labels.targetLine(`${labels.format(target)}${unit}`),
      color: INK,
      position: 'end' as const,
    },
    data: [{ yAxis: target }],
  }
}

export function buildIndicatorOption(
  indicator: Indicator,
  measurements: readonly IndicatorMeasurement[],
  labels: IndicatorLabels,
): EChartsOption {
  const points = indicatorPoints(indicator, measurements)
  const unit = indicator.unit ? ` ${indicator.unit}` : ''
  const periods = points.map((p) => p.period || labels.baseline)
  if (indicator.targetYear !== undefined && !periods.includes(String(indicator.targetYear)))
    periods.push(String(indicator.targetYear))
  const target = indicator.target
  const description = [
    indicator.name,
    ...points.map(
      (p) =>
        `${p.kind === 'baseline' ? labels.baseline : labels.measured} ${p.period}: ${labels.format(p.value)}${unit}`,
    ),
    ...(target !== undefined ? [labels.targetLine(`${labels.format(target)}${unit}`)] : []),
  ].join('. ')
  const base = baseOption(description)
  const colour = GOAL_COLOURS[indicator.goal]
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { dataIndex } = pointIndex(params)
        const p = points[dataIndex]
        if (!p) return ''
        return tooltipHtml(indicator.name, [
          `${p.kind === 'baseline' ? labels.baseline : labels.measured} ${p.period}: ${labels.format(p.value)}${unit}`,
        ])
      },
    },
    grid: { top: 28, left: 8, right: 96, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: periods,
      axisLabel: axisLabelStyle,
      name: labels.period,
      nameTextStyle: axisNameStyle,
    },
    yAxis: {
      type: 'value',
      name: indicator.unit ?? labels.value,
      nameTextStyle: axisNameStyle,
      axisLabel: axisLabelStyle,
      ...(target !== undefined ? { max: (v: { max: number }) => Math.max(v.max, target) } : {}),
    },
    series: [
      {
        type: 'line',
        name: indicator.name,
        data: points.map((p) => p.value),
        symbolSize: 9,
        itemStyle: { color: colour },
        lineStyle: { color: colour, width: 2 },
        label: {
          show: true,
          color: INK,
          formatter: (p: { value: unknown }) => labels.format(Number(p.value)),
        },
        ...(target !== undefined ? { markLine: targetLine(target, unit, labels) } : {}),
      },
    ],
  }
}

export function buildIndicatorTable(
  indicator: Indicator,
  measurements: readonly IndicatorMeasurement[],
  labels: IndicatorLabels,
): ChartTable {
  const rows = indicatorPoints(indicator, measurements).map((p) => ({
    header: p.kind === 'baseline' ? `${labels.baseline} ${p.period}`.trim() : p.period,
    cells: [p.value],
  }))
  if (indicator.target !== undefined) {
    rows.push({
      header: `${labels.target}${indicator.targetYear !== undefined ? ` ${indicator.targetYear}` : ''}`,
      cells: [indicator.target],
    })
  }
  return {
    caption: indicator.name,
    columns: [labels.period, indicator.unit ? `${labels.value} (${indicator.unit})` : labels.value],
    rows,
  }
}
