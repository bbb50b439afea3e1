/**
 * The interactive timeline's rows as ECharts data, and the arithmetic of its tile: which lanes a
 * viewport shows, which rows they hold, where the tile goes, and the patch that swaps them in, so
 * 10 000 items cost what 30 rows cost.
 */
import type { EChartsOption } from 'echarts'
import type { GanttBar, GanttLayout } from '@/domain/gantt-layout'

/** The chart's rows, in bar order (which is lane order): made only for the lanes in view. */
export interface GanttData {
  /** The layout's bars: a row is made of one when its lane is in view (`ganttDataRow`). */
  bars: readonly GanttBar[]
  /** The lane index of each bar (0 for a bar whose lane a layout made by hand lacks). */
  laneOf: readonly number[]
  /** How many bars (rows) there are. */
  count: number
  laneCount: number
  /** First and last instant of all bars and the as-of date: the fixed time extent of the axis. */
  minMs: number
  maxMs: number
}

/** The part of the rows the canvas shows: `offset` pixels scrolled past the first row's top. */
export interface GanttViewport {
  offset: number
  /** Height of the plotting area (canvas height less the time axis). */
  plotHeight: number
}

/** Height of one row on screen, label column and chart alike: room for a label on two lines. */
export const GANTT_ROW_HEIGHT = 32
/** The time axis above the rows, on screen. */
export const GANTT_AXIS_HEIGHT = 36
/** Right inset of the plotting area on screen (room for an arrow at the edge). */
export const GANTT_PLOT_RIGHT = 16
/** One day in milliseconds. */
export const DAY = 86_400_000
/** The series id the viewport patch addresses. */
export const GANTT_SERIES_ID = 'gantt'

/** Midnight UTC of an ISO date, in milliseconds. */
export function ms(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/**
 * The rows of a layout (in bar order, so in lane order) and the axis' fixed time extent. Only the
 * extent is worked out here, from the dates as text (ISO dates sort as text): a filter change at
 * 100 000 items parsed 300 000 dates for rows of which the tile shows a hundred.
 */
export function buildGanttData(
  layout: Pick<GanttLayout, 'lanes' | 'bars' | 'barLanes' | 'barSpan'>,
  asOf: string,
): GanttData {
  const { bars, barSpan } = layout
  let first = asOf
  let last = ''
  if (barSpan?.bars === bars) {
    // The layout's own span: no bar read (a keystroke at 100 000 items read 90 000).
    if (barSpan.start && barSpan.start < first) first = barSpan.start
    last = barSpan.end
  } else {
    for (let i = 0; i < bars.length; i++) {
      const bar = bars[i] as GanttBar
      if (bar.start < first) first = bar.start
      if (bar.end > last) last = bar.end
    }
  }
  const asOfMs = ms(asOf)
  return {
    bars,
    laneOf: barLaneIndexes(layout),
    count: bars.length,
    laneCount: layout.lanes.length,
    minMs: Math.min(asOfMs, ms(first)),
    maxMs: last ? Math.max(asOfMs, ms(last) + DAY) : asOfMs,
  }
}

/** Bar `b`'s row as the chart takes it: `[lane, start ms, end ms, bar index, stated end ms]`. */
export function ganttDataRow(data: GanttData, b: number): number[] {
  const bar = data.bars[b] as GanttBar
  const lane = laneAt(data, b)
  return [lane, ms(bar.start), ms(bar.end) + DAY, b, ms(bar.statedEnd) + DAY]
}

const laneAt = (data: GanttData, b: number): number => Math.max(0, data.laneOf[b] ?? 0)

/** The lane index of each bar: the layout's own list, or found by lane id (a layout made by hand). */
export function barLaneIndexes(layout: Pick<GanttLayout, 'lanes' | 'bars' | 'barLanes'>): readonly number[] {
  if (layout.barLanes && layout.barLanes.length === layout.bars.length) return layout.barLanes
  const laneIndex = new Map<string, number>()
  layout.lanes.forEach((lane, i) => laneIndex.set(lane.id, i))
  return layout.bars.map((bar) => laneIndex.get(bar.laneId) ?? -1)
}

/** Index of the first row whose lane is at least `lane` (rows are in lane order). */
function firstRowAt(data: GanttData, lane: number): number {
  let lo = 0
  let hi = data.count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (laneAt(data, mid) < lane) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The lanes a viewport shows (with one lane to spare on each side) and the y range to set. */
export function ganttLanesInView(
  laneCount: number,
  viewport: GanttViewport,
  rowHeight = GANTT_ROW_HEIGHT,
): { from: number; to: number; yMin: number; yMax: number } {
  // Lane i spans y values i to i + 1 (top down), so row borders fall on whole numbers.
  const yMin = viewport.offset / rowHeight
  const yMax = yMin + viewport.plotHeight / rowHeight
  return {
    from: Math.max(0, Math.floor(yMin) - 1),
    to: Math.min(laneCount, Math.ceil(yMax) + 2),
    yMin,
    yMax,
  }
}

/** The rows on lanes `from` (inclusive) to `to` (exclusive), and the index of the first. */
export function ganttRowsOfLanes(
  data: GanttData,
  from: number,
  to: number,
): { rows: number[][]; first: number } {
  const first = firstRowAt(data, from)
  const end = firstRowAt(data, to)
  const rows: number[][] = []
  for (let b = first; b < end; b++) rows.push(ganttDataRow(data, b))
  return { rows, first }
}

/**
 * What to merge into the interactive chart's option when the page scrolls: the y range of the
 * viewport and the rows now in view (ECharts then lays out only those). `first` is the bar
 * index of the first row, so `dataIndex + first` is a bar index.
 */
export function ganttViewportPatch(
  data: GanttData,
  viewport: GanttViewport,
): { option: EChartsOption; first: number } {
  const view = ganttLanesInView(data.laneCount, viewport)
  const { rows, first } = ganttRowsOfLanes(data, view.from, view.to)
  return {
    option: {
      yAxis: { min: view.yMin, max: view.yMax },
      series: [{ id: GANTT_SERIES_ID, data: rows }],
    } as EChartsOption,
    first,
  }
}

/**
 * Pixels of rows drawn above and below the screen (at most a screen's height): room to scroll
 * before the tile is moved. Not a multiple of the screen: every redraw (each keystroke in the
 * search box too) draws the whole tile, and three screens of a tall screen were 260 rows.
 */
export const GANTT_TILE_MARGIN = 640

/** Height of the view's tile of rows: the screen's and a margin above and below, within the rows. */
export function ganttTileHeight(screen: number, rowsHeight: number, rowHeight = GANTT_ROW_HEIGHT): number {
  return Math.max(rowHeight, Math.min(rowsHeight, screen + 2 * Math.min(screen, GANTT_TILE_MARGIN)))
}

/**
 * Where the view's tile of rows goes (px below the first row's top): unchanged while the rows on
 * screen (`from` to `from + screen`) are inside it, else centred on them, within the rows.
 */
export function ganttTileTop(
  current: number,
  from: number,
  screen: number,
  tileHeight: number,
  rowsHeight: number,
): number {
  if (from >= current && from + screen <= current + tileHeight) return current
  const top = from - (tileHeight - screen) / 2
  return Math.max(0, Math.min(Math.floor(top), rowsHeight - tileHeight))
}
