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
 * - `buildStaticGanttOption`: a picture of a range of lanes, for exports and slides: lane labels
 *   in full, the legend of the marks it shows, no dataZoom, tooltip or other interactive part.
 *
 * Marks (the legend of src/domain/gantt-legend.ts names each): the fill is the phase's colour
 * (a span is split into one segment per phase; no phase is a pale grey with dots); planned has a
 * solid outline; tentative a dashed outline, a lighter fill and diagonal hatching; no status
 * given, no outline. An inferred end («sluttdato ikke oppgitt») fades out past the last stated
 * date; an open end gets an arrow; end-before-start a red point with «!»; an end without a
 * start a grey point; milestones a diamond; bars of a collapsed row are thin.
 */
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
  EChartsOption,
} from 'echarts'
import type { GanttBar, GanttLane, GanttLayout, GanttTableRow } from '@/domain/gantt-layout'
import { ganttMarks, type GanttMark } from '@/domain/gantt-legend'
import type { Phase, PlanningStatus, RoadmapItem } from '@/domain/types'
import { axisLabelStyle, baseOption } from './base-option'
import { FONT_FAMILY, INK, INK_MUTED, MISSING_COLOUR, mixColour, PAPER, STACK_COLOURS } from './palette'
import { tooltipHtml } from './tooltip'
import type { ChartTable } from './types'

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
  /** Legend text of each mark (`inferred-end`: «sluttdato ikke oppgitt: …»). */
  marks: Record<GanttMark, string>
}

/** The chart's rows as ECharts data, in bar order (which is lane order). */
export interface GanttData {
  /** `[lane, start ms, end ms (exclusive), bar index, stated end ms (exclusive)]` per bar. */
  rows: number[][]
  laneCount: number
  /** First and last instant of all bars and the as-of date: the fixed time extent of the axis. */
  minMs: number
  maxMs: number
}

export interface GanttChartInput {
  layout: Pick<GanttLayout, 'lanes' | 'bars'>
  items: ReadonlyMap<string, RoadmapItem>
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

/** The part of the rows the canvas shows: `offset` pixels scrolled past the first row's top. */
export interface GanttViewport {
  offset: number
  /** Height of the plotting area (canvas height less the time axis). */
  plotHeight: number
}

const DAY = 86_400_000
/** Height of one row on screen, label column and chart alike: room for a label on two lines. */
export const GANTT_ROW_HEIGHT = 32
/** The time axis above the rows, on screen. */
export const GANTT_AXIS_HEIGHT = 36
/** Right inset of the plotting area on screen (room for an arrow at the edge). */
export const GANTT_PLOT_RIGHT = 16
/** Pixels beyond the plotting area that a point, diamond or arrow may still reach into. */
const CULL_MARGIN = 16
const SERIES_ID = 'gantt'
const RED = '#a30000'

function ms(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/** The colour of a phase, or the pale "missing" grey for items without a phase. */
export function phaseColour(phase: Phase | undefined): string {
  return phase ? STACK_COLOURS[phase] : MISSING_COLOUR
}

/** Lane label with indentation by depth and a marker for group lanes (▾ open, ▸ closed). */
export function laneLabel(lane: GanttLane): string {
  const marker = lane.hasChildren ? (lane.collapsed ? '▸ ' : '▾ ') : ''
  const code = lane.code ? `${lane.code} ` : ''
  return `${'  '.repeat(lane.depth)}${marker}${code}${lane.label}`
}

/** The lane's text without indentation or marker: `2D Helsepersonell …`. */
export function laneText(lane: GanttLane): string {
  return `${lane.code ? `${lane.code} ` : ''}${lane.label}`
}

/** Axis ticks that match the zoom: whole years, half-years, quarters or months. */
export function axisLabelFormatter(zoom: GanttZoom): (value: number) => string {
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
  return [
    `${labels.period}: ${bar.periodText}`,
    `${labels.phase}: ${phases}`,
    ...(bar.status ? [`${labels.statusLabel}: ${labels.status[bar.status]}`] : []),
    ...(item && item.actors.length > 0 ? [`${labels.actors}: ${item.actors.join(', ')}`] : []),
    ...describe(bar, labels),
    ...(item ? [labels.sourceRow(item.source.row)] : []),
  ]
}

// ---------------------------------------------------------------------------------------------
// Drawing one bar: shared by the interactive chart, the static chart and the static legend.

type El = Record<string, unknown> & { type: string }

/** Diagonal hatching of tentative bars, over the fill. */
const TENTATIVE_DECAL = {
  symbol: 'rect',
  color: 'rgba(27, 31, 36, 0.5)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
}
/** Dots of bars without a phase. */
const NO_PHASE_DECAL = {
  symbol: 'circle',
  symbolSize: 0.7,
  color: 'rgba(27, 31, 36, 0.55)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  dashArrayX: [[2, 3]],
  dashArrayY: [2, 2],
}
const TRANSPARENT = 'rgba(0, 0, 0, 0)'

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

/** Where a bar stands, in pixels. */
interface Geometry {
  x0: number
  x1: number
  /** Where the stated part ends (`x1` unless the end is inferred). */
  xStated: number
  yMid: number
  /** Height of the lane band. */
  band: number
  /** Visible plotting area, for clipping. */
  left: number
  right: number
}

/** The elements of one bar, or null when nothing of it is visible. */
function drawBar(bar: GanttBar, g: Geometry): El | null {
  const { x0, x1, yMid, band } = g
  const h = Math.max(6, band * (bar.rolledUp ? 0.3 : 0.55))
  const y = yMid - h / 2
  const tentative = bar.status === 'tentative'
  const outline =
    bar.status === null
      ? { stroke: 'none' }
      : { stroke: INK, lineWidth: 1, lineDash: tentative ? [4, 3] : undefined }
  if (bar.kind === 'point') {
    const children: El[] = [
      {
        type: 'circle',
        shape: { cx: x0, cy: yMid, r: 5 },
        style: { fill: bar.warning ? RED : INK_MUTED, stroke: PAPER, lineWidth: 1 },
      },
    ]
    if (bar.warning)
      children.push({
        type: 'text',
        style: { text: '!', x: x0 + 7, y: yMid - 7, fill: RED, font: `bold 12px ${FONT_FAMILY}` },
      })
    return { type: 'group', children }
  }
  if (bar.kind === 'milestone') {
    const r = Math.min(8, h / 1.4)
    const cx = (x0 + x1) / 2
    const phase = bar.phases[0]
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
      style: {
        fill: tentative ? mixColour(phaseColour(phase), PAPER, 0.45) : phaseColour(phase),
        ...(bar.status === null ? { stroke: INK_MUTED, lineWidth: 0.5 } : outline),
        ...(tentative ? { decal: TENTATIVE_DECAL } : phase ? {} : { decal: NO_PHASE_DECAL }),
      },
    }
  }
  // Clip to the plotting area so a zoomed-in view does not draw over the axis.
  const left = Math.max(x0, g.left)
  const right = Math.min(x1, g.right)
  if (right <= left) return null
  const stated = Math.min(Math.max(g.xStated, x0), x1)
  const fading = bar.endInferred && stated < right
  const phases = bar.phases.length > 0 ? bar.phases : [undefined]
  // Segments divide the whole bar; each is then clipped, so zooming keeps phase boundaries.
  const segment = (x1 - x0) / phases.length
  const children: El[] = []
  phases.forEach((phase, k) => {
    const from = Math.max(left, x0 + k * segment)
    const to = Math.min(right, x0 + (k + 1) * segment)
    if (to <= from) return
    const base = phaseColour(phase)
    const colour = tentative ? mixColour(base, PAPER, 0.45) : base
    const decal = phase ? undefined : NO_PHASE_DECAL
    const solidTo = fading ? Math.min(to, stated) : to
    if (solidTo > from)
      children.push({
        type: 'rect',
        shape: { x: from, y, width: solidTo - from, height: h },
        style: { fill: colour, ...(decal ? { decal } : {}) },
      })
    if (fading && to > Math.max(from, stated)) {
      const fadeFrom = Math.max(from, stated)
      children.push({
        type: 'rect',
        shape: { x: fadeFrom, y, width: to - fadeFrom, height: h },
        style: {
          // One gradient over the whole inferred part, whatever segment it crosses.
          fill: {
            type: 'linear',
            global: true,
            x: stated,
            y: 0,
            x2: x1,
            y2: 0,
            colorStops: [
              { offset: 0, color: rgba(colour, 0.95) },
              { offset: 1, color: rgba(colour, 0.06) },
            ],
          },
          ...(decal ? { decal } : {}),
        },
      })
    }
  })
  if (tentative)
    children.push({
      type: 'rect',
      shape: { x: left, y, width: right - left, height: h },
      style: { fill: TRANSPARENT, decal: TENTATIVE_DECAL },
    })
  const outlineRight = fading ? Math.max(left, stated) : right
  if (bar.status !== null && outlineRight > left)
    children.push({
      type: 'rect',
      shape: { x: left, y, width: outlineRight - left, height: h },
      style: { fill: 'none', ...outline },
    })
  if (fading) {
    // The inferred part: a dotted top and bottom edge, open at the end.
    for (const edgeY of [y, y + h])
      children.push({
        type: 'line',
        shape: { x1: Math.max(left, stated), y1: edgeY, x2: right, y2: edgeY },
        style: { stroke: INK_MUTED, lineWidth: 1, lineDash: [1, 3] },
      })
  }
  if (bar.openEnd && x1 <= g.right + 1) {
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
  return { type: 'group', children }
}

/**
 * A renderItem over `bars` for rows `[lane, start, end, bar index, stated end]`. `laneShift`: what
 * to add to a lane index to get its y value (0.5 on the interactive chart's value axis, where
 * row borders fall on whole numbers; 0 on a category axis).
 */
function barRenderer(bars: readonly GanttBar[], rowHeight: number, laneShift = 0) {
  return (
    params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    const area = params.coordSys as unknown as { x: number; y: number; width: number; height: number }
    const lane = (api.value(0) as number) + laneShift
    const [x0, yMid] = api.coord([api.value(1), lane]) as [number, number]
    // Negated so that NaN is culled too.
    if (!(yMid >= area.y - rowHeight && yMid <= area.y + area.height + rowHeight)) return null
    const [x1] = api.coord([api.value(2), lane]) as [number, number]
    if (!(x1 >= area.x - CULL_MARGIN && x0 <= area.x + area.width + CULL_MARGIN)) return null
    const bar = bars[api.value(3) as number]
    if (!bar) return null
    const [xStated] = bar.endInferred ? (api.coord([api.value(4), lane]) as [number, number]) : [x1]
    return drawBar(bar, {
      x0,
      x1,
      xStated,
      yMid,
      band: rowHeight,
      left: area.x,
      right: area.x + area.width,
    }) as CustomSeriesRenderItemReturn
  }
}

/** The data rows of a layout (in bar order, so in lane order) and the axis' fixed time extent. */
export function buildGanttData(layout: Pick<GanttLayout, 'lanes' | 'bars'>, asOf: string): GanttData {
  const laneIndex = new Map<string, number>()
  layout.lanes.forEach((lane, i) => laneIndex.set(lane.id, i))
  // Bars share few distinct dates: parse each once (Date.parse is most of this function's time).
  const parsed = new Map<string, number>()
  const time = (iso: string): number => {
    let value = parsed.get(iso)
    if (value === undefined) {
      value = ms(iso)
      parsed.set(iso, value)
    }
    return value
  }
  let minMs = ms(asOf)
  let maxMs = minMs
  const rows = layout.bars.map((bar, i) => {
    const start = time(bar.start)
    const end = time(bar.end) + DAY
    if (start < minMs) minMs = start
    if (end > maxMs) maxMs = end
    return [laneIndex.get(bar.laneId) ?? 0, start, end, i, time(bar.statedEnd) + DAY]
  })
  return { rows, laneCount: layout.lanes.length, minMs, maxMs }
}

/** Index of the first row whose lane is at least `lane` (rows are in lane order). */
function firstRowAt(rows: readonly number[][], lane: number): number {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((rows[mid]?.[0] ?? 0) < lane) lo = mid + 1
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
  const first = firstRowAt(data.rows, from)
  return { rows: data.rows.slice(first, firstRowAt(data.rows, to)), first }
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
      series: [{ id: SERIES_ID, data: rows }],
    } as EChartsOption,
    first,
  }
}

function markLineOf(asOf: string, labels: GanttChartLabels) {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: RED, width: 2, type: 'solid' as const },
    label: { formatter: labels.asOf(asOf), color: RED, position: 'insideEndTop' as const },
    data: [{ xAxis: ms(asOf) }],
  }
}

function markAreaOf(year: number | null) {
  return year === null
    ? undefined
    : {
        silent: true,
        itemStyle: { color: 'rgba(11, 79, 108, 0.08)' },
        data: [[{ xAxis: Date.UTC(year, 0, 1) }, { xAxis: Date.UTC(year + 1, 0, 1) }]] as [
          { xAxis: number },
          { xAxis: number },
        ][],
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
  const bars = layout.bars
  const viewport = input.viewport ?? { offset: 0, plotHeight: 30 * GANTT_ROW_HEIGHT }
  const view = ganttLanesInView(data.laneCount, viewport)
  const { rows } = ganttRowsOfLanes(data, view.from, view.to)
  const description = `${labels.title}: ${bars.length} elementer på ${layout.lanes.length} rader.`
  const base = baseOption(description)
  const markArea = markAreaOf(input.year)
  const window = { start: ms(input.window.start), end: ms(input.window.end) }
  const axis = input.axis !== false
  const markLine = markLineOf(input.asOf, labels)

  return {
    ...base,
    animation: false,
    tooltip: {
      ...(base.tooltip as object),
      formatter: (params: unknown) => {
        const value = (params as { value?: unknown })?.value
        const bar = Array.isArray(value) ? bars[value[3] as number] : undefined
        if (!bar) return ''
        return tooltipHtml(bar.title, ganttTooltipLines(bar, input.items.get(bar.itemId), labels))
      },
    },
    grid: {
      outerBoundsMode: 'none',
      top: axis ? GANTT_AXIS_HEIGHT : 0,
      left: 0,
      right: GANTT_PLOT_RIGHT,
      bottom: 0,
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: data.minMs,
      max: data.maxMs,
      minInterval: TICK_DAYS[input.zoom] * DAY,
      // On top of the grid, not at lane 0 of the (value) lane axis.
      axisLine: { onZero: false, show: axis },
      axisTick: { show: axis },
      axisLabel: {
        ...axisLabelStyle,
        show: axis,
        hideOverlap: true,
        formatter: axisLabelFormatter(input.zoom),
      },
      splitLine: { show: true, lineStyle: { color: '#e4e8ec' } },
    },
    yAxis: {
      type: 'value',
      inverse: true,
      min: view.yMin,
      max: view.yMax,
      interval: 1,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { show: false },
      // Row borders, level with the label column's.
      splitLine: { show: true, lineStyle: { color: '#f0f2f4' } },
    },
    dataZoom: [
      {
        type: 'inside',
        id: 'time',
        xAxisIndex: 0,
        filterMode: 'weakFilter',
        startValue: window.start,
        endValue: window.end,
        zoomOnMouseWheel: 'ctrl',
        moveOnMouseWheel: false,
        moveOnMouseMove: true,
        // Touch: a vertical swipe still scrolls the page.
        preventDefaultMouseMove: false,
      },
    ],
    series: [
      {
        id: SERIES_ID,
        type: 'custom',
        renderItem: barRenderer(bars, GANTT_ROW_HEIGHT, 0.5),
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
      axisLabel: { ...axisLabelStyle, hideOverlap: true, formatter: axisLabelFormatter(input.zoom) },
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

// ---------------------------------------------------------------------------------------------
// The static chart: exports and slides.

export interface StaticGanttOptions {
  /** First lane drawn (inclusive); default 0. */
  laneStart?: number
  /** Lane after the last one drawn (exclusive); default every lane. */
  laneEnd?: number
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

const STATIC = {
  width: 1600,
  rowHeight: 24,
  axis: 30,
  fontSize: 11,
  /** Average glyph width as a share of the font size (generous: labels must not be cut). */
  glyph: 0.6,
  indent: 12,
  legendFont: 12,
  legendRow: 22,
  legendSwatch: 30,
  pad: 12,
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

/** The legend's entries laid out in rows across `width`: where each mark and its text go. */
function legendLayout(marks: readonly GanttMark[], labels: GanttChartLabels, width: number) {
  const placed: { mark: GanttMark; x: number; y: number }[] = []
  let x = STATIC.pad
  let y = STATIC.legendRow / 2
  for (const mark of marks) {
    const w = STATIC.legendSwatch + 8 + labels.marks[mark].length * STATIC.legendFont * STATIC.glyph + 20
    if (x + w > width - STATIC.pad && x > STATIC.pad) {
      x = STATIC.pad
      y += STATIC.legendRow
    }
    placed.push({ mark, x, y })
    x += w
  }
  return { placed, height: marks.length === 0 ? 0 : y + STATIC.legendRow / 2 + STATIC.pad }
}

/** A sample bar for a legend swatch: drawn by the same code as the chart's bars. */
function sampleBar(mark: GanttMark): GanttBar {
  const bar: GanttBar = {
    itemId: '',
    laneId: '',
    title: '',
    kind: 'bar',
    start: '',
    end: '',
    periodText: '',
    openEnd: false,
    endInferred: false,
    statedEnd: '',
    startMissing: false,
    warning: false,
    phases: ['utvikling'],
    status: 'planned',
    uncertain: false,
    rolledUp: false,
  }
  if (mark.startsWith('phase:')) bar.phases = [mark.slice(6) as Phase]
  else if (mark === 'no-phase') bar.phases = []
  else if (mark === 'tentative') bar.status = 'tentative'
  else if (mark === 'no-status') bar.status = null
  else if (mark === 'milestone') bar.kind = 'milestone'
  else if (mark === 'open-end') bar.openEnd = true
  else if (mark === 'inferred-end') bar.endInferred = true
  else if (mark === 'rolled-up') bar.rolledUp = true
  else if (mark === 'end-before-start') Object.assign(bar, { kind: 'point', warning: true })
  else if (mark === 'start-missing') Object.assign(bar, { kind: 'point', startMissing: true })
  return bar
}

/** The elements of one legend entry at (x, y): its swatch, drawn as a bar, and its text. */
function legendEntry(mark: GanttMark, text: string, x: number, y: number): El {
  const w = STATIC.legendSwatch
  let swatch: El | null
  if (mark === 'as-of')
    swatch = {
      type: 'line',
      shape: { x1: x + w / 2, y1: y - 9, x2: x + w / 2, y2: y + 9 },
      style: { stroke: RED, lineWidth: 2 },
    }
  else if (mark === 'year')
    swatch = {
      type: 'rect',
      shape: { x, y: y - 9, width: w, height: 18 },
      style: { fill: 'rgba(11, 79, 108, 0.16)' },
    }
  else {
    const bar = sampleBar(mark)
    const x1 = bar.kind === 'point' ? x + 6 : x + (bar.openEnd ? w - 8 : w)
    const x0 = bar.kind === 'point' ? x + 6 : x
    swatch = drawBar(bar, {
      x0,
      x1,
      xStated: bar.endInferred ? x + w * 0.3 : x1,
      yMid: y,
      band: 24,
      left: x,
      right: x + w,
    })
  }
  return {
    type: 'group',
    children: [
      ...(swatch ? [swatch] : []),
      {
        type: 'text',
        style: {
          text,
          x: x + w + 8,
          y,
          verticalAlign: 'middle',
          fill: INK,
          font: `${STATIC.legendFont}px ${FONT_FAMILY}`,
        },
      },
    ],
  }
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
  return STATIC.axis + (end - start) * (options.rowHeight ?? STATIC.rowHeight) + STATIC.pad + legend
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
 * (default 18) with the time axis and the legend: `[{ laneStart, laneEnd }]`, in order, covering
 * every lane once. One page when everything fits.
 */
export function pageGanttLanes(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions & { height: number; minRowHeight?: number },
): { laneStart: number; laneEnd: number }[] {
  const width = options.width ?? STATIC.width
  const legend =
    options.legend === false
      ? 0
      : legendLayout(staticMarks(layout, 0, layout.lanes.length, options), labels, width).height
  const room = options.height - STATIC.axis - STATIC.pad - legend
  const perPage = Math.max(1, Math.floor(room / (options.minRowHeight ?? 18)))
  const pages: { laneStart: number; laneEnd: number }[] = []
  for (let start = 0; start < layout.lanes.length; start += perPage)
    pages.push({ laneStart: start, laneEnd: Math.min(layout.lanes.length, start + perPage) })
  return pages.length > 0 ? pages : [{ laneStart: 0, laneEnd: 0 }]
}

/**
 * A static, non-interactive picture of the timeline: lanes `laneStart` to `laneEnd` (exclusive)
 * of `layout`, each with its full label (grouping rows in bold, indented by depth), the time
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
  const [start, end] = rangeOf(layout, options)
  const lanes = layout.lanes.slice(start, end)
  const width = options.width ?? STATIC.width
  const marks = options.legend === false ? [] : staticMarks(layout, start, end, options)
  const legend = legendLayout(marks, labels, width)
  const natural =
    STATIC.axis + lanes.length * (options.rowHeight ?? STATIC.rowHeight) + STATIC.pad + legend.height
  const height = options.height ?? natural
  const plotHeight = Math.max(1, height - STATIC.axis - STATIC.pad - legend.height)
  const rowHeight =
    lanes.length > 0 ? Math.min(options.rowHeight ?? STATIC.rowHeight, plotHeight / lanes.length) : 0
  const labelWidth = staticLabelWidth(lanes, width, options.labelWidth)
  const window = options.window ?? defaultWindow(layout.bars)
  const zoom = options.zoom ?? 'year'

  const inRange = new Set(lanes.map((l) => l.id))
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]))
  const rows: number[][] = []
  layout.bars.forEach((bar, i) => {
    if (!inRange.has(bar.laneId)) return
    rows.push([laneIndex.get(bar.laneId) ?? 0, ms(bar.start), ms(bar.end) + DAY, i, ms(bar.statedEnd) + DAY])
  })
  const fontSize = Math.min(STATIC.fontSize, Math.max(7, rowHeight * 0.5))
  const markArea = markAreaOf(options.year ?? null)
  const legendTop = STATIC.axis + lanes.length * rowHeight + STATIC.pad

  const series: unknown[] = [
    {
      type: 'custom',
      renderItem: barRenderer(layout.bars, rowHeight),
      encode: { x: [1, 2], y: 0 },
      data: rows,
      clip: true,
      silent: true,
      ...(options.asOf ? { markLine: markLineOf(options.asOf, labels) } : {}),
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

  return {
    aria: {
      enabled: true,
      label: { enabled: true, description: `${labels.title}: ${lanes.length} rader.` },
    },
    backgroundColor: PAPER,
    textStyle: { fontFamily: FONT_FAMILY, color: INK },
    animation: false,
    tooltip: { show: false },
    grid: {
      // Exactly where given: ECharts 6 would otherwise shrink the plot to fit the labels again.
      outerBoundsMode: 'none',
      top: STATIC.axis,
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
      axisLabel: { ...axisLabelStyle, hideOverlap: true, formatter: axisLabelFormatter(zoom) },
      splitLine: { show: true, lineStyle: { color: '#e4e8ec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      // Grouping rows bold, each row indented by its depth; the full text, never cut. No ▾/▸:
      // a picture has nothing to open, and the PDF's standard fonts have no such glyphs.
      data: lanes.map((lane) => ({
        value: laneText(lane),
        textStyle: {
          align: 'left',
          fontWeight: lane.hasChildren ? 'bold' : 'normal',
          padding: [0, 0, 0, lane.depth * STATIC.indent],
        },
      })),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#c9d1d9' } },
      splitLine: { show: true, lineStyle: { color: '#f0f2f4' } },
      axisLabel: {
        ...axisLabelStyle,
        interval: 0,
        align: 'left',
        margin: labelWidth,
        width: labelWidth - 4,
        overflow: 'break',
        lineHeight: fontSize + 2,
        fontSize,
        color: INK,
      },
    },
    series,
  } as EChartsOption
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
