/**
 * The static timeline: a picture of a range of lanes for exports and slides, with one line of label
 * per lane (cut with an ellipsis past the label column) and the legend of the marks it shows; no
 * dataZoom, tooltip or other interactive part.
 */
import type { EChartsOption } from 'echarts'
import type { GanttBar, GanttLane, GanttLayout } from '@/domain/gantt-layout'
import { ganttMarks, type GanttMark } from '@/domain/gantt-legend'
import { pageLanes, type LanePage } from '@/domain/gantt-pages'
import { axisLabelStyle } from './base-option'
import { barRenderer } from './gantt-bar'
import { DAY, ms } from './gantt-data'
import { laneText, TICK_DAYS, timeAxisLabel, type GanttChartLabels, type GanttZoom } from './gantt-labels'
import { markAreaOf, markLineOf } from './gantt-marks'
import { legendEntry, legendLayout, STATIC } from './gantt-static-legend'
import { FONT_FAMILY, INK, PAPER } from './palette'

export interface StaticGanttOptions {
  /** First lane drawn (inclusive); default 0. */
  laneStart?: number
  /** Lane after the last one drawn (exclusive); default every lane. */
  laneEnd?: number
  /** Group lanes above `laneStart` drawn first, as continued (a page's `carried`, see pageLanes). */
  carried?: readonly number[]
  /** Image width in pixels; default 1600. */
  width?: number
  /**
   * Image height in pixels: rows are made to fit it (up to `rowHeight`), below the time axis and
   * above the legend. Default: the natural height at `rowHeight` (see `staticGanttHeight`).
   */
  height?: number
  /** Height of one row when the height allows it; default 24. */
  rowHeight?: number
  /** ISO date of the as-of line; left out: no line. */
  asOf?: string
  /** Year to shade; default none. */
  year?: number | null
  /** Time range (ISO dates); default whole years around every bar of the layout (all pages alike). */
  window?: { start: string; end: string }
  /** Tick labels; default 'year'. */
  zoom?: GanttZoom
  /** Draw the legend below the rows; default true. */
  legend?: boolean
  /** Width of the lane label column; default fitted to the longest label, at most 45 % of the width. */
  labelWidth?: number
}

/**
 * Room above the time axis for the as-of label. The label stands there, level, over its line:
 * drawn along the line inside the plot it lay over the bars (and on a slide nothing may).
 */
const AS_OF_ROW = 20

/** Height of the axis area: the tick labels, and above them the as-of label when there is a line. */
function axisHeight(options: StaticGanttOptions): number {
  return STATIC.axis + (options.asOf ? AS_OF_ROW : 0)
}

/** The as-of line, its label in the axis area above the plot (above the tick labels). */
function staticMarkLine(asOf: string, labels: GanttChartLabels) {
  const line = markLineOf(asOf, labels)
  return {
    ...line,
    label: {
      ...line.label,
      position: 'start' as const,
      distance: STATIC.axis - 6,
      fontSize: STATIC.fontSize,
    },
  }
}

function rangeOf(layout: Pick<GanttLayout, 'lanes'>, options: StaticGanttOptions): [number, number] {
  const start = Math.max(0, Math.min(options.laneStart ?? 0, layout.lanes.length))
  const end = Math.max(start, Math.min(options.laneEnd ?? layout.lanes.length, layout.lanes.length))
  return [start, end]
}

function staticLabelWidth(lanes: readonly GanttLane[], width: number, fixed?: number): number {
  if (fixed !== undefined) return fixed
  let longest = 0
  for (const lane of lanes) {
    const w = laneText(lane).length * STATIC.fontSize * STATIC.glyph
    longest = Math.max(longest, w + lane.depth * STATIC.indent)
  }
  return Math.ceil(Math.min(width * 0.45, Math.max(160, longest + 8)))
}

/** The natural height of a static chart of lanes `laneStart`–`laneEnd` at `rowHeight` (default 24). */
export function staticGanttHeight(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions = {},
): number {
  const [start, end] = rangeOf(layout, options)
  const width = options.width ?? STATIC.width
  const legend =
    options.legend === false
      ? 0
      : legendLayout(staticMarks(layout, start, end, options), labels, width).height
  const rows = end - start + (options.carried?.length ?? 0)
  return axisHeight(options) + rows * (options.rowHeight ?? STATIC.rowHeight) + STATIC.pad + legend
}

function staticMarks(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  start: number,
  end: number,
  options: StaticGanttOptions,
): GanttMark[] {
  const inRange = new Set(layout.lanes.slice(start, end).map((l) => l.id))
  const window = options.window ?? defaultWindow(layout.bars)
  return ganttMarks(
    layout.bars.filter((b) => inRange.has(b.laneId)),
    { ...(options.asOf ? { asOf: options.asOf } : {}), year: options.year ?? null, window },
  )
}

function defaultWindow(bars: readonly GanttBar[]): { start: string; end: string } {
  let first = '9999-12-31'
  let last = '0000-01-01'
  for (const bar of bars) {
    if (bar.start < first) first = bar.start
    if (bar.end > last) last = bar.end
  }
  if (first > last) {
    const year = new Date().getUTCFullYear()
    return { start: `${year}-01-01`, end: `${year}-12-31` }
  }
  return { start: `${first.slice(0, 4)}-01-01`, end: `${last.slice(0, 4)}-12-31` }
}

/**
 * Splits the lanes into pages that each fit `height` pixels at rows of at least `minRowHeight`
 * (default 18) with the time axis and the legend: `[{ laneStart, laneEnd, carried }]`, in order,
 * covering every lane once, each page reading on its own (see pageLanes). One page when
 * everything fits.
 */
export function pageGanttLanes(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions & { height: number; minRowHeight?: number },
): LanePage[] {
  const width = options.width ?? STATIC.width
  const legend =
    options.legend === false
      ? 0
      : legendLayout(staticMarks(layout, 0, layout.lanes.length, options), labels, width).height
  const room = options.height - axisHeight(options) - STATIC.pad - legend
  const perPage = Math.max(1, Math.floor(room / (options.minRowHeight ?? 18)))
  return pageLanes(layout.lanes, perPage)
}

/** The group lanes a page repeats at its top (`carried`), their names marked «(forts.)». */
export function continuedLanes(
  layout: Pick<GanttLayout, 'lanes'>,
  carried: readonly number[],
  labels: Pick<GanttChartLabels, 'continuedLane'>,
): GanttLane[] {
  return carried.flatMap((i) => {
    const lane = layout.lanes[i]
    return lane ? [{ ...lane, label: `${lane.label} ${labels.continuedLane}` }] : []
  })
}

/** One static picture: which lanes and the data rows of their bars (worked out once), how tall a row, how wide the labels, what legend. */
function staticFrame(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions,
) {
  const [start, end] = rangeOf(layout, options)
  const lanes = [...continuedLanes(layout, options.carried ?? [], labels), ...layout.lanes.slice(start, end)]
  const width = options.width ?? STATIC.width
  const marks = options.legend === false ? [] : staticMarks(layout, start, end, options)
  const legend = legendLayout(marks, labels, width)
  const natural =
    axisHeight(options) + lanes.length * (options.rowHeight ?? STATIC.rowHeight) + STATIC.pad + legend.height
  const height = options.height ?? natural
  const plotHeight = Math.max(1, height - axisHeight(options) - STATIC.pad - legend.height)
  const rowHeight =
    lanes.length > 0 ? Math.min(options.rowHeight ?? STATIC.rowHeight, plotHeight / lanes.length) : 0
  const labelWidth = staticLabelWidth(lanes, width, options.labelWidth)
  return { lanes, rows: staticRows(layout.bars, lanes), marks, legend, rowHeight, labelWidth }
}

/** The data rows of the bars on `lanes`, lane indices counted from the first of them. */
function staticRows(bars: readonly GanttBar[], lanes: readonly GanttLane[]): number[][] {
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]))
  const rows: number[][] = []
  bars.forEach((bar, i) => {
    const lane = laneIndex.get(bar.laneId)
    if (lane === undefined) return
    rows.push([lane, ms(bar.start), ms(bar.end) + DAY, i, ms(bar.statedEnd) + DAY])
  })
  return rows
}

/** The bars with the as-of line and shaded year, and the legend below them when it has marks. */
function staticSeries(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions,
  frame: ReturnType<typeof staticFrame>,
): unknown[] {
  const { lanes, rows, marks, legend, rowHeight } = frame
  const markArea = markAreaOf(options.year ?? null)
  const legendTop = axisHeight(options) + lanes.length * rowHeight + STATIC.pad
  const series: unknown[] = [
    {
      type: 'custom',
      renderItem: barRenderer(layout.bars, rowHeight),
      encode: { x: [1, 2], y: 0 },
      data: rows,
      clip: true,
      silent: true,
      ...(options.asOf ? { markLine: staticMarkLine(options.asOf, labels) } : {}),
      ...(markArea ? { markArea } : {}),
    },
  ]
  if (marks.length > 0)
    series.push({
      type: 'custom',
      coordinateSystem: 'none',
      silent: true,
      data: [0],
      renderItem: () => ({
        type: 'group',
        children: legend.placed.map(({ mark, x, y }) =>
          legendEntry(mark, labels.marks[mark], x, legendTop + y),
        ),
      }),
    })
  return series
}

/**
 * The lane axis: one line per lane, grouping rows bold, each indented by its depth. A label longer
 * than the column is cut with an ellipsis: wrapped, it ran into the next row (the full name stays
 * in the timeline's table alternative and in the slide's table).
 */
function staticLaneAxis(lanes: readonly GanttLane[], labelWidth: number, rowHeight: number) {
  const fontSize = Math.min(STATIC.fontSize, Math.max(7, rowHeight * 0.5))
  const width = labelWidth - 4
  return {
    type: 'category',
    inverse: true,
    // No ▾/▸: a picture has nothing to open, and the PDF's standard fonts have no such glyphs.
    data: lanes.map((lane) => {
      const indent = lane.depth * STATIC.indent
      return {
        value: laneText(lane),
        textStyle: {
          align: 'left',
          fontWeight: lane.hasChildren ? 'bold' : 'normal',
          padding: [0, 0, 0, indent],
          // ECharts' text width leaves the padding out: the indent comes off the column's width.
          width: Math.max(fontSize * 4, width - indent),
        },
      }
    }),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#c9d1d9' } },
    splitLine: { show: true, lineStyle: { color: '#f0f2f4' } },
    axisLabel: {
      ...axisLabelStyle,
      interval: 0,
      align: 'left',
      margin: labelWidth,
      width,
      overflow: 'truncate',
      ellipsis: '…',
      lineHeight: fontSize + 2,
      fontSize,
      color: INK,
    },
  }
}

/**
 * A static, non-interactive picture of the timeline: lanes `laneStart` to `laneEnd` (exclusive)
 * of `layout`, each with its label on one line (grouping rows in bold, indented by depth), the time
 * axis on top, the as-of line and shaded year when given, and below the rows the legend of
 * exactly the marks drawn. No dataZoom, slider, tooltip or scroll bar; animation off.
 *
 *   buildStaticGanttOption(layout, labels, { laneStart: 0, laneEnd: 40, width: 1600, height: 900 })
 *
 * - `layout`: from `buildGanttLayout` (lanes and bars); `labels`: the texts (`marks` for the legend).
 * - `options.width`/`options.height`: the pixel size the caller renders it at (`init(el, null,
 *   { width, height })`); rows shrink to fit the height (no smaller than needed: page lanes with
 *   `pageGanttLanes` first, or leave `height` out and take `staticGanttHeight(...)`).
 * - The time range defaults to whole years around every bar of the layout, so pages of one
 *   layout share one axis; pass `window` to choose it.
 */
export function buildStaticGanttOption(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions = {},
): EChartsOption {
  const frame = staticFrame(layout, labels, options)
  const { lanes, rows, rowHeight, labelWidth } = frame
  const window = options.window ?? defaultWindow(layout.bars)
  const zoom = options.zoom ?? 'year'
  return {
    aria: {
      enabled: true,
      label: {
        enabled: true,
        description: `${labels.title}: ${labels.chartSummary(rows.length, lanes.length)}.`,
      },
    },
    backgroundColor: PAPER,
    textStyle: { fontFamily: FONT_FAMILY, color: INK },
    animation: false,
    tooltip: { show: false },
    grid: {
      // Exactly where given: ECharts 6 would otherwise shrink the plot to fit the labels again.
      outerBoundsMode: 'none',
      top: axisHeight(options),
      left: labelWidth + 8,
      right: STATIC.pad + 8,
      height: Math.max(1, lanes.length * rowHeight),
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: ms(window.start),
      max: ms(window.end) + DAY,
      minInterval: TICK_DAYS[zoom] * DAY,
      axisLabel: timeAxisLabel(zoom, ms(window.start), ms(window.end) + DAY),
      splitLine: { show: true, lineStyle: { color: '#e4e8ec' } },
    },
    yAxis: staticLaneAxis(lanes, labelWidth, rowHeight),
    series: staticSeries(layout, labels, options, frame),
  } as EChartsOption
}
