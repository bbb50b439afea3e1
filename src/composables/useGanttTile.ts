/**
 * The timeline's canvas is a tile of rows, the screen's and a margin above and below it, that
 * scrolls with the page (the browser moves it, nothing is redrawn); only when the rows on screen
 * leave it is it moved and the rows around them swapped in (`ganttTileTop`,
 * `ganttViewportPatch`). The time axis stays in view in a strip of its own above it.
 */
import type { ECharts } from 'echarts'
import { computed, nextTick, ref, type Ref, type ShallowRef } from 'vue'
import {
  GANTT_AXIS_HEIGHT as AXIS,
  GANTT_ROW_HEIGHT as ROW,
  ganttTileHeight,
  ganttTileTop,
  ganttViewportPatch,
  type GanttData,
  type GanttViewport,
} from '@/charts/gantt'

export interface GanttTileInput {
  /** The element of the whole timeline body (axis strip and rows). */
  body: Readonly<Ref<HTMLElement | null>>
  chart: ShallowRef<ECharts | null>
  data: Readonly<Ref<GanttData>>
}

export function useGanttTile({ body, chart, data }: GanttTileInput) {
  const rowsHeight = computed(() => data.value.laneCount * ROW)
  const bodyHeight = computed(() => AXIS + rowsHeight.value)
  const viewportHeight = ref(typeof window === 'undefined' ? 800 : window.innerHeight)
  const tileHeight = computed(() => ganttTileHeight(viewportHeight.value, rowsHeight.value))
  /** Where the tile stands, in pixels below the first row's top. */
  const tileTop = ref(0)
  /** Pixels of rows scrolled above the viewport's top. */
  const offset = ref(0)
  /** The screen's height, for paging with the keyboard. */
  const screenHeight = computed(() => Math.min(viewportHeight.value, bodyHeight.value))
  /** Bar index of the first data row the chart holds now. */
  let firstRow = 0

  function viewport(): GanttViewport {
    return { offset: tileTop.value, plotHeight: tileHeight.value }
  }

  /** Notes which rows a full redraw puts in the chart (it draws the tile's rows). */
  function redrawn(): void {
    firstRow = ganttViewportPatch(data.value, viewport()).first
  }

  /**
   * Reads where the page has scrolled the rows to and moves the tile when they left it (`force`:
   * swaps its rows in even if not). `patch: false` only places the tile, for a caller that
   * redraws the whole chart next: patching first would lay out the tile's rows twice.
   */
  function sync(force = false, patch = true): void {
    const el = body.value
    if (!el) return
    const rowsTop = el.getBoundingClientRect().top + AXIS
    offset.value = Math.max(0, Math.min(-rowsTop, rowsHeight.value))
    const top = ganttTileTop(
      tileTop.value,
      offset.value,
      viewportHeight.value,
      tileHeight.value,
      rowsHeight.value,
    )
    if (top === tileTop.value && !force) return
    tileTop.value = top
    if (!patch) return
    const next = ganttViewportPatch(data.value, viewport())
    firstRow = next.first
    chart.value?.setOption(next.option)
  }

  let frame = 0
  /** `sync` at most once a frame: for scroll events. */
  function scheduleSync(): void {
    if (frame) return
    frame = requestAnimationFrame(() => {
      frame = 0
      sync()
    })
  }
  function onResize(): void {
    viewportHeight.value = window.innerHeight
    void nextTick(() => {
      chart.value?.resize()
      sync(true)
    })
  }

  /** Follows the page's scrolling and the window's size until `stop`. */
  function listen(): void {
    window.addEventListener('scroll', scheduleSync, { passive: true })
    window.addEventListener('resize', onResize)
  }
  function stop(): void {
    window.removeEventListener('scroll', scheduleSync)
    window.removeEventListener('resize', onResize)
    if (frame) cancelAnimationFrame(frame)
  }

  return {
    bodyHeight,
    tileHeight,
    tileTop,
    offset,
    screenHeight,
    viewport,
    /** Bar index of the chart's first data row: `dataIndex + firstRow()` is a bar index. */
    firstRow: () => firstRow,
    redrawn,
    sync,
    listen,
    stop,
  }
}
