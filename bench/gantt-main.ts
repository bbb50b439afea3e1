/**
 * The timeline (Gantt) and facet-count bench page, built beside bench/index.html with the
 * app's Vite config, so ECharts comes through the app's one registration (echarts-setup.ts).
 *
 * Data: the import benchmark's generated veikart exports, read through the real `importFile`
 * (not timed), so the items carry what imported items carry (sub-goals, groupings, every date
 * precision, phase spans, Planlagt/Tentativ, «?»). The veikart format has no open-end
 * notation and no Type column, so a seeded pass adds what the timeline must also draw: open
 * ends, milestones (Type = Milepæl), ends before starts and ends without starts.
 *
 * - `runGanttApp`: what a user waits for after changing the filter, as TimelineView does it: the
 *   chart shows one goal (drawn first, not timed); then, timed from the filter change to ECharts'
 *   `finished`: `filterItems` (the filter cleared to all items), `statedExtent` and
 *   `buildGanttLayout` (grouped by goal, nothing collapsed), `buildGanttData` and
 *   `buildGanttOption` for the view's 1600×2700 tile of rows (three 900-pixel screens) at the top,
 *   and `setOption` on the same chart. Layout and option building are reported apart too.
 * - `runGanttBaseline`: the same rows on the same lanes and the same visible window, drawn by a
 *   bare `renderItem` (one rect per row) with no dataZoom, markLine, markArea or tooltip, from a
 *   prepared option: every row is given to ECharts, which clips to the 28 lanes in view (the
 *   simplest way to draw this picture), timed from `setOption` on a fresh chart to `finished`.
 *   The time axis strip above the tile is left out on both sides.
 * - `runGanttZoom`: on an app chart, one `dataZoom` action per animation frame, in to a
 *   quarter of the window and back out; the frame intervals show what a user feels.
 * - `runGanttScroll`: on an app chart, the page scrolling through the rows, two rows a frame: as
 *   in the view, the browser moves the tile, and the chart is redrawn (`ganttViewportPatch`) only
 *   when the rows on screen leave it (`ganttTileTop`).
 * - `runFacets`: `countFacets` and `filterItems` with one goal and a text, as Explore does.
 */
import type { ECharts, EChartsOption } from 'echarts'
import {
  buildGanttData,
  ganttDataRow,
  buildGanttOption,
  GANTT_AXIS_HEIGHT,
  GANTT_ROW_HEIGHT,
  ganttLanesInView,
  ganttTileTop,
  ganttViewportPatch,
  type GanttChartLabels,
} from '@/charts/gantt'
import { init } from '@/charts/echarts-setup'
import { countFacets, emptyFilter, filterItems, type ItemFilter } from '@/domain/filter'
import { buildGanttLayout, statedExtent, type GanttLayout } from '@/domain/gantt-layout'
import { GANTT_MARKS } from '@/domain/gantt-legend'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { importFile } from '@/import/run-import'
import type { FacetRun, GanttAppRun, GanttBaselineRun, GanttFramesRun } from './gantt-api'
import { createRandom } from './generate-veikart'
import { GANTT_LAYOUT_LABELS } from './slide-words'

const WIDTH = 1600
const HEIGHT = 900
/** The generated exports' Versjon is 2026-08; the as-of line stands there. */
const AS_OF = '2026-08-01'
/** The view's canvas: a tile of rows three screens high (the axis is a strip of its own). */
const TILE = 3 * HEIGHT
const VIEWPORT = { offset: 0, plotHeight: TILE }

interface Dataset {
  items: RoadmapItem[]
  subGoals: SubGoal[]
  goals: Goal[]
}

const datasets = new Map<number, Dataset>()

/** Adds the period shapes the veikart format cannot express (see the module note). */
function withTimelineCases(items: readonly RoadmapItem[], seed: number): RoadmapItem[] {
  const random = createRandom(seed)
  return items.map((item) => {
    const r = random()
    const { start, end } = item.period
    if (!start) return item
    if (r < 0.03) return { ...item, extra: { ...item.extra, Type: 'Milepæl' } }
    if (!end && r < 0.25) return { ...item, period: { ...item.period, openEnded: true } }
    if (r < 0.26) {
      const year = Number(start.date.slice(0, 4)) - 1
      return {
        ...item,
        period: { start, end: { date: `${year}-01-01`, precision: 'year' }, openEnded: false },
      }
    }
    if (r < 0.27) return { ...item, period: { end: start, openEnded: false } }
    return item
  })
}

function dataset(size: number): Dataset {
  const data = datasets.get(size)
  if (!data) throw new Error(`${size} items are not loaded`)
  return data
}

window.loadGanttItems = async (size, url) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const outcome = await importFile(bytes, { fileName: `veikart-${size}.csv`, datasetId: 'bench' })
  if (!outcome.content) throw new Error(`${url}: nothing imported`)
  const { items, subGoals, goals } = outcome.content
  datasets.set(size, { items: withTimelineCases(items, size), subGoals, goals })
  return items.length
}

function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + Math.round(years * 12))
  return d.toISOString().slice(0, 10)
}

/** TimelineView's layout: edges from the stated extent, then grouped by goal, nothing collapsed. */
function layoutOf(items: readonly RoadmapItem[], { subGoals, goals }: Dataset): GanttLayout {
  const stated = statedExtent(items)
  const latest = [stated?.end ?? AS_OF, AS_OF].sort().at(-1) as string
  const edge = { start: stated?.start ?? AS_OF, end: addYears(latest, 2) }
  return buildGanttLayout(items, subGoals, goals, {
    labels: GANTT_LAYOUT_LABELS,
    groupBy: 'goal',
    collapsed: new Set(),
    edge,
  })
}

/** Items by id, as the view keeps them for the whole dataset (not per filter change). */
const byId = new WeakMap<Dataset, Map<string, RoadmapItem>>()
function itemsById(data: Dataset): Map<string, RoadmapItem> {
  let map = byId.get(data)
  if (!map) {
    map = new Map(data.items.map((i) => [i.id, i]))
    byId.set(data, map)
  }
  return map
}

/** TimelineView's option for a layout, the canvas at the top of the rows. */
function appOption(layout: GanttLayout, data: Dataset): EChartsOption {
  return buildGanttOption({
    layout,
    items: itemsById(data),
    asOf: AS_OF,
    year: null,
    window: WINDOW,
    zoom: 'year',
    labels: LABELS,
    data: buildGanttData(layout, AS_OF),
    viewport: VIEWPORT,
    axis: false,
  })
}

/** The view's default zoom ("year"): two years before its anchor to four after. */
const WINDOW = { start: addYears(AS_OF, -2), end: addYears(AS_OF, 4) }

const LABELS: GanttChartLabels = {
  title: 'Tidslinje',
  phases: {
    konsept: 'Konsept/mandat',
    utvikling: 'Utvikling og begrenset utprøving',
    tilpasning: 'Tilpasning og utvidet utprøving',
    innforing: 'Innføring',
    'i-bruk': 'Ny praksis i bruk',
  },
  status: { planned: 'Planlagt', tentative: 'Tentativ' },
  noPhase: 'Uten fase',
  period: 'Periode',
  phase: 'Fase',
  statusLabel: 'Status',
  actors: 'Aktører',
  sourceRow: (row) => `Rad ${row}`,
  noEnd: 'Sluttdato ikke oppgitt',
  openEnd: 'Løper videre',
  endBeforeStart: 'Slutt før start',
  startMissing: 'Startdato mangler',
  milestone: 'Milepæl',
  asOf: (date) => `Per ${date}`,
  lane: 'Rad',
  continuedLane: '(forts.)',
  chartSummary: (bars, rows) => `${bars} elementer på ${rows} rader`,
  uncertain: 'Usikker',
  marks: Object.fromEntries(GANTT_MARKS.map((m) => [m, m])) as GanttChartLabels['marks'],
}

/** A visible, fixed-size host: ECharts sizes the canvas from it. One per chart. */
function createHost(height: number): HTMLDivElement {
  const host = document.createElement('div')
  host.style.cssText = `width:${WIDTH}px;height:${height}px`
  document.body.replaceChildren(host)
  return host
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))

/**
 * Disposes of a chart once zrender has painted what it scheduled (disposing inside a pending
 * frame throws in its painter), outside any timing.
 */
async function dispose(chart: ECharts): Promise<void> {
  await nextFrame()
  await nextFrame()
  await new Promise((resolve) => setTimeout(resolve, 50))
  chart.dispose()
}

/** Resolves at the chart's next `finished` event, with the ms since `start`. */
function finished(chart: ECharts, start: () => number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no finished event within 60 s')), 60_000)
    const done = () => {
      const ms = performance.now() - start()
      clearTimeout(timeout)
      chart.off('finished', done)
      // `finished` fires inside zrender's frame; disposing there breaks the rest of that frame.
      setTimeout(() => resolve(ms), 0)
    }
    chart.on('finished', done)
  })
}

/** Sets the option on a fresh chart and resolves with the ms until `finished`, and the chart. */
async function drawChart(option: EChartsOption, height = TILE): Promise<{ ms: number; chart: ECharts }> {
  const chart = init(createHost(height), undefined, { renderer: 'canvas', width: WIDTH, height })
  let t0 = 0
  const done = finished(chart, () => t0)
  t0 = performance.now()
  chart.setOption(option)
  return { ms: await done, chart }
}

/** The filter the chart shows before the timed change: one goal. */
const BEFORE: ItemFilter = { ...emptyFilter(), goals: [2] }

window.runGanttApp = async (size) => {
  const data = dataset(size)
  const shown = filterItems(data.items, BEFORE, data.subGoals)
  const { chart } = await drawChart(appOption(layoutOf(shown, data), data))
  try {
    let t0 = 0
    let layoutMs = 0
    let optionMs = 0
    let bars = 0
    let lanes = 0
    const done = finished(chart, () => t0)
    t0 = performance.now()
    // The filter is cleared: every item, as the view computes it.
    const items = filterItems(data.items, emptyFilter(), data.subGoals)
    const layout = layoutOf(items, data)
    const t1 = performance.now()
    const option = appOption(layout, data)
    const t2 = performance.now()
    chart.setOption(option, { notMerge: true })
    layoutMs = t1 - t0
    optionMs = t2 - t1
    bars = layout.bars.length
    lanes = layout.lanes.length
    const ms = await done
    return { ms, layoutMs, optionMs, drawMs: ms - (t2 - t0), bars, lanes } satisfies GanttAppRun
  } finally {
    await dispose(chart)
  }
}

/** Baseline options are built outside the timing, once per size. */
const baselineOptions = new Map<number, { option: EChartsOption; bars: number }>()

function baselineOption(size: number): { option: EChartsOption; bars: number } {
  const cached = baselineOptions.get(size)
  if (cached) return cached
  const data = dataset(size)
  const layout = layoutOf(data.items, data)
  // The app's data rows: [lane, start, end + 1 day, bar index, stated end].
  const cells = buildGanttData(layout, AS_OF)
  const rows = Array.from({ length: cells.count }, (_, b) => ganttDataRow(cells, b))
  const view = ganttLanesInView(layout.lanes.length, VIEWPORT)
  const option: EChartsOption = {
    animation: false,
    // The app's grid, so both plot areas have the same size.
    grid: { outerBoundsMode: 'none', top: 0, left: 0, right: 16, bottom: 0 },
    xAxis: {
      type: 'time',
      position: 'top',
      min: ms(WINDOW.start),
      max: ms(WINDOW.end),
      axisLabel: { show: false },
    },
    yAxis: { type: 'value', inverse: true, min: view.yMin, max: view.yMax, show: false },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data: rows,
        clip: true,
        renderItem: (_params, api) => {
          const [x0, y] = api.coord([api.value(1), (api.value(0) as number) + 0.5]) as [number, number]
          const [x1] = api.coord([api.value(2), (api.value(0) as number) + 0.5]) as [number, number]
          return {
            type: 'rect',
            shape: { x: x0, y: y - 8, width: x1 - x0, height: 16 },
            style: { fill: '#4a7fa7' },
          }
        },
      },
    ],
  }
  const built = { option, bars: rows.length }
  baselineOptions.set(size, built)
  return built
}

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

window.runGanttBaseline = async (size) => {
  const { option, bars } = baselineOption(size)
  const { ms, chart } = await drawChart(option)
  await dispose(chart)
  return { ms, bars } satisfies GanttBaselineRun
}

/** An app chart of every item, and the frame intervals while `step(k)` runs once per frame. */
async function frames(size: number, steps: number, step: (chart: ECharts, k: number) => void) {
  const data = dataset(size)
  const { chart } = await drawChart(appOption(layoutOf(data.items, data), data))
  try {
    const framesMs: number[] = []
    let last = await nextFrame()
    for (let k = 1; k <= steps; k++) {
      step(chart, k)
      const now = await nextFrame()
      framesMs.push(now - last)
      last = now
    }
    // The last step is painted in the frame after it.
    framesMs.push((await nextFrame()) - last)
    return { framesMs } satisfies GanttFramesRun
  } finally {
    await dispose(chart)
  }
}

window.runGanttZoom = (size, steps) => {
  const start = ms(WINDOW.start)
  const end = ms(WINDOW.end)
  const centre = (start + end) / 2
  return frames(size, steps, (chart, k) => {
    // In to a quarter of the window over the first half of the steps, then back out.
    const depth = 1 - Math.abs((2 * k) / steps - 1)
    const half = ((end - start) / 2) * (1 - 0.75 * depth)
    chart.dispatchAction({
      type: 'dataZoom',
      dataZoomIndex: 0,
      startValue: centre - half,
      endValue: centre + half,
    })
  })
}

window.runGanttScroll = (size, steps) => {
  const data = dataset(size)
  const rows = buildGanttData(layoutOf(data.items, data), AS_OF)
  const rowsHeight = rows.laneCount * GANTT_ROW_HEIGHT
  const screen = HEIGHT - GANTT_AXIS_HEIGHT
  const start = Math.floor(rows.laneCount / 3) * GANTT_ROW_HEIGHT
  let tileTop = -1
  return frames(size, steps, (chart, k) => {
    // Two rows a frame (about 4 000 px a second), down through the middle of the rows: the
    // browser moves the tile; the view redraws only when the rows on screen leave it.
    const from = start + k * 2 * GANTT_ROW_HEIGHT
    const top = ganttTileTop(tileTop, from, screen, TILE, rowsHeight)
    if (top === tileTop) return
    tileTop = top
    chart.setOption(ganttViewportPatch(rows, { offset: top, plotHeight: TILE }).option)
  })
}

/** Explore with one goal chosen and a word typed: the common narrowing step. */
const FACET_FILTER: ItemFilter = { ...emptyFilter(), goals: [2], text: 'pasient' }

window.runFacets = (size) => {
  const { items, subGoals } = dataset(size)
  const fresh = items.map((item) => ({ ...item }))
  const t0 = performance.now()
  countFacets(fresh, FACET_FILTER, subGoals)
  const t1 = performance.now()
  countFacets(fresh, FACET_FILTER, subGoals)
  const t2 = performance.now()
  const matched = filterItems(fresh, FACET_FILTER, subGoals)
  const t3 = performance.now()
  return {
    coldCountMs: t1 - t0,
    countMs: t2 - t1,
    filterMs: t3 - t2,
    matchedItems: matched.length,
  } satisfies FacetRun
}

window.ganttReady = true
