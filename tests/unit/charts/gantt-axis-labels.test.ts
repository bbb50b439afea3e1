/**
 * The timeline's tick labels stay inside the picture: rendered by ECharts itself (server-side,
 * SVG), no label's box leaves the chart. «Vis alt» opens the window on a year's first day, so
 * the first year's tick stands on the plot's left edge, and a label centred on it was cut in half
 * («22» for 2022).
 */
import { CustomChart } from 'echarts/charts'
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import { describe, expect, it } from 'vitest'
import {
  buildGanttAxisOption,
  buildGanttOption,
  buildStaticGanttOption,
  GANTT_AXIS_HEIGHT,
} from '@/charts/gantt'
import { timeAxisLabel } from '@/charts/gantt-labels'
import { buildGanttLayout } from '@/domain/gantt-layout'
import { GANTT_LAYOUT_LABELS, WORDS } from '../../../bench/slide-words'
import { item, period } from '../factories'

use([CustomChart, AriaComponent, DataZoomComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]) // prettier-ignore

interface Drawn {
  style?: { text?: string; fill?: string; opacity?: number }
  getBoundingRect(): { clone(): { applyTransform(m: unknown): void; x: number; width: number } }
  getComputedTransform(): unknown
}

/** The texts ECharts drew that read as a year, with their left and right ends in chart pixels. */
function yearLabels(option: EChartsOption, width: number, height: number) {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false })
  const list = (chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): Drawn[] } }).storage
    .getDisplayList(true)
    .filter((el) => /^(\d\d\.|[QH]\d )?20\d\d$/.test(el.style?.text ?? ''))
  const boxes = list.map((el) => {
    const rect = el.getBoundingRect().clone()
    rect.applyTransform(el.getComputedTransform())
    return { text: el.style!.text!, left: rect.x, right: rect.x + rect.width }
  })
  chart.dispose()
  return boxes.sort((a, b) => a.left - b.left)
}

const ALL = { start: '2022-01-01', end: '2031-12-31' }
const layout = buildGanttLayout(
  [item('a', { period: period('2022 - 2031') }), item('b', { goal: 2, period: period('2024 - 2026') })],
  [],
  [],
  { labels: GANTT_LAYOUT_LABELS, groupBy: 'goal', collapsed: new Set(), edge: ALL },
)

describe('the time axis’ labels stay inside the chart', () => {
  it.each([
    ['all', ALL],
    ['year', { start: '2024-01-01', end: '2029-12-31' }],
    ['quarter', { start: '2024-07-01', end: '2026-01-01' }],
    ['month', { start: '2025-04-01', end: '2025-10-01' }],
  ] as const)('the view’s axis strip, zoom %s, the window opening on a tick', (zoom, window) => {
    for (const width of [360, 900]) {
      const strip = buildGanttAxisOption({
        asOf: '2025-06-30',
        year: null,
        window,
        zoom,
        labels: WORDS.gantt,
      })
      const labels = yearLabels(strip, width, GANTT_AXIS_HEIGHT)
      expect(labels.length, `${width}`).toBeGreaterThan(1)
      expect(labels[0]!.text, `${width}`).toMatch(window.start.slice(0, 4))
      for (const label of labels) {
        expect(label.left, `${label.text} at ${width}`).toBeGreaterThanOrEqual(0)
        expect(label.right, `${label.text} at ${width}`).toBeLessThanOrEqual(width)
      }
    }
  })

  it('the rows chart with its own axis, «Vis alt»', () => {
    const option = buildGanttOption({
      layout,
      items: new Map(),
      asOf: '2025-06-30',
      year: null,
      window: ALL,
      zoom: 'all',
      labels: WORDS.gantt,
    })
    const labels = yearLabels(option, 900, 400)
    expect(labels[0]!.text).toBe('2022')
    expect(labels[0]!.left).toBeGreaterThanOrEqual(0)
    expect(labels.at(-1)!.right).toBeLessThanOrEqual(900)
  })

  it('the static picture: the first label stands over the plot, not over the lane labels', () => {
    const option = buildStaticGanttOption(layout, WORDS.gantt, {
      window: ALL,
      width: 1000,
      asOf: '2025-06-30',
    })
    const plotLeft = (option.grid as { left: number }).left
    const labels = yearLabels(option, 1000, 400)
    expect(labels[0]!.text).toBe('2022')
    expect(labels[0]!.left).toBeGreaterThanOrEqual(plotLeft - 0.5)
    expect(labels.at(-1)!.right).toBeLessThanOrEqual(1000)
  })
})

describe('timeAxisLabel', () => {
  const start = Date.UTC(2022, 0, 1)
  const end = Date.UTC(2032, 0, 1)
  const label = timeAxisLabel('all', start, end)

  it('sets the labels at the window’s ends inward, the rest centred on their ticks', () => {
    expect(label.formatter(start)).toBe('{first|2022}')
    expect(label.formatter(Date.UTC(2027, 0, 1))).toBe('2027')
    expect(label.formatter(end)).toBe('{last|2032}')
    // Padded by at least the label's width, so the text starts (ends) at its tick.
    expect(label.rich.first.padding[3]).toBeGreaterThanOrEqual(4 * 7)
    expect(label.rich.last.padding[1]).toBe(label.rich.first.padding[3])
  })

  it('is what the strip, the rows chart and the static picture label time with', () => {
    const window = { start: '2022-01-01', end: '2031-12-31' }
    const strip = buildGanttAxisOption({ asOf: '2025-06-30', year: null, window, zoom: 'all', labels: WORDS.gantt })
    const rows = buildGanttOption({ layout, items: new Map(), asOf: '2025-06-30', year: null, window, zoom: 'all', labels: WORDS.gantt })
    const still = buildStaticGanttOption(layout, WORDS.gantt, { window, zoom: 'all' })
    for (const option of [strip, rows, still]) {
      const axis = (option.xAxis as { axisLabel: typeof label }).axisLabel
      expect(axis.formatter(start)).toBe('{first|2022}')
      expect(axis.rich).toEqual(label.rich)
    }
  }) // prettier-ignore
})
