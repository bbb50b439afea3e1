/**
 * Keyboard and pointer on the timeline's row tree (one tab stop): ↑/↓ row by row, ←/→ bar to
 * bar, Home/End first and last row, PageUp/PageDown a screen, Enter/Space opens an item's detail
 * or collapses/expands a group, +/− zoom time around the active row's bar. The chart follows: a
 * row reached by keyboard is scrolled into view, its bar into the time window, and its tooltip
 * shown.
 */
import type { ECharts } from 'echarts'
import { nextTick, type Ref, type ShallowRef } from 'vue'
import { GANTT_AXIS_HEIGHT as AXIS, GANTT_ROW_HEIGHT as ROW } from '@/charts/gantt'
import { dayMs } from '@/domain/time-window'
import type { useGanttRows } from './useGanttRows'
import type { useGanttTile } from './useGanttTile'
import type { useGanttWindow } from './useGanttWindow'
import { useKeyboardWalk } from './useKeyboardWalk'

/** Time zoom factors of the +/− keys (and their keypad and shifted forms). */
const ZOOM_KEYS: Readonly<Record<string, number>> = {
  '+': 1 / 1.5,
  '=': 1 / 1.5,
  Add: 1 / 1.5,
  '-': 1.5,
  Subtract: 1.5,
  _: 1.5,
}

export interface GanttKeyboardInput {
  rows: ReturnType<typeof useGanttRows>
  tile: ReturnType<typeof useGanttTile>
  time: ReturnType<typeof useGanttWindow>
  chart: ShallowRef<ECharts | null>
  /** The row with the keyboard's focus. */
  active: Ref<number>
  /** The label column's element of row `index`, when it is in the page. */
  rowElement: (index: number) => HTMLElement | null | undefined
  announce: (text: string) => void
  open: (itemId: string) => void
  toggle: (laneId: string) => void
}

export function useGanttKeyboard(input: GanttKeyboardInput) {
  const { rows, tile, time, chart, active } = input
  const lanes = rows.lanes

  async function focusRow(index: number, scroll = true): Promise<void> {
    if (index < 0 || index >= lanes.value.length) return
    active.value = index
    await nextTick()
    const el = input.rowElement(index)
    if (!el) return
    el.focus({ preventScroll: true })
    if (scroll) el.scrollIntoView({ block: 'nearest' })
    const first = rows.firstBarIndex(index)
    const bar = rows.firstBar(index)
    if (bar) time.showInTime(bar.start)
    input.announce(rows.rowTitle(index))
    // The tooltip of its bar, once the chart holds the rows now in view.
    requestAnimationFrame(() => {
      tile.sync()
      if (first !== undefined && chart.value)
        chart.value.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: first - tile.firstRow() })
    })
  }

  /** Focuses the row of an item (after its detail closes). */
  function focusItem(itemId: string): void {
    const lane = rows.laneOfItem(itemId)
    if (lane !== undefined) void focusRow(lane)
  }

  function activate(index: number): void {
    const lane = lanes.value[index]
    if (!lane) return
    if (lane.kind === 'item') input.open(lane.key)
    else input.toggle(lane.id)
  }

  const rowsPerScreen = () => Math.floor((tile.screenHeight.value - AXIS) / ROW)
  const walk = useKeyboardWalk({
    count: () => lanes.value.length,
    current: () => active.value,
    move: (index) => void focusRow(index),
    activate,
    leave: () => chart.value?.dispatchAction({ type: 'hideTip' }),
    moves: {
      ArrowRight: (at) => rows.nextBarRow(at, 1),
      ArrowLeft: (at) => rows.nextBarRow(at, -1),
      PageDown: (at, last) => Math.min(last, at + rowsPerScreen()),
      PageUp: (at) => Math.max(0, at - rowsPerScreen()),
    },
  })

  /** The walk, and +/− to zoom time around the active row's bar. */
  function onKeydown(event: KeyboardEvent): void {
    if (walk(event)) return
    const factor = Object.hasOwn(ZOOM_KEYS, event.key) ? ZOOM_KEYS[event.key] : undefined
    if (factor === undefined) return
    event.preventDefault()
    const bar = rows.firstBar(active.value)
    time.zoomBy(factor, bar ? dayMs(bar.start) : undefined)
  }

  function onRowClick(index: number): void {
    active.value = index
    activate(index)
  }

  return { focusRow, focusItem, onKeydown, onRowClick }
}
