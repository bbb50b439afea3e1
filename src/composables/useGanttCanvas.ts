/**
 * The timeline's two canvases: the tile of rows (`buildGanttOption`, only the rows the tile
 * holds) and the sticky time-axis strip above it (`buildGanttAxisOption`). Made on mount, redrawn
 * when the layout, words, as-of date, year or zoom change, kept at the window the user pans and
 * zooms to, and disposed on unmount. A click on a bar reports the bar's index.
 */
import type { ECharts } from 'echarts'
import { nextTick, onBeforeUnmount, onMounted, watch, type Ref, type ShallowRef } from 'vue'
import { init } from '@/charts/echarts-setup'
import {
  buildGanttAxisOption,
  buildGanttOption,
  type GanttChartLabels,
  type GanttData,
  type GanttZoom,
} from '@/charts/gantt'
import type { GanttLayout } from '@/domain/gantt-layout'
import { dayMs, isoDay } from '@/domain/time-window'
import type { ItemLookup } from '@/domain/item-lookup'
import type { useGanttTile } from './useGanttTile'
import type { useGanttWindow } from './useGanttWindow'

/** What the chart draws: the GanttChart component's props. */
export interface GanttCanvasProps {
  layout: GanttLayout
  items: ItemLookup
  asOf: string
  year: number | null
  window: { start: string; end: string }
  zoom: GanttZoom
  labels: GanttChartLabels
}

export interface GanttCanvasInput {
  props: GanttCanvasProps
  canvasHost: Readonly<Ref<HTMLElement | null>>
  axisHost: Readonly<Ref<HTMLElement | null>>
  chart: ShallowRef<ECharts | null>
  data: Readonly<Ref<GanttData>>
  tile: ReturnType<typeof useGanttTile>
  time: ReturnType<typeof useGanttWindow>
  /** A bar was clicked: its index in `props.layout.bars`. */
  onBarClick: (barIndex: number) => void
  /** The time window shown now (ISO dates), after every pan and zoom. */
  onWindow: (window: { start: string; end: string }) => void
}

/** The row tile's option: only the rows the tile holds, in the window shown now. */
function tileOption(input: GanttCanvasInput) {
  const { props, tile } = input
  const shown = input.time.currentWindow.value
  const option = buildGanttOption({
    layout: props.layout,
    items: props.items,
    asOf: props.asOf,
    year: props.year,
    window: { start: isoDay(shown.start), end: isoDay(shown.end) },
    zoom: props.zoom,
    labels: props.labels,
    data: input.data.value,
    viewport: tile.viewport(),
    axis: false,
  })
  tile.redrawn()
  return option
}

/** The sticky time-axis strip's option, in the window shown now. */
function axisOption({ props, time }: GanttCanvasInput) {
  return buildGanttAxisOption({
    asOf: props.asOf,
    year: props.year,
    window: { startMs: time.currentWindow.value.start, endMs: time.currentWindow.value.end },
    zoom: props.zoom,
    labels: props.labels,
  })
}

/** The index of the bar a chart click hit, if it hit one (`value[3]` of the bar's data). */
function clickedBar(params: unknown): number | null {
  const value = (params as { value?: unknown }).value
  return Array.isArray(value) && typeof value[3] === 'number' ? value[3] : null
}

export function useGanttCanvas(input: GanttCanvasInput) {
  const { props, chart, tile, time } = input
  const { currentWindow } = time
  let axisChart: ECharts | null = null

  function onChartClick(params: unknown): void {
    const bar = clickedBar(params)
    if (bar !== null) input.onBarClick(bar)
  }

  const onWheelCapture = time.wheelCapture(() => input.canvasHost.value)
  let resizeObserver: ResizeObserver | null = null
  onMounted(() => {
    const host = input.canvasHost.value
    if (!host) return
    host.addEventListener('wheel', onWheelCapture, { capture: true, passive: false })
    // Place the tile first: the chart then starts with the rows it shows.
    tile.sync(true, false)
    const instance = init(host, null, { renderer: 'canvas' })
    chart.value = instance
    instance.setOption(tileOption(input), { notMerge: true })
    if (input.axisHost.value) {
      axisChart = init(input.axisHost.value, null, { renderer: 'canvas' })
      axisChart.setOption(axisOption(input), { notMerge: true })
    }
    instance.on('click', onChartClick)
    instance.on('datazoom', time.onDataZoom)
    tile.listen()
    resizeObserver = new ResizeObserver(() => {
      instance.resize()
      axisChart?.resize()
    })
    resizeObserver.observe(host)
  })
  onBeforeUnmount(() => {
    input.canvasHost.value?.removeEventListener('wheel', onWheelCapture, { capture: true })
    tile.stop()
    resizeObserver?.disconnect()
    chart.value?.dispose()
    chart.value = null
    axisChart?.dispose()
    axisChart = null
  })

  watch(
    () => [props.layout, props.labels, props.asOf, props.year, props.zoom, props.items] as const,
    () => {
      void nextTick(() => {
        tile.sync(true, false)
        chart.value?.setOption(tileOption(input), { notMerge: true })
      })
    },
  )
  // The strip holds no rows: a filter change (a new layout) leaves it as it is. Built again on
  // each keystroke, it was more than half of the charts' part of a keystroke at 100 000 items
  // (CPU profile: 36 → 14 ms). Its window follows `currentWindow` (below).
  watch(
    () => [props.labels, props.asOf, props.year, props.zoom] as const,
    () => {
      void nextTick(() => axisChart?.setOption(axisOption(input), { notMerge: true }))
    },
  )
  watch(tile.tileHeight, () =>
    nextTick(() => {
      chart.value?.resize()
      tile.sync(true)
    }),
  )
  // A new zoom level or as-of date asks for a new window; a new object with the same dates (after
  // a filter change) keeps where the user has panned and zoomed to.
  watch(
    () => `${props.window.start}/${props.window.end}`,
    () => time.setWindow({ start: dayMs(props.window.start), end: dayMs(props.window.end) }),
  )
  watch(
    currentWindow,
    (w) => {
      input.onWindow({ start: isoDay(w.start), end: isoDay(w.end) })
      axisChart?.setOption({ xAxis: { min: w.start, max: w.end } })
    },
    { immediate: true },
  )

  /** Resizes the row canvas (after the label column changed width). */
  function resize(): void {
    chart.value?.resize()
  }

  return { resize }
}
