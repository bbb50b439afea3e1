/**
 * Keeps a chart the size of its element. vue-echarts' `autoresize` compared the observed content
 * width, fractional in a grid (607.3125 px), with ECharts' whole-pixel width (607), so it laid out
 * and drew every chart a second time right after its first draw, on most screens. Here the sizes
 * are compared as ECharts measures them, in whole pixels of the chart's element.
 */
import { onBeforeUnmount, watch, type Ref } from 'vue'

/** What the resize needs of a chart (vue-echarts' component exposes ECharts' methods). */
export interface SizedChart {
  getDom(): HTMLElement
  getWidth(): number
  getHeight(): number
  resize(): void
}

export function useChartResize(
  chart: Readonly<Ref<SizedChart | null | undefined>>,
  element: Readonly<Ref<HTMLElement | null | undefined>>,
): void {
  let observer: ResizeObserver | undefined
  let frame = 0

  function fit(): void {
    frame = 0
    const instance = chart.value
    let dom: HTMLElement
    try {
      if (!instance) return
      dom = instance.getDom()
    } catch {
      return // not initialised yet: it takes its element's size when it is
    }
    const { clientWidth: width, clientHeight: height } = dom
    // Hidden (its table shown instead): drawn to size when shown again.
    if (width === 0 || height === 0) return
    if (width !== instance.getWidth() || height !== instance.getHeight()) instance.resize()
  }

  watch(
    element,
    (el) => {
      observer?.disconnect()
      if (!el || typeof ResizeObserver === 'undefined') return
      // Once per frame, however many changes it saw.
      observer = new ResizeObserver(() => void (frame ||= requestAnimationFrame(fit)))
      observer.observe(el)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    observer?.disconnect()
    cancelAnimationFrame(frame)
  })
}
