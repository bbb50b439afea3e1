import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { ChartPoint, ChartTable } from '@/charts/types'
import { plugins } from './helpers'

// ECharts needs a real canvas; the panel is tested against a stand-in chart and export.
const chart = vi.hoisted(() => ({
  dispatchAction: vi.fn(),
  emitClick: null as null | ((p: unknown) => void),
}))
const exporter = vi.hoisted(() => ({
  renderChartPng: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
  renderChartSvg: vi.fn(() => '<svg/>'),
}))
const downloader = vi.hoisted(() => ({ download: vi.fn() }))
vi.mock('@/charts/echarts-setup', () => ({
  VChart: defineComponent({
    name: 'VChart',
    props: { option: { type: Object, required: true } },
    emits: ['click'],
    setup(_, { emit, expose }) {
      chart.emitClick = (p) => emit('click', p)
      expose({ dispatchAction: chart.dispatchAction })
      return () => h('div', { class: 'chart-stub' })
    },
  }),
}))
vi.mock('@/charts/export', () => exporter)
vi.mock('@/composables/useDownload', () => ({ useDownload: () => downloader }))

const { default: ChartPanel } = await import('@/components/charts/ChartPanel.vue')

const table: ChartTable = {
  caption: 'Tiltak per mål og fase',
  columns: ['Mål', 'Konsept/mandat', 'Totalt'],
  rows: [
    {
      header: 'Mål 1: Aktiv medvirkning',
      target: { path: '/tiltak', query: { mal: '1' } },
      cells: [1234, 1234],
    },
    { header: '<img src=x onerror=alert(1)>', cells: [0, 0] },
  ],
}
const points: ChartPoint[] = [
  {
    seriesIndex: 0,
    dataIndex: 0,
    label: 'Mål 1. Konsept/mandat: 1234 tiltak',
    target: { path: '/tiltak', query: { mal: '1' } },
  },
  {
    seriesIndex: 2,
    dataIndex: 3,
    label: 'Mål 4. Innføring: 2 tiltak',
    target: { path: '/tiltak', query: { mal: '4' } },
  },
]
const props = {
  chartId: 'goal-stage',
  title: 'Tiltak per mål og fase',
  option: { series: [] },
  table,
  points,
  height: 380,
  caption: ['Tiltak for 2024, per mai 2023', 'Kilde: IE-1123', 'Filtre: ingen'],
}

/** A stand-in IntersectionObserver: `reveal()` brings every observed element near the screen. */
const observed = vi.hoisted(() => ({ callbacks: [] as ((entries: { isIntersecting: boolean }[]) => void)[] }))
class FakeIntersectionObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(): void {
    observed.callbacks.push(this.callback)
  }
  disconnect(): void {}
}
vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
/** One task later (the panels take turns to draw, one per task). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
async function reveal(): Promise<void> {
  for (const callback of observed.callbacks) callback([{ isIntersecting: true }])
  for (let i = 0; i < observed.callbacks.length + 2; i++) await nextTask()
  await flushPromises()
}

/** A panel whose chart is on screen (ECharts fetched). */
async function mountPanel() {
  const wrapper = mount(ChartPanel, { props, global: { plugins: plugins('nb') }, attachTo: document.body })
  await reveal()
  return wrapper
}

beforeEach(() => {
  vi.clearAllMocks()
  observed.callbacks = []
})

describe('ChartPanel', () => {
  it('renders its title and a box of the chart height at once, and fetches ECharts only near the screen', async () => {
    const wrapper = mount(ChartPanel, { props, global: { plugins: plugins('nb') }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('h3').text()).toBe('Tiltak per mål og fase')
    expect(wrapper.get('[data-testid="chart-pending"]').attributes('style')).toContain('height: 380px')
    expect(wrapper.find('.chart-stub').exists()).toBe(false)
    await reveal()
    expect(wrapper.find('.chart-stub').exists()).toBe(true)
    expect(wrapper.find('[data-testid="chart-pending"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('given a builder, builds its option, table and points only when first needed, once', async () => {
    const { option, table: given, points: walk, ...rest } = props
    const build = vi.fn(() => ({ option, table: given, points: walk }))
    const wrapper = mount(ChartPanel, {
      props: { ...rest, build },
      global: { plugins: plugins('nb') },
      attachTo: document.body,
    })
    await flushPromises()
    expect(wrapper.get('h3').text()).toBe('Tiltak per mål og fase')
    expect(build).not.toHaveBeenCalled()
    await reveal()
    expect(wrapper.find('.chart-stub').exists()).toBe(true)
    await wrapper.get('[data-testid="chart-table-toggle"]').trigger('click')
    expect(wrapper.get('[data-testid="chart-table-goal-stage"] caption').text()).toBe(given.caption)
    expect(build).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('draws its chart only when the main thread is idle (the page’s own render and data come first)', async () => {
    const idle: ((deadline: IdleDeadline) => void)[] = []
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(callback))
    try {
      const wrapper = mount(ChartPanel, {
        props,
        global: { plugins: plugins('nb') },
        attachTo: document.body,
      })
      await reveal()
      expect(wrapper.find('.chart-stub').exists()).toBe(false)
      expect(idle).toHaveLength(1)
      idle.shift()?.({ didTimeout: false, timeRemaining: () => 20 })
      await flushPromises()
      expect(wrapper.find('.chart-stub').exists()).toBe(true)
      wrapper.unmount()
    } finally {
      vi.unstubAllGlobals()
      vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    }
  })

  it('shows the chart first and toggles to a table with the same numbers', async () => {
    const wrapper = await mountPanel()
    expect(wrapper.get('h3').text()).toBe('Tiltak per mål og fase')
    const toggle = wrapper.get('[data-testid="chart-table-toggle"]')
    expect(toggle.text()).toBe('Vis som tabell')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(toggle.attributes('aria-controls')).toBe('chart-goal-stage-table')
    expect(wrapper.get('#chart-goal-stage-table').isVisible()).toBe(false)
    // The table is built when first asked for (hidden tables were half the overview's elements).
    expect(wrapper.find('[data-testid="chart-table-goal-stage"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="chart-figure"]').isVisible()).toBe(true)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(toggle.text()).toBe('Vis som tabell') // a toggle keeps its name; aria-pressed says the state
    expect(wrapper.get('#chart-goal-stage-table').isVisible()).toBe(true)
    expect(wrapper.get('[data-testid="chart-figure"]').isVisible()).toBe(false)

    const tableEl = wrapper.get('[data-testid="chart-table-goal-stage"]')
    expect(tableEl.get('caption').text()).toBe('Tiltak per mål og fase')
    expect(tableEl.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Mål', 'col'],
      ['Konsept/mandat', 'col'],
      ['Totalt', 'col'],
    ])
    const rows = tableEl.findAll('tbody tr')
    expect(rows.map((r) => r.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Mål 1: Aktiv medvirkning', '1\u00a0234', '1\u00a0234'],
      ['<img src=x onerror=alert(1)>', '0', '0'],
    ])
    expect(rows.map((r) => r.get('th').attributes('scope'))).toEqual(['row', 'row'])
    expect(rows[0]?.get('th a').attributes('href')).toBe('/tiltak?mal=1')
    expect(tableEl.find('img').exists()).toBe(false)

    await toggle.trigger('click')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(wrapper.get('[data-testid="chart-figure"]').isVisible()).toBe(true)
    // Kept once built: showing it again is instant.
    expect(wrapper.find('[data-testid="chart-table-goal-stage"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('draws the charts of panels that come near the screen together one per task, not all in one', async () => {
    const mountOne = (chartId: string) =>
      mount(ChartPanel, {
        props: { ...props, chartId },
        global: { plugins: plugins('nb') },
        attachTo: document.body,
      })
    const panels = [mountOne('a'), mountOne('b'), mountOne('c')]
    const drawn = () => panels.filter((p) => p.find('.chart-stub').exists()).length
    for (const callback of observed.callbacks) callback([{ isIntersecting: true }])
    const counts = [drawn()]
    for (let i = 0; i < 8; i++) {
      await nextTask()
      counts.push(drawn())
    }
    expect(counts.at(-1)).toBe(3)
    // Each task adds at most one chart.
    expect(counts.slice(1).every((n, i) => n - (counts[i] ?? 0) <= 1)).toBe(true)
    for (const p of panels) p.unmount()
  })

  it('emits the target of a clicked bar, and nothing for a point it does not know', async () => {
    const wrapper = await mountPanel()
    chart.emitClick?.({ seriesIndex: 2, dataIndex: 3 })
    chart.emitClick?.({ seriesIndex: 1, dataIndex: 0 })
    expect(wrapper.emitted('navigate')).toEqual([[{ path: '/tiltak', query: { mal: '4' } }]])
    wrapper.unmount()
  })

  it('walks the points with the arrow keys, announcing each, and opens one with Enter', async () => {
    const wrapper = await mountPanel()
    const figure = wrapper.get('[data-testid="chart-figure"]')
    expect(figure.attributes()).toMatchObject({
      tabindex: '0',
      role: 'group',
      'aria-label': 'Diagram: Tiltak per mål og fase',
      'aria-describedby': 'chart-goal-stage-hint',
    })
    await figure.trigger('keydown', { key: 'ArrowRight' })
    expect(chart.dispatchAction).toHaveBeenCalledWith({ type: 'showTip', seriesIndex: 0, dataIndex: 0 })
    expect(wrapper.get('[data-testid="chart-announcement"]').text()).toBe(
      'Mål 1. Konsept/mandat: 1234 tiltak',
    )
    await figure.trigger('keydown', { key: 'End' })
    expect(chart.dispatchAction).toHaveBeenCalledWith({ type: 'downplay', seriesIndex: 0, dataIndex: 0 })
    expect(chart.dispatchAction).toHaveBeenCalledWith({ type: 'highlight', seriesIndex: 2, dataIndex: 3 })
    expect(wrapper.get('[data-testid="chart-announcement"]').text()).toBe('Mål 4. Innføring: 2 tiltak')
    await figure.trigger('keydown', { key: 'ArrowRight' }) // stays on the last
    await figure.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('navigate')).toEqual([[{ path: '/tiltak', query: { mal: '4' } }]])
    await figure.trigger('blur')
    expect(chart.dispatchAction).toHaveBeenLastCalledWith({ type: 'hideTip' })
    wrapper.unmount()
  })

  it('exports PNG and SVG with the caption, 960 px wide at the chart’s height', async () => {
    const wrapper = await mountPanel()
    await wrapper.get('[data-testid="chart-export-png"]').trigger('click')
    await flushPromises()
    const caption = { title: 'Tiltak per mål og fase', lines: props.caption }
    expect(exporter.renderChartPng).toHaveBeenCalledWith(
      props.option,
      { width: 960, height: 380 },
      caption,
      false,
    )
    expect(downloader.download).toHaveBeenCalledWith('tiltak-per-mal-og-fase.png', expect.any(Blob))
    expect(wrapper.get('[data-testid="chart-announcement"]').text()).toBe(
      'PNG av «Tiltak per mål og fase» er lastet ned.',
    )

    await wrapper.get('[data-testid="chart-export-transparent"]').setValue(true)
    await wrapper.get('[data-testid="chart-export-png"]').trigger('click')
    await flushPromises()
    expect(exporter.renderChartPng).toHaveBeenLastCalledWith(
      props.option,
      { width: 960, height: 380 },
      caption,
      true,
    )

    await wrapper.get('[data-testid="chart-export-svg"]').trigger('click')
    await flushPromises()
    expect(exporter.renderChartSvg).toHaveBeenCalledWith(props.option, { width: 960, height: 380 }, caption)
    const [name, blob] = downloader.download.mock.calls[2] as unknown as [string, Blob]
    expect(name).toBe('tiltak-per-mal-og-fase.svg')
    expect(blob.type).toBe('image/svg+xml')
    expect(await blob.text()).toBe('<svg/>')
    expect(wrapper.get('[data-testid="chart-export-png"]').text()).toBe(
      'Last ned PNG: Tiltak per mål og fase',
    )
    wrapper.unmount()
  })

  it('says so when an export fails', async () => {
    exporter.renderChartPng.mockRejectedValueOnce(new Error('no canvas'))
    const wrapper = await mountPanel()
    await wrapper.get('[data-testid="chart-export-png"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Kunne ikke lage bildet (no canvas).')
    expect(downloader.download).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
