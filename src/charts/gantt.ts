/**
 * The timeline as an ECharts custom series. One data row per bar: [lane, start ms, end ms, bar
 * index]; `renderItem` draws from a closure over the layout, allocating little per bar so 10 000
 * items stay fast. Phases colour the bar (a span is split into one segment per phase), tentative
 * items have a dashed outline and a lighter fill (never colour alone), an open end gets an
 * arrow, an inferred end a dotted edge, end-before-start a warning point, milestones a diamond.
 */
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
  EChartsOption,
} from 'echarts'
import type { GanttBar, GanttLane, GanttLayout, GanttTableRow } from '@/domain/gantt-layout'
import type { Phase, PlanningStatus, RoadmapItem } from '@/domain/types'
import { axisLabelStyle, baseOption } from './base-option'
import { INK, INK_MUTED, NO_PHASE_COLOUR, STACK_COLOURS } from './palette'
import { pointIndex, tooltipHtml } from './tooltip'
import type { ChartPoint, ChartTable, ChartTarget } from './types'

export type GanttZoom = 'year' | 'half' | 'quarter' | 'month' | 'all'

export interface GanttChartLabels {
  title: string
  phases: Record<Phase, string>
  status: Record<PlanningStatus, string>
  noPhase: string
  period: string
  phase: string
  statusLabel: string
  actors: string
  sourceRow: (row: number) => string
  noEnd: string
  openEnd: string
  endBeforeStart: string
  startMissing: string
  milestone: string
  asOf: (date: string) => string
  lane: string
  uncertain: string
}

export interface GanttChartInput {
  layout: Pick<GanttLayout, 'lanes' | 'bars'>
  items: ReadonlyMap<string, RoadmapItem>
  /** ISO date of the as-of line. */
  asOf: string
  /** Year to shade, or null. */
  year: number | null
  /** Visible window (ISO dates); the data zoom starts here. */
  window: { start: string; end: string }
  zoom: GanttZoom
  labels: GanttChartLabels
}

const DAY = 86_400_000
export const GANTT_LANE_HEIGHT = 26
/** Pixels beyond the plotting area that a point, diamond or arrow may still reach into. */
const CULL_MARGIN = 16

function ms(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/** The colour of a phase, or a neutral grey-blue for items without a phase. */
export function phaseColour(phase: Phase | undefined): string {
  return phase ? STACK_COLOURS[phase] : NO_PHASE_COLOUR
}

/** Lane label with indentation by depth and a marker for group lanes (▾ open, ▸ closed). */
export function laneLabel(lane: GanttLane): string {
  const marker = lane.hasChildren ? (lane.collapsed ? '▸ ' : '▾ ') : ''
  const code = lane.code ? `${lane.code} ` : ''
  return `${'  '.repeat(lane.depth)}${marker}${code}${lane.label}`
}

/** Axis ticks that match the zoom: whole years, half-years, quarters or months. */
function axisLabelFormatter(zoom: GanttZoom): (value: number) => string {
  return (value) => {
    const d = new Date(value)
    const y = d.getUTCFullYear()
    const m = d.getUTCMonth()
    if (zoom === 'quarter') return `Q${Math.floor(m / 3) + 1} ${y}`
    if (zoom === 'half') return `H${m < 6 ? 1 : 2} ${y}`
    if (zoom === 'month') return `${String(m + 1).padStart(2, '0')}.${y}`
    return String(y)
  }
}

const TICK_DAYS: Record<GanttZoom, number> = { year: 365, half: 182, quarter: 91, month: 30, all: 365 }

function describe(bar: GanttBar, labels: GanttChartLabels): string[] {
  const notes: string[] = []
  if (bar.kind === 'milestone') notes.push(labels.milestone)
  if (bar.openEnd) notes.push(labels.openEnd)
  if (bar.endInferred) notes.push(labels.noEnd)
  if (bar.warning) notes.push(labels.endBeforeStart)
  if (bar.startMissing) notes.push(labels.startMissing)
  if (bar.uncertain) notes.push(labels.uncertain)
  return notes
}

/** The tooltip lines of a bar, all plain text (escaped by tooltipHtml). */
export function ganttTooltipLines(
  bar: GanttBar,
  item: RoadmapItem | undefined,
  labels: GanttChartLabels,
): string[] {
  const phases = bar.phases.length > 0 ? bar.phases.map((p) => labels.phases[p]).join(' – ') : labels.noPhase
  const lines = [
    `${labels.period}: ${bar.periodText}`,
    `${labels.phase}: ${phases}`,
    ...(bar.status ? [`${labels.statusLabel}: ${labels.status[bar.status]}`] : []),
    ...(item && item.actors.length > 0 ? [`${labels.actors}: ${item.actors.join(', ')}`] : []),
    ...describe(bar, labels),
    ...(item ? [labels.sourceRow(item.source.row)] : []),
  ]
  return lines
}

/** The ECharts option of the timeline. */
export function buildGanttOption(input: GanttChartInput): EChartsOption {
  const { layout, labels } = input
  const laneIndex = new Map(layout.lanes.map((lane, i) => [lane.id, i]))
  const bars = layout.bars
  const data = bars.map((bar, i) => [laneIndex.get(bar.laneId) ?? 0, ms(bar.start), ms(bar.end) + DAY, i])
  // A fixed time extent: the lane zoom below filters rows out, and the axis must not jump with it.
  let minMs = ms(input.asOf)
  let maxMs = minMs
  for (const row of data) {
    if ((row[1] as number) < minMs) minMs = row[1] as number
    if ((row[2] as number) > maxMs) maxMs = row[2] as number
  }

  const renderItem = (
    params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    // Cull first, before anything is allocated: the lane dataZoom shows ~40 of 10 000 lanes,
    // but ECharts calls renderItem for every row (rows outside it have NaN coordinates), and
    // each element returned, even an empty group, becomes a zrender element to lay out.
    const area = params.coordSys as unknown as { x: number; y: number; width: number; height: number }
    const lane = api.value(0) as number
    const [x0, yMid] = api.coord([api.value(1), lane]) as [number, number]
    const band = (api.size?.([0, 1]) as number[])[1] ?? GANTT_LANE_HEIGHT
    // Negated so that NaN (a row outside the lane window) is culled too.
    if (!(yMid >= area.y - band && yMid <= area.y + area.height + band)) return null
    const [x1] = api.coord([api.value(2), lane]) as [number, number]
    // Points, diamonds and arrows reach at most ~10 px beyond their dates.
    if (!(x1 >= area.x - CULL_MARGIN && x0 <= area.x + area.width + CULL_MARGIN)) return null
    const bar = bars[api.value(3) as number] as GanttBar
    const h = Math.max(6, band * (bar.rolledUp ? 0.35 : 0.6))
    const y = yMid - h / 2
    const tentative = bar.status === 'tentative'
    const stroke = { stroke: INK, lineWidth: 1, lineDash: tentative ? [4, 3] : undefined }
    if (bar.kind === 'milestone') {
      const r = Math.min(8, h / 1.4)
      const cx = (x0 + x1) / 2
      return {
        type: 'polygon',
        shape: {
          points: [
            [cx, yMid - r],
            [cx + r, yMid],
            [cx, yMid + r],
            [cx - r, yMid],
          ],
        },
        style: { fill: phaseColour(bar.phases[0]), ...stroke },
      }
    }
    if (bar.kind === 'point') {
      return {
        type: 'group',
        children: [
          {
            type: 'circle',
            shape: { cx: x0, cy: yMid, r: 5 },
            style: { fill: bar.warning ? '#a30000' : INK_MUTED, ...stroke },
          },
          ...(bar.warning
            ? [
                {
                  type: 'text' as const,
                  style: { text: '!', x: x0 + 7, y: yMid - 7, fill: '#a30000', font: 'bold 12px sans-serif' },
                },
              ]
            : []),
        ],
      }
    }
    // Clip to the plotting area so a zoomed-in view does not draw over the lane labels.
    const left = Math.max(x0, area.x)
    const right = Math.min(x1, area.x + area.width)
    if (right <= left) return null
    // Segments divide the whole bar; each is then clipped, so zooming keeps phase boundaries.
    const phases = bar.phases.length > 0 ? bar.phases : [undefined]
    const segment = (x1 - x0) / phases.length
    const children: NonNullable<Extract<CustomSeriesRenderItemReturn, { type: 'group' }>['children']> = []
    phases.forEach((phase, k) => {
      const from = Math.max(left, x0 + k * segment)
      const to = Math.min(right, x0 + (k + 1) * segment)
      if (to <= from) return
      children.push({
        type: 'rect' as const,
        shape: { x: from, y, width: to - from, height: h },
        style: { fill: phaseColour(phase), opacity: tentative ? 0.55 : 1 },
      })
    })
    children.push({
      type: 'rect',
      shape: { x: left, y, width: right - left, height: h },
      style: { fill: 'none', ...stroke },
    })
    if (bar.openEnd && x1 <= area.x + area.width + 1) {
      children.push({
        type: 'polygon',
        shape: {
          points: [
            [right, y - 2],
            [right + 8, yMid],
            [right, y + h + 2],
          ],
        },
        style: { fill: INK },
      })
    }
    if (bar.endInferred) {
      children.push({
        type: 'line',
        shape: { x1: right, y1: y - 3, x2: right, y2: y + h + 3 },
        style: { stroke: INK, lineWidth: 2, lineDash: [2, 2] },
      })
    }
    return { type: 'group', children }
  }

  const description = `${labels.title}: ${bars.length} elementer på ${layout.lanes.length} rader.`
  const base = baseOption(description)
  const asOfMs = ms(input.asOf)
  const markArea =
    input.year === null
      ? undefined
      : {
          silent: true,
          itemStyle: { color: 'rgba(11, 79, 108, 0.08)' },
          data: [[{ xAxis: Date.UTC(input.year, 0, 1) }, { xAxis: Date.UTC(input.year + 1, 0, 1) }]],
        }
  const visibleLanes = Math.min(layout.lanes.length, 40)

  return {
    ...base,
    animation: false,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const { dataIndex } = pointIndex(params)
        const bar = bars[dataIndex]
        if (!bar) return ''
        return tooltipHtml(bar.title, ganttTooltipLines(bar, input.items.get(bar.itemId), labels))
      },
    },
    grid: {
      top: 16,
      left: 8,
      right: layout.lanes.length > visibleLanes ? 40 : 16,
      bottom: 64,
      containLabel: true,
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: minMs,
      max: maxMs,
      minInterval: TICK_DAYS[input.zoom] * DAY,
      axisLabel: { ...axisLabelStyle, hideOverlap: true, formatter: axisLabelFormatter(input.zoom) },
      splitLine: { show: true, lineStyle: { color: '#e4e8ec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: layout.lanes.map(laneLabel),
      axisTick: { show: false },
      axisLabel: {
        ...axisLabelStyle,
        width: 260,
        overflow: 'truncate',
        align: 'left',
        margin: 268,
        fontSize: 12,
      },
      triggerEvent: true,
    },
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'weakFilter',
        startValue: ms(input.window.start),
        endValue: ms(input.window.end),
        bottom: 8,
        height: 22,
        labelFormatter: (value: number) => axisLabelFormatter(input.zoom)(value),
      },
      {
        type: 'inside',
        xAxisIndex: 0,
        filterMode: 'weakFilter',
        zoomOnMouseWheel: 'ctrl',
        moveOnMouseWheel: false,
      },
      ...(layout.lanes.length > visibleLanes
        ? [
            {
              type: 'slider' as const,
              yAxisIndex: 0,
              startValue: 0,
              endValue: visibleLanes - 1,
              right: 8,
              width: 18,
              // Rows of lanes scrolled away are filtered out, so ECharts only lays out what is seen.
              filterMode: 'filter' as const,
            },
            {
              type: 'inside' as const,
              yAxisIndex: 0,
              zoomOnMouseWheel: false,
              moveOnMouseWheel: true,
              moveOnMouseMove: false,
            },
          ]
        : []),
    ],
    series: [
      {
        type: 'custom',
        renderItem,
        encode: { x: [1, 2], y: 0 },
        data,
        clip: true,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#a30000', width: 2, type: 'solid' },
          label: { formatter: labels.asOf(input.asOf), color: '#a30000', position: 'insideEndTop' },
          data: [{ xAxis: asOfMs }],
        },
        ...(markArea ? { markArea } : {}),
      },
    ],
  } as EChartsOption
}

/** Every bar as a point for keyboard walking; Enter opens its detail panel (`?element=`). */
export function buildGanttPoints(
  layout: Pick<GanttLayout, 'bars'>,
  target: (itemId: string) => ChartTarget,
  labels: GanttChartLabels,
): ChartPoint[] {
  return layout.bars.map((bar, dataIndex) => ({
    seriesIndex: 0,
    dataIndex,
    label: `${bar.title}. ${labels.period}: ${bar.periodText}`,
    target: target(bar.itemId),
  }))
}

/** The table alternative: lanes in order, with each item's period, phases and status. */
export function buildGanttChartTable(rows: readonly GanttTableRow[], labels: GanttChartLabels): ChartTable {
  return {
    caption: labels.title,
    columns: [labels.lane, labels.period, labels.phase, labels.statusLabel],
    rows: rows.map((row) => ({
      header: `${row.code ? `${row.code} ` : ''}${row.label}`,
      level: row.depth,
      cells: [
        row.periodText,
        row.bar
          ? row.phases.length > 0
            ? row.phases.map((p) => labels.phases[p]).join(' – ')
            : labels.noPhase
          : '',
        row.bar?.status ? labels.status[row.bar.status] : '',
      ],
    })),
  }
}
