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
 * - `runGanttApp`: `buildGanttLayout` (grouped by goal, nothing collapsed, edges as
 *   TimelineView computes them) and `buildGanttOption` (timed apart), then a fresh 1600×900
 *   canvas chart, timed from just before `setOption` to ECharts' `finished` event.
 * - `runGanttBaseline`: the same rows on the same lanes and the same visible window, drawn
 *   by a bare `renderItem` (one rect per row) with no dataZoom, markLine, markArea or tooltip.
 *   The window is set as axis min/max instead of a dataZoom: the baseline must draw the same
 *   picture (40 lanes, six years) or it would measure a different chart — 10 000 category
 *   labels squeezed into 900 px rather than the app's 40.
 * - `runGanttZoom`: on an app chart, one `dataZoom` action per animation frame, in to a
 *   quarter of the window and back out; the frame intervals show what a user feels.
 * - `runFacets`: `countFacets` and `filterItems` with one goal and a text, as Explore does.
 */
import type { ECharts, EChartsOption } from 'echarts'
import { buildGanttOption, laneLabel, type GanttChartLabels } from '@/charts/gantt'
import { init } from '@/charts/echarts-setup'
import { countFacets, emptyFilter, filterItems, type ItemFilter } from '@/domain/filter'
import { buildGanttLayout, type GanttLayout } from '@/domain/gantt-layout'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { importFile } from '@/import/run-import'
import type { FacetRun, GanttAppRun, GanttBaselineRun, GanttZoomRun } from './gantt-api'
import { createRandom } from './generate-veikart'

const WIDTH = 1600
const HEIGHT = 900
const DAY = 86_400_000
/** The generated exports' Versjon is 2026-08; the as-of line stands there. */
const AS_OF = '2026-08-01'
/** Lanes the app shows at once (its y dataZoom window); the baseline's y axis shows as many. */
const VISIBLE_LANES = 40

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

/** TimelineView's layout: edges from a probe layout, then grouped by goal, nothing collapsed. */
function layoutOf({ items, subGoals, goals }: Dataset): GanttLayout {
  const probe = buildGanttLayout(items, subGoals, goals, {
    groupBy: 'phase',
    collapsed: new Set(),
    edge: { start: AS_OF, end: AS_OF },
  })
  const latest = [probe.extent?.end ?? AS_OF, AS_OF].sort().at(-1) as string
  const edge = { start: probe.extent?.start ?? AS_OF, end: addYears(latest, 2) }
  return buildGanttLayout(items, subGoals, goals, { groupBy: 'goal', collapsed: new Set(), edge })
}

/** The view's default zoom ("year"): two years before the as-of date to four after. */
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
  uncertain: 'Usikker',
}

/** A visible, fixed-size host: ECharts sizes the canvas from it. One per chart. */
function createHost(): HTMLDivElement {
  const host = document.createElement('div')
  host.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px`
  document.body.replaceChildren(host)
  return host
}

/** Sets the option on a fresh chart and resolves with the ms until `finished`, and the chart. */
function drawChart(option: EChartsOption): Promise<{ ms: number; chart: ECharts }> {
  const chart = init(createHost(), undefined, { renderer: 'canvas', width: WIDTH, height: HEIGHT })
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no finished event within 60 s')), 60_000)
    let start = 0
    chart.on('finished', () => {
      const ms = performance.now() - start
      clearTimeout(timeout)
      // `finished` fires inside zrender's frame; disposing there breaks the rest of that frame.
      setTimeout(() => resolve({ ms, chart }), 0)
    })
    start = performance.now()
    chart.setOption(option)
  })
}

window.runGanttApp = async (size) => {
  const data = dataset(size)
  const t0 = performance.now()
  const layout = layoutOf(data)
  const t1 = performance.now()
  const option = buildGanttOption({
    layout,
    items: new Map(data.items.map((i) => [i.id, i])),
    asOf: AS_OF,
    year: null,
    window: WINDOW,
    zoom: 'year',
    labels: LABELS,
  })
  const t2 = performance.now()
  const { ms, chart } = await drawChart(option)
  chart.dispose()
  return {
    ms,
    layoutMs: t1 - t0,
    optionMs: t2 - t1,
    bars: layout.bars.length,
    lanes: layout.lanes.length,
  } satisfies GanttAppRun
}

/** Baseline options are built outside the timing, once per size. */
const baselineOptions = new Map<number, { option: EChartsOption; bars: number }>()

function baselineOption(size: number): { option: EChartsOption; bars: number } {
  const cached = baselineOptions.get(size)
  if (cached) return cached
  const layout = layoutOf(dataset(size))
  const laneIndex = new Map(layout.lanes.map((lane, i) => [lane.id, i]))
  const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
  // The app's data rows: [lane, start, end + 1 day, bar index].
  const data = layout.bars.map((bar, i) => [
    laneIndex.get(bar.laneId) ?? 0,
    ms(bar.start),
    ms(bar.end) + DAY,
    i,
  ])
  const option: EChartsOption = {
    animation: false,
    // The app's grid and label box, so both plot areas have the same size.
    grid: { top: 16, left: 8, right: 40, bottom: 64, containLabel: true },
    xAxis: { type: 'time', position: 'top', min: ms(WINDOW.start), max: ms(WINDOW.end) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: layout.lanes.map(laneLabel),
      min: 0,
      max: Math.min(layout.lanes.length, VISIBLE_LANES) - 1,
      axisLabel: { width: 260, overflow: 'truncate' },
    },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data,
        clip: true,
        renderItem: (_params, api) => {
          const [x0, y] = api.coord([api.value(1), api.value(0)]) as [number, number]
          const [x1] = api.coord([api.value(2), api.value(0)]) as [number, number]
          return {
            type: 'rect',
            shape: { x: x0, y: y - 8, width: x1 - x0, height: 16 },
            style: { fill: '#4a7fa7' },
          }
        },
      },
    ],
  }
  const built = { option, bars: data.length }
  baselineOptions.set(size, built)
  return built
}

window.runGanttBaseline = async (size) => {
  const { option, bars } = baselineOption(size)
  const { ms, chart } = await drawChart(option)
  chart.dispose()
  return { ms, bars } satisfies GanttBaselineRun
}

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve))

window.runGanttZoom = async (size, steps) => {
  const data = dataset(size)
  const option = buildGanttOption({
    layout: layoutOf(data),
    items: new Map(data.items.map((i) => [i.id, i])),
    asOf: AS_OF,
    year: null,
    window: WINDOW,
    zoom: 'year',
    labels: LABELS,
  })
  const { chart } = await drawChart(option)
  try {
    const start = Date.parse(`${WINDOW.start}T00:00:00Z`)
    const end = Date.parse(`${WINDOW.end}T00:00:00Z`)
    const centre = (start + end) / 2
    const framesMs: number[] = []
    let last = await nextFrame()
    for (let k = 1; k <= steps; k++) {
      // In to a quarter of the window over the first half of the steps, then back out.
      const depth = 1 - Math.abs((2 * k) / steps - 1)
      const half = ((end - start) / 2) * (1 - 0.75 * depth)
      chart.dispatchAction({
        type: 'dataZoom',
        dataZoomIndex: 0,
        startValue: centre - half,
        endValue: centre + half,
      })
      const now = await nextFrame()
      framesMs.push(now - last)
      last = now
    }
    // The last action is painted in the frame after it.
    framesMs.push((await nextFrame()) - last)
    return { framesMs } satisfies GanttZoomRun
  } finally {
    chart.dispose()
  }
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
