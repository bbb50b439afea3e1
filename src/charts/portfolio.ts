/**
 * Option builders of the portfolio page: status and risk now vs the previous round, running
 * costs by solution and year, and the portfolio's figures across rounds (the dependency graph is
 * in portfolio-dependencies.ts).
 * All text in tooltips goes through `tooltipHtml` (escaped): names come from imported files.
 */
import type { EChartsOption } from 'echarts'
import type { PortfolioRound } from '@/domain/portfolio'
import {
  STATUS_BUCKETS,
  type CostRollup,
  type StatusBucket,
  type StatusColumn,
} from '@/domain/portfolio-summary'
import { axisLabelStyle, axisNameStyle, baseOption } from './base-option'
import { INK, INK_MUTED, MISSING_COLOUR, PAPER } from './palette'
import { barValue, pointIndex, tooltipHtml } from './tooltip'
import type { ChartTable } from './types'

/** Red, yellow and green dark enough for 3:1 against white; "not stated" pale and outlined. */
export const STATUS_COLOURS: Readonly<Record<StatusBucket, string>> = {
  rod: '#b3261e',
  gul: '#9a6f00',
  gronn: '#2e7d32',
  none: MISSING_COLOUR,
}

/** Solutions in a fixed order of distinct hues. */
const SOLUTION_COLOURS = ['#005a8c', '#a34400', '#00704f', '#95487a', '#7a5000', '#3b4a6b', '#4a525c']

export function solutionColour(index: number): string {
  return SOLUTION_COLOURS[index % SOLUTION_COLOURS.length] ?? INK
}

/** Localised words of the portfolio charts; the view fills them from vue-i18n. */
export interface PortfolioChartLabels {
  status: Record<StatusBucket, string>
  /** `Status, forrige rapportering`. */
  column: (column: Pick<StatusColumn, 'measure' | 'round'>) => string
  measures: (n: number) => string
  measureCount: string
  year: string
  solution: string
  mnok: string
  total: string
  round: string
  notStated: string
  series: { measures: string; red: string; yellow: string }
  titles: { status: string; costs: string; dependencies: string; trend: string }
  /** `A avhenger av B`. */
  dependsOn: (measure: string, target: string) => string
}

export function buildStatusOption(columns: StatusColumn[], labels: PortfolioChartLabels): EChartsOption {
  const names = columns.map((c) => labels.column(c))
  const description = `${labels.titles.status}. ${columns
    .map(
      (c, i) => `${names[i]}: ${STATUS_BUCKETS.map((b) => `${labels.status[b]} ${c.counts[b]}`).join(', ')}`,
    )
    .join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = pointIndex(params)
        const bucket = STATUS_BUCKETS[seriesIndex]
        const column = columns[dataIndex]
        if (!bucket || !column) return ''
        return tooltipHtml(names[dataIndex] ?? '', [
          `${labels.status[bucket]}: ${labels.measures(column.counts[bucket])}`,
        ])
      },
    },
    legend: { top: 0, left: 'center', textStyle: { color: INK } },
    grid: { top: 40, left: 16, right: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      name: labels.measureCount,
      nameTextStyle: axisNameStyle,
      minInterval: 1,
      axisLabel: axisLabelStyle,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { ...axisLabelStyle, width: 220, overflow: 'break' },
    },
    series: STATUS_BUCKETS.map((bucket) => ({
      type: 'bar',
      name: labels.status[bucket],
      stack: 'status',
      data: columns.map((c) => barValue(c.counts[bucket])),
      barMaxWidth: 36,
      label: { show: true, color: bucket === 'none' ? INK : PAPER },
      itemStyle: {
        color: STATUS_COLOURS[bucket],
        borderColor: bucket === 'none' ? INK_MUTED : PAPER,
        borderWidth: 1,
      },
    })),
  }
}

export function buildStatusTable(columns: StatusColumn[], labels: PortfolioChartLabels): ChartTable {
  return {
    caption: labels.titles.status,
    columns: ['', ...STATUS_BUCKETS.map((b) => labels.status[b]), labels.total],
    rows: columns.map((c) => ({
      header: labels.column(c),
      cells: [...STATUS_BUCKETS.map((b) => c.counts[b]), STATUS_BUCKETS.reduce((n, b) => n + c.counts[b], 0)],
    })),
  }
}

/** Stacked bars: one per year, one segment per solution (costs covered internally are left out). */
export function buildCostOption(
  rollup: CostRollup,
  labels: PortfolioChartLabels,
  format: (n: number) => string,
): EChartsOption {
  const description = `${labels.titles.costs}. ${rollup.sums.map((s) => `${s.year}: ${format(s.mnok)} ${labels.mnok}`).join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = pointIndex(params)
        const solution = rollup.solutions[seriesIndex]
        const year = rollup.years[dataIndex]
        if (solution === undefined || year === undefined) return ''
        return tooltipHtml(solution, [
          `${labels.year}: ${year}`,
          `${format(rollup.mnok[seriesIndex]?.[dataIndex] ?? 0)} ${labels.mnok}`,
        ])
      },
    },
    legend: { top: 0, left: 'center', textStyle: { color: INK } },
    grid: { top: 48, left: 16, right: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.year,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisNameStyle,
      data: rollup.years.map(String),
      axisLabel: axisLabelStyle,
    },
    yAxis: { type: 'value', name: labels.mnok, nameTextStyle: axisNameStyle, axisLabel: axisLabelStyle },
    series: rollup.solutions.map((solution, s) => ({
      type: 'bar',
      name: solution,
      stack: 'costs',
      data: (rollup.mnok[s] ?? []).map(barValue),
      barMaxWidth: 56,
      itemStyle: { color: solutionColour(s), borderColor: PAPER, borderWidth: 1 },
    })),
  }
}

export function buildCostTable(rollup: CostRollup, labels: PortfolioChartLabels): ChartTable {
  return {
    caption: labels.titles.costs,
    columns: [labels.solution, ...rollup.years.map(String)],
    rows: [
      ...rollup.solutions.map((solution, s) => ({ header: solution, cells: rollup.mnok[s] ?? [] })),
      { header: labels.total, cells: rollup.sums.map((x) => x.mnok) },
    ],
  }
}

/** Figures per round as lines; a figure the source does not state is a gap, not a zero. */
export function buildTrendOption(
  rounds: readonly PortfolioRound[],
  labels: PortfolioChartLabels,
): EChartsOption {
  const keys = ['measures', 'red', 'yellow'] as const
  const colours = { measures: INK_MUTED, red: STATUS_COLOURS.rod, yellow: STATUS_COLOURS.gul }
  const description = `${labels.titles.trend}. ${rounds
    .map(
      (r) => `${r.round}: ${keys.map((k) => `${labels.series[k]} ${r[k] ?? labels.notStated}`).join(', ')}`,
    )
    .join('; ')}.`
  const base = baseOption(description)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { seriesIndex, dataIndex } = pointIndex(params)
        const key = keys[seriesIndex]
        const round = rounds[dataIndex]
        if (!key || !round) return ''
        return tooltipHtml(round.round, [`${labels.series[key]}: ${round[key] ?? labels.notStated}`])
      },
    },
    legend: { top: 0, left: 'center', textStyle: { color: INK } },
    grid: { top: 48, left: 16, right: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.round,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisNameStyle,
      data: rounds.map((r) => r.round),
      axisLabel: axisLabelStyle,
    },
    yAxis: {
      type: 'value',
      name: labels.measureCount,
      // Left-aligned at the axis: a long name («Number of measures») is not cut at the edge.
      nameTextStyle: { ...axisNameStyle, align: 'left' },
      minInterval: 1,
      axisLabel: axisLabelStyle,
    },
    series: keys.map((key) => ({
      type: 'line',
      name: labels.series[key],
      connectNulls: false,
      symbolSize: 10,
      label: { show: true, color: INK },
      data: rounds.map((r) => r[key] ?? null),
      itemStyle: { color: colours[key] },
      lineStyle: { color: colours[key], width: 2 },
    })),
  }
}

export function buildTrendTable(rounds: readonly PortfolioRound[], labels: PortfolioChartLabels): ChartTable {
  const keys = ['measures', 'red', 'yellow'] as const
  return {
    caption: labels.titles.trend,
    columns: [labels.round, ...keys.map((k) => labels.series[k])],
    rows: rounds.map((r) => ({ header: r.round, cells: keys.map((k) => r[k] ?? labels.notStated) })),
  }
}
