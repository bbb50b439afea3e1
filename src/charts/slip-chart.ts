/**
 * The slip chart: each re-dated deliverable as an arrow from its old end (or start) to its new
 * one, largest slip at the top; coloured by goal, tentative items dashed (never colour alone:
 * the table alternative says it too). An ECharts custom series over a time axis, one row per
 * deliverable; rows are numbered, so repeated titles stay apart on the category axis.
 */
import { maxOf, minOf } from '@/domain/array'
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
  EChartsOption,
} from 'echarts'
import { slippedChanges, type ItemChange } from '@/domain/compare'
import { lastDayOf } from '@/domain/period'
import type { GoalNumber } from '@/domain/types'
import { axisLabelStyle, baseOption } from './base-option'
import { GOAL_COLOURS, INK_MUTED, PAPER } from './palette'
import { pointIndex, tooltipHtml } from './tooltip'
import type { ChartPoint, ChartTable, ChartTarget } from './types'

export type SlipBy = 'start' | 'end'

export interface SlipChartLabels {
  title: string
  goal: (n: GoalNumber) => string
  /** `+400 dager`. */
  days: (n: number) => string
  /** Column headers of the table. */
  columns: { title: string; goal: string; before: string; after: string; slip: string; status: string }
  tentative: string
  planned: string
  /** `Viser de 40 største av 120; alle står i tabellen.` */
  truncated: (shown: number, total: number) => string
  /** A date for people: `28.01.2025`. */
  date: (iso: string) => string
}

export interface SlipRow {
  change: ItemChange
  title: string
  goal: GoalNumber
  /** ISO days: the old and new date (last day for ends, first day for starts). */
  before: string
  after: string
  slip: number
  tentative: boolean
  target: ChartTarget
}

/** Rows drawn at most; the table has all of them. */
export const SLIP_CHART_MAX_ROWS = 40
const ROW_HEIGHT = 24
const DAY = 86_400_000

/** The re-dated changes as chart rows, largest slip first. */
export function buildSlipRows(
  changes: readonly ItemChange[],
  by: SlipBy,
  targetOf: (change: ItemChange) => ChartTarget,
): SlipRow[] {
  return slippedChanges(changes, by).map((change) => {
    const o = change.old?.period[by]
    const n = change.new?.period[by]
    const day = (p: NonNullable<typeof o>) => (by === 'end' ? lastDayOf(p) : p.date)
    const item = change.new ?? change.old
    return {
      change,
      title: item?.title ?? '',
      goal: item?.goal ?? 1,
      before: o ? day(o) : '',
      after: n ? day(n) : '',
      slip: change.slipDays[by] ?? 0,
      tentative: change.new?.status === 'tentative',
      target: targetOf(change),
    }
  })
}

export function slipChartHeight(rows: readonly SlipRow[]): number {
  return Math.max(160, Math.min(rows.length, SLIP_CHART_MAX_ROWS) * ROW_HEIGHT + 70)
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

function rowLabel(row: SlipRow, index: number): string {
  const text = `${index + 1}. ${row.title}`
  return text.length > 42 ? `${text.slice(0, 41)}…` : text
}

/** Each row an arrow from the old date (ring) to the new (head), dashed when tentative. */
function slipArrowRenderer(shown: readonly SlipRow[]) {
  return (
    params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    const row = shown[params.dataIndex]
    if (!row) return null
    const y = api.value(0) as number
    const [x0, yMid] = api.coord([api.value(1), y]) as [number, number]
    const [x1] = api.coord([api.value(2), y]) as [number, number]
    const colour = GOAL_COLOURS[row.goal]
    const dir = x1 >= x0 ? 1 : -1
    const head = 7
    return {
      type: 'group',
      children: [
        {
          type: 'line',
          shape: { x1: x0, y1: yMid, x2: x1 - dir * head, y2: yMid },
          style: { stroke: colour, lineWidth: 2.5, lineDash: row.tentative ? [5, 3] : undefined },
        },
        {
          type: 'circle',
          shape: { cx: x0, cy: yMid, r: 4 },
          style: { fill: PAPER, stroke: colour, lineWidth: 2 },
        },
        {
          type: 'polygon',
          shape: {
            points: [
              [x1, yMid],
              [x1 - dir * head, yMid - 5],
              [x1 - dir * head, yMid + 5],
            ],
          },
          style: { fill: colour },
        },
      ],
    }
  }
}

export function buildSlipOption(rows: readonly SlipRow[], labels: SlipChartLabels): EChartsOption {
  const shown = rows.slice(0, SLIP_CHART_MAX_ROWS)
  const description = `${labels.title}. ${shown
    .slice(0, 10)
    .map((r) => `${r.title}: ${labels.days(r.slip)}`)
    .join('; ')}.`
  const base = baseOption(description)
  const renderItem = slipArrowRenderer(shown)
  const dates = shown.flatMap((r) => [Date.parse(r.before), Date.parse(r.after)])
  const [min, max] = [minOf(dates) ?? 0, maxOf(dates) ?? 0]
  const pad = Math.max(30 * DAY, (max - min) * 0.05)
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const row = shown[pointIndex(params).dataIndex]
        if (!row) return ''
        return tooltipHtml(row.title, [
          `${labels.columns.goal}: ${labels.goal(row.goal)}`,
          `${labels.date(row.before)} → ${labels.date(row.after)}`,
          `${labels.columns.slip}: ${labels.days(row.slip)}`,
          row.tentative ? labels.tentative : labels.planned,
        ])
      },
    },
    grid: { top: 16, left: 8, right: 32, bottom: 40, containLabel: true },
    xAxis: {
      type: 'time',
      min: min - pad,
      max: max + pad,
      axisLabel: axisLabelStyle,
      splitLine: { show: true, lineStyle: { color: '#e1e5ea' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map(rowLabel),
      axisLabel: { ...axisLabelStyle, color: INK_MUTED },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [1, 2], y: 0 },
        data: shown.map((r, i) => [i, Date.parse(r.before), Date.parse(r.after)]),
        cursor: 'pointer',
      },
    ],
  }
}

/** Every re-dated deliverable, in the chart's order: the table alternative and its caption. */
export function buildSlipTable(rows: readonly SlipRow[], labels: SlipChartLabels): ChartTable {
  const caption =
    rows.length > SLIP_CHART_MAX_ROWS
      ? `${labels.title}. ${labels.truncated(SLIP_CHART_MAX_ROWS, rows.length)}`
      : labels.title
  return {
    caption,
    columns: [
      labels.columns.title,
      labels.columns.slip,
      labels.columns.before,
      labels.columns.after,
      labels.columns.goal,
      labels.columns.status,
    ],
    rows: rows.map((r) => ({
      header: r.title,
      target: r.target,
      cells: [
        signed(r.slip),
        labels.date(r.before),
        labels.date(r.after),
        labels.goal(r.goal),
        r.tentative ? labels.tentative : labels.planned,
      ],
    })),
  }
}

export function buildSlipPoints(rows: readonly SlipRow[], labels: SlipChartLabels): ChartPoint[] {
  return rows.slice(0, SLIP_CHART_MAX_ROWS).map((r, dataIndex) => ({
    seriesIndex: 0,
    dataIndex,
    label: `${r.title}: ${labels.date(r.before)} → ${labels.date(r.after)}, ${labels.days(r.slip)}`,
    target: r.target,
  }))
}
