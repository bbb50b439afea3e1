/**
 * The timeline's rows as the label column needs them: which bars each row has, which row an
 * item is on, which rows are in the page now (all of them up to ALL_ROWS_LIMIT, so find in page
 * works; above, those near the screen and the active one), and each row's full title.
 */
import { computed, type Ref } from 'vue'
import { barLaneIndexes, GANTT_ROW_HEIGHT, laneText } from '@/charts/gantt'
import type { GanttBar, GanttLane, GanttLayout } from '@/domain/gantt-layout'

/** Up to this many rows every label is in the page; above, those near the view. */
const ALL_ROWS_LIMIT = 2000
const OVERSCAN = 30
const ROW = GANTT_ROW_HEIGHT

export interface GanttRowsInput {
  layout: () => GanttLayout
  /** Pixels of rows scrolled above the screen's top. */
  offset: Ref<number>
  /** The screen's height in pixels. */
  screenHeight: Ref<number>
  /** The row with the keyboard's focus: always in the page. */
  active: Ref<number>
}

export function useGanttRows({ layout, offset, screenHeight, active }: GanttRowsInput) {
  const lanes = computed(() => layout().lanes)
  const bars = computed(() => layout().bars)

  /** Index of the first bar on each row (bars are in row order), -1 for a row without one. */
  const firstBarOfLane = computed(() => {
    const first = new Int32Array(lanes.value.length).fill(-1)
    const laneOf = barLaneIndexes(layout())
    for (let b = laneOf.length - 1; b >= 0; b--) {
      const lane = laneOf[b] ?? -1
      if (lane >= 0) first[lane] = b
    }
    return first
  })
  /**
   * The first row of an item, or undefined (a scan: asked for one item at a time). The layout's
   * own answer makes no rows; reading every lane would make each one up to the item's.
   */
  function laneOfItem(itemId: string): number | undefined {
    if (!itemId) return undefined
    const { itemRow } = layout()
    const index =
      itemRow?.lanes === lanes.value
        ? itemRow.find(itemId)
        : lanes.value.findIndex((lane) => lane.kind === 'item' && lane.key === itemId)
    return index >= 0 ? index : undefined
  }

  const rendered = computed(() => {
    const count = lanes.value.length
    if (count <= ALL_ROWS_LIMIT) return { from: 0, to: count }
    const first = Math.floor(offset.value / ROW)
    return {
      from: Math.max(0, first - OVERSCAN),
      to: Math.min(count, first + Math.ceil(screenHeight.value / ROW) + OVERSCAN),
    }
  })
  /** The rows in the page: index and lane. */
  const visibleRows = computed<{ index: number; lane: GanttLane }[]>(() => {
    const { from, to } = rendered.value
    const indices: number[] = []
    for (let i = from; i < to; i++) indices.push(i)
    const at = active.value
    if (at >= 0 && (at < from || at >= to) && at < lanes.value.length) indices.push(at)
    return indices.map((i) => ({ index: i, lane: lanes.value[i]! }))
  })

  /** Index of the first bar on row `index`, if any. */
  function firstBarIndex(index: number): number | undefined {
    const first = firstBarOfLane.value[index] ?? -1
    return first >= 0 ? first : undefined
  }
  /** The first bar on row `index`, if any. */
  function firstBar(index: number): GanttBar | undefined {
    const first = firstBarIndex(index)
    return first === undefined ? undefined : bars.value[first]
  }

  /** The row's text as a tooltip and announcement: with the count of a group, the period of an item. */
  function rowTitle(index: number): string {
    const lane = lanes.value[index]
    if (!lane) return ''
    const bar = firstBar(index)
    const period = bar && !bar.rolledUp ? bar.periodText : ''
    if (lane.hasChildren) return `${laneText(lane)} (${lane.itemCount})`
    return period ? `${laneText(lane)} — ${period}` : laneText(lane)
  }

  /** The next row from `from` in direction `step` that has a bar; `from` when there is none. */
  function nextBarRow(from: number, step: 1 | -1): number {
    for (let i = from + step; i >= 0 && i < lanes.value.length; i += step) {
      if ((firstBarOfLane.value[i] ?? -1) >= 0) return i
    }
    return from
  }

  return { lanes, bars, laneOfItem, visibleRows, firstBarIndex, firstBar, rowTitle, nextBarRow }
}
