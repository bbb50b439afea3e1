/**
 * The time window the timeline shows: what the view asks for, then wherever the user pans and
 * zooms (dataZoom, Ctrl/⌘+wheel, keys, buttons). Kept here and sent to the chart.
 */
import type { ECharts } from 'echarts'
import { ref, type ShallowRef } from 'vue'
import { GANTT_PLOT_RIGHT } from '@/charts/gantt'
import {
  dayMs,
  panWindow,
  windowShowing,
  zoomWindow,
  type DateWindow,
  type TimeWindow,
} from '@/domain/time-window'

export function useGanttWindow(initial: DateWindow, chart: ShallowRef<ECharts | null>) {
  const currentWindow = ref<TimeWindow>({ start: dayMs(initial.start), end: dayMs(initial.end) })

  function setWindow(next: TimeWindow): void {
    currentWindow.value = { start: next.start, end: next.end }
    chart.value?.dispatchAction({
      type: 'dataZoom',
      dataZoomIndex: 0,
      startValue: next.start,
      endValue: next.end,
    })
  }
  /** Zooms time by `factor` (< 1 in, > 1 out) around `centre` (default the middle). */
  function zoomBy(factor: number, centre?: number): void {
    setWindow(zoomWindow(currentWindow.value, factor, centre))
  }
  /** Pans time by `fraction` of the window (negative: earlier). */
  function panBy(fraction: number): void {
    setWindow(panWindow(currentWindow.value, fraction))
  }
  /** Pans so that a bar starting on `start` (ISO) starts inside the window, keeping its width. */
  function showInTime(start: string): void {
    const next = windowShowing(currentWindow.value, dayMs(start))
    if (next !== currentWindow.value) setWindow(next)
  }
  /** Takes the window the chart's dataZoom has moved to. */
  function onDataZoom(): void {
    const zoom = (chart.value?.getOption() as { dataZoom?: { startValue?: number; endValue?: number }[] })
      .dataZoom?.[0]
    if (typeof zoom?.startValue === 'number' && typeof zoom.endValue === 'number') {
      currentWindow.value = { start: zoom.startValue, end: zoom.endValue }
    }
  }

  /**
   * ECharts' inside dataZoom swallows every wheel event over the plot, even those it does not
   * use; a plain wheel is kept from it here (capture phase, before it reaches the canvas), so it
   * scrolls the page. Ctrl+wheel and a trackpad pinch (a wheel with ctrlKey) still zoom; ⌘+wheel
   * zooms here, around the pointer.
   */
  function wheelCapture(host: () => HTMLElement | null) {
    return (event: WheelEvent): void => {
      if (event.ctrlKey) return
      event.stopPropagation()
      if (!event.metaKey) return
      event.preventDefault()
      const rect = host()?.getBoundingClientRect()
      const { start, end } = currentWindow.value
      const share =
        rect && rect.width > GANTT_PLOT_RIGHT
          ? (event.clientX - rect.left) / (rect.width - GANTT_PLOT_RIGHT)
          : 0.5
      zoomBy(event.deltaY > 0 ? 1.2 : 1 / 1.2, start + (end - start) * Math.min(1, Math.max(0, share)))
    }
  }

  return { currentWindow, setWindow, zoomBy, panBy, showInTime, onDataZoom, wheelCapture }
}
