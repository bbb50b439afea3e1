/**
 * useChartResize: a chart is drawn again only when its element's whole-pixel size differs from
 * the one it was drawn at — not for a fractional content width (vue-echarts' autoresize redrew
 * each chart once after its first draw for that), not while hidden.
 */
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick, shallowRef } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { useChartResize, type SizedChart } from '@/composables/useChartResize'

let observed: (() => void) | undefined
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed = callback
      }
      observe() {}
      disconnect() {}
    },
  )
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => (run(), 1))
})
afterEach(() => {
  vi.unstubAllGlobals()
  observed = undefined
})

/** A chart drawn at 607×380 whose element now measures `width`×`height` whole pixels. */
function chartAt(width: number, height: number): SizedChart & { resize: Mock<() => void> } {
  const dom = { clientWidth: width, clientHeight: height } as HTMLElement
  return { getDom: () => dom, getWidth: () => 607, getHeight: () => 380, resize: vi.fn<() => void>() }
}

async function observe(chart: SizedChart | null) {
  const chartRef = shallowRef<SizedChart | null>(chart)
  const element = shallowRef<HTMLElement | null>(null)
  const wrapper = mount(
    defineComponent({
      setup() {
        useChartResize(chartRef, element)
        return () => h('div')
      },
    }),
  )
  element.value = wrapper.element as HTMLElement
  await nextTick()
  observed?.()
  return wrapper
}

describe('useChartResize', () => {
  it('leaves a chart alone when its element has the size it was drawn at (607.31 px reads 607)', async () => {
    const chart = chartAt(607, 380)
    await observe(chart)
    expect(chart.resize).not.toHaveBeenCalled()
  })

  it('draws it again when the element is wider, narrower or taller', async () => {
    for (const [width, height] of [
      [800, 380],
      [574, 380],
      [607, 480],
    ] as const) {
      const chart = chartAt(width, height)
      await observe(chart)
      expect(chart.resize, `${width}×${height}`).toHaveBeenCalledTimes(1)
    }
  })

  it('waits while the chart is hidden or not yet made', async () => {
    const hidden = chartAt(0, 0)
    await observe(hidden)
    expect(hidden.resize).not.toHaveBeenCalled()
    const notMade = {
      ...chartAt(800, 380),
      getDom: () => {
        throw new Error('ECharts is not initialized yet.')
      },
    }
    await observe(notMade)
    expect(notMade.resize).not.toHaveBeenCalled()
  })
})
