/**
 * The timeline as an ECharts custom series, in two forms that draw bars the same way:
 *
 * - `buildGanttOption`: the interactive chart of /tidslinje. It draws only the rows of a tile: the
 *   page scrolls through all rows (the view keeps a label column, a tile of rows a few screens
 *   high that scrolls with the page, and above it a sticky strip with the time axis,
 *   `buildGanttAxisOption`); when the screen leaves the tile (`ganttTileTop`),
 *   `ganttViewportPatch` moves the y range and swaps in the rows now around it, so 10 000 items
 *   cost what 30 rows cost. Time zooms with Ctrl/⌘+wheel or a pinch and
 *   pans by dragging (an inside dataZoom that leaves the plain wheel to the page); no sliders.
 * - `buildStaticGanttOption`: a picture of a range of lanes, for exports and slides: a lane label
 *   per row (cut with an ellipsis past the label column), the legend of the marks it shows, no dataZoom, tooltip or other interactive part.
 *
 * Marks (the legend of src/domain/gantt-legend.ts names each): the fill is the phase's colour
 * (a span is split into one segment per phase; no phase is a pale grey with dots); planned has a
 * solid outline; tentative a dashed outline, a lighter fill and diagonal hatching; no status
 * given, no outline. An inferred end («sluttdato ikke oppgitt») fades out past the last stated
 * date; an open end gets an arrow; end-before-start a red point with «!»; an end without a
 * start a grey point; milestones a diamond; bars of a collapsed row are thin.
 *
 * Modules: gantt-data (rows and the tile's arithmetic), gantt-bar (drawing a bar), gantt-labels
 * (words, ticks, tooltip, table), gantt-marks (as-of line, year), gantt-static (+ -legend). This
 * module re-exports their public names, so callers import the timeline from one place.
 */
import type { EChartsOption } from 'echarts'
import type { GanttLayout } from '@/domain/gantt-layout'
import type { ItemLookup } from '@/domain/item-lookup'
import { baseOption } from './base-option'
import { barRenderer, KEPT_DECALS } from './gantt-bar'
import {
  buildGanttData,
  DAY,
  GANTT_AXIS_HEIGHT,
  GANTT_PLOT_RIGHT,
  GANTT_ROW_HEIGHT,
  GANTT_SERIES_ID,
  ganttLanesInView,
  ganttRowsOfLanes,
  ms,
  type GanttData,
  type GanttViewport,
} from './gantt-data'
import {
  ganttTooltipLines,
  TICK_DAYS,
  timeAxisLabel,
  type GanttChartLabels,
  type GanttZoom,
} from './gantt-labels'
import { markAreaOf, markLineOf } from './gantt-marks'
import { FONT_FAMILY, INK, PAPER } from './palette'
import { tooltipHtml } from './tooltip'

export { phaseColour } from './gantt-bar'
export {
  barLaneIndexes,
  buildGanttData,
  GANTT_AXIS_HEIGHT,
  GANTT_PLOT_RIGHT,
  GANTT_ROW_HEIGHT,
  ganttDataRow,
  ganttLanesInView,
  ganttRowsOfLanes,
  ganttTileHeight,
  ganttTileTop,
  ganttViewportPatch,
  type GanttData,
  type GanttViewport,
} from './gantt-data'
export {
  axisLabelFormatter,
  buildGanttChartTable,
  ganttTooltipLines,
  laneLabel,
  laneText,
  type GanttChartLabels,
  type GanttZoom,
} from './gantt-labels'
export {
  buildStaticGanttOption,
  continuedLanes,
  pageGanttLanes,
  staticGanttHeight,
  type StaticGanttOptions,
} from './gantt-static'

export interface GanttChartInput {
  layout: Pick<GanttLayout, 'lanes' | 'bars'>
  items: ItemLookup
  /** ISO date of the as-of line. */
  asOf: string
  /** Year to shade, or null. */
  year: number | null
  /** Visible time window (ISO dates). */
  window: { start: string; end: string }
  zoom: GanttZoom
  labels: GanttChartLabels
  /** Rows as `buildGanttData(layout, asOf)` makes them; made here when left out. */
  data?: GanttData
  /** Which rows the canvas holds: `offset` px below the first row's top; default the top, 30 rows. */
  viewport?: GanttViewport
  /**
   * Draw the time axis on top of the rows (default). The view leaves it out: its canvas is a tile
   * of rows that scrolls with the page, under a strip that keeps the axis in view
   * (`buildGanttAxisOption`).
   */
  axis?: boolean
}

/** The bar's tooltip: its title and lines, escaped. */
function ganttTooltip(input: GanttChartInput, tooltip: object) {
  const bars = input.layout.bars
  return {
    ...tooltip,
    formatter: (params: unknown) => {
      const value = (params as { value?: unknown })?.value
      const bar = Array.isArray(value) ? bars[value[3] as number] : undefined
      if (!bar) return ''
      return tooltipHtml(bar.title, ganttTooltipLines(bar, input.items.get(bar.itemId), input.labels))
    },
  }
}

/**
 * The time axis over the whole extent of the rows, labels set inward at the ends of the dataZoom
 * `window` it opens on; `axis: false` keeps its lines only.
 */
function ganttTimeAxis(
  data: GanttData,
  zoom: GanttZoom,
  axis: boolean,
  window: { start: string; end: string },
) {
  return {
    type: 'time',
    position: 'top',
    min: data.minMs,
    max: data.maxMs,
    minInterval: TICK_DAYS[zoom] * DAY,
    // On top of the grid, not at lane 0 of the (value) lane axis.
    axisLine: { onZero: false, show: axis },
    axisTick: { show: axis },
    axisLabel: { ...timeAxisLabel(zoom, ms(window.start), ms(window.end)), show: axis },
    splitLine: { show: true, lineStyle: { color: '#e4e8ec' } },
  }
}

/** Lanes as a value axis (lane `i` at `i`, top down) cut to the viewport, without labels. */
function ganttLaneAxis(yMin: number, yMax: number) {
  return {
    type: 'value',
    inverse: true,
    min: yMin,
    max: yMax,
    interval: 1,
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    // Row borders, level with the label column's.
    splitLine: { show: true, lineStyle: { color: '#f0f2f4' } },
  }
}

/** Ctrl/⌘+wheel or pinch zooms time, dragging pans, the plain wheel is left to the page. */
function ganttTimeZoom(window: { start: string; end: string }) {
  return {
    type: 'inside',
    id: 'time',
    xAxisIndex: 0,
    filterMode: 'weakFilter',
    startValue: ms(window.start),
    endValue: ms(window.end),
    zoomOnMouseWheel: 'ctrl',
    moveOnMouseWheel: false,
    moveOnMouseMove: true,
    // Touch: a vertical swipe still scrolls the page.
    preventDefaultMouseMove: false,
  }
}

/**
 * The interactive timeline's option: the time axis on top, rows as a value axis (lane `i` at
 * `i`, top down) showing only the viewport, no axis labels (the view's label column has them),
 * an inside dataZoom on time only: Ctrl/⌘+wheel or pinch zooms, dragging pans, the plain wheel
 * is left to the page.
 */
export function buildGanttOption(input: GanttChartInput): EChartsOption {
  const { layout, labels } = input
  const data = input.data ?? buildGanttData(layout, input.asOf)
  const viewport = input.viewport ?? { offset: 0, plotHeight: 30 * GANTT_ROW_HEIGHT }
  const view = ganttLanesInView(data.laneCount, viewport)
  const { rows } = ganttRowsOfLanes(data, view.from, view.to)
  const base = baseOption(`${labels.title}: ${labels.chartSummary(layout.bars.length, layout.lanes.length)}.`)
  const markArea = markAreaOf(input.year)
  const axis = input.axis !== false
  const markLine = markLineOf(input.asOf, labels)
  return {
    ...base,
    animation: false,
    tooltip: ganttTooltip(input, base.tooltip as object),
    grid: {
      outerBoundsMode: 'none',
      top: axis ? GANTT_AXIS_HEIGHT : 0,
      left: 0,
      right: GANTT_PLOT_RIGHT,
      bottom: 0,
    },
    xAxis: ganttTimeAxis(data, input.zoom, axis, input.window),
    yAxis: ganttLaneAxis(view.yMin, view.yMax),
    dataZoom: [ganttTimeZoom(input.window)],
    series: [
      {
        id: GANTT_SERIES_ID,
        type: 'custom',
        renderItem: barRenderer(layout.bars, GANTT_ROW_HEIGHT, 0.5, KEPT_DECALS),
        encode: { x: [1, 2], y: 0 },
        data: rows,
        clip: true,
        // Without the axis the line's label goes into the axis strip, which stays in view.
        markLine: axis ? markLine : { ...markLine, label: { show: false } },
        ...(markArea ? { markArea } : {}),
      },
    ],
  } as EChartsOption
}

/**
 * The strip above the view's tile of rows: the time axis of `window` (ISO dates), the as-of
 * line's label and the shaded year, in the same plot width as `buildGanttOption`'s. It stays in
 * view (sticky) while the rows scroll under it; the view keeps `window` equal to the chart's.
 */
export function buildGanttAxisOption(input: {
  asOf: string
  year: number | null
  window: { start: string; end: string } | { startMs: number; endMs: number }
  zoom: GanttZoom
  labels: GanttChartLabels
}): EChartsOption {
  const [min, max] =
    'startMs' in input.window
      ? [input.window.startMs, input.window.endMs]
      : [ms(input.window.start), ms(input.window.end)]
  const markArea = markAreaOf(input.year)
  return {
    backgroundColor: PAPER,
    textStyle: { fontFamily: FONT_FAMILY, color: INK },
    animation: false,
    grid: {
      outerBoundsMode: 'none',
      top: GANTT_AXIS_HEIGHT - 1,
      left: 0,
      right: GANTT_PLOT_RIGHT,
      height: 1,
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min,
      max,
      minInterval: TICK_DAYS[input.zoom] * DAY,
      axisLine: { onZero: false },
      axisLabel: timeAxisLabel(input.zoom, min, max),
      splitLine: { show: false },
    },
    yAxis: { type: 'value', show: false, min: 0, max: 1 },
    series: [
      {
        type: 'custom',
        silent: true,
        data: [],
        renderItem: () => null,
        // The line only: a label here would cover the tick labels (the legend names the date).
        markLine: { ...markLineOf(input.asOf, input.labels), label: { show: false } },
        ...(markArea ? { markArea } : {}),
      },
    ],
  } as EChartsOption
}
