/**
 * useGanttCanvas: the row tile is drawn again for every new layout (a keystroke, a facet), the
 * sticky time-axis strip only when what it shows changes (zoom, as-of date, year, words): it holds
 * no rows, and building it again on each keystroke was more than half of the charts' update.
 */
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive, ref, shallowRef, type Ref } from 'vue'
import type { ECharts } from 'echarts'
import { buildGanttData, type GanttData } from '@/charts/gantt'
import type { GanttCanvasProps } from '@/composables/useGanttCanvas'
import { buildGanttLayout } from '@/domain/gantt-layout'
import { lazyItemLookup } from '@/domain/item-lookup'
import type { RoadmapItem } from '@/domain/types'
import { useGanttChartLabels } from '@/composables/useGanttChartLabels'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'
import { item as makeItem, period } from '../../unit/factories'
import { withSetup } from './host'

/** Each chart made, by the element it was made on, with the options it was given. */
const charts = vi.hoisted(() => new Map<unknown, { setOption: ReturnType<typeof vi.fn> }>())
vi.mock('@/charts/echarts-setup', () => ({
  init: (host: unknown) => {
    const chart = {
      setOption: vi.fn(),
      on: vi.fn(),
      resize: vi.fn(),
      dispose: vi.fn(),
      dispatchAction: vi.fn(),
    }
    charts.set(host, chart)
    return chart
  },
}))
const { useGanttCanvas } = await import('@/composables/useGanttCanvas')

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
  charts.clear()
})

/** An item of goal 2 over the period `when`. */
const item = (id: string, when: string): RoadmapItem =>
  makeItem(`ds/${id}`, { key: id, title: `Tiltak ${id}`, goal: 2, period: period(when) })
const ITEMS = [item('a', '2023 - 2025'), item('b', '2024'), item('c', '2026 →')]
const layoutOf = (items: RoadmapItem[]) =>
  buildGanttLayout(items, [], [], {
    groupBy: 'goal',
    collapsed: new Set(),
    edge: { start: '2023-01-01', end: '2030-12-31' },
    labels: GANTT_LAYOUT_LABELS,
  })

/** The canvas in a mounted component: its props (change them to redraw) and its two charts. */
async function mountCanvas() {
  const { result: labelsFor } = await withSetup('/tidslinje', () => useGanttChartLabels())
  const props = reactive<GanttCanvasProps>({
    layout: layoutOf(ITEMS),
    items: lazyItemLookup(ITEMS),
    asOf: '2026-01-15',
    year: null,
    window: { start: '2024-01-15', end: '2030-01-15' },
    zoom: 'year',
    labels: labelsFor((mark) => mark),
  })
  const canvasHost = ref<HTMLElement | null>(null)
  const axisHost = ref<HTMLElement | null>(null)
  const data: Ref<GanttData> = ref(buildGanttData(props.layout, props.asOf))
  const time = {
    currentWindow: ref({ start: Date.parse('2024-01-15'), end: Date.parse('2030-01-15') }),
    wheelCapture: () => () => undefined,
    onDataZoom: () => undefined,
    setWindow: vi.fn(),
  }
  const tile = {
    sync: vi.fn(),
    redrawn: vi.fn(),
    viewport: () => ({ offset: 0, plotHeight: 600 }),
    tileHeight: ref(600),
    listen: vi.fn(),
    stop: vi.fn(),
  }
  mount(
    defineComponent({
      setup() {
        useGanttCanvas({
          props,
          canvasHost,
          axisHost,
          chart: shallowRef<ECharts | null>(null),
          data,
          tile: tile as never,
          time: time as never,
          onBarClick: () => undefined,
          onWindow: () => undefined,
        })
        return () =>
          h('div', [h('div', { ref: axisHost, class: 'axis' }), h('div', { ref: canvasHost, class: 'rows' })])
      },
    }),
    { attachTo: document.body },
  )
  await nextTick()
  const rows = charts.get(canvasHost.value)
  const axis = charts.get(axisHost.value)
  if (!rows || !axis) throw new Error('the charts were not made')
  return { props, data, rows, axis }
}

/** Full redraws (`notMerge`) a chart was given. */
const redraws = (chart: { setOption: ReturnType<typeof vi.fn> }) =>
  chart.setOption.mock.calls.filter((call) => (call[1] as { notMerge?: boolean } | undefined)?.notMerge)
    .length

describe('useGanttCanvas', () => {
  it('draws the rows again for a new layout and leaves the time-axis strip as it is', async () => {
    const { props, data, rows, axis } = await mountCanvas()
    expect([redraws(rows), redraws(axis)]).toEqual([1, 1])
    props.layout = layoutOf(ITEMS.slice(0, 2))
    data.value = buildGanttData(props.layout, props.asOf)
    await nextTick()
    await nextTick()
    expect([redraws(rows), redraws(axis)]).toEqual([2, 1])
  })

  it('draws both again when the zoom or the as-of date changes', async () => {
    const { props, rows, axis } = await mountCanvas()
    props.zoom = 'quarter'
    await nextTick()
    await nextTick()
    expect([redraws(rows), redraws(axis)]).toEqual([2, 2])
    props.asOf = '2025-06-30'
    await nextTick()
    await nextTick()
    expect([redraws(rows), redraws(axis)]).toEqual([3, 3])
  })
})
