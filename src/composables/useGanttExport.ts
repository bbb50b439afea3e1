/**
 * PNG/SVG export of the whole timeline from the chart panel: every row of the layout (paged when
 * very tall, one caption line per page) in the time window shown now, drawn by
 * `renderGanttExport`; the buttons' state comes from useChartExport.
 */
import type { Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { GanttChartLabels, GanttZoom } from '@/charts/gantt'
import { renderGanttExport } from '@/charts/gantt-export'
import type { GanttLayout } from '@/domain/gantt-layout'
import { isoDay, type TimeWindow } from '@/domain/time-window'
import { useChartExport, type ChartExportFormat } from './useChartExport'

export interface GanttExportInput {
  props: {
    layout: GanttLayout
    asOf: string
    year: number | null
    zoom: GanttZoom
    labels: GanttChartLabels
    caption: string[]
  }
  /** The time window shown now. */
  window: Readonly<Ref<TimeWindow>>
  announce: (text: string) => void
}

export function useGanttExport({ props, window, announce }: GanttExportInput) {
  const { t } = useI18n()
  const { exporting, transparent, exportError, exportChart } = useChartExport({
    title: () => props.labels.title,
    announce,
  })

  function download(format: ChartExportFormat): Promise<void> {
    const rows = props.layout.lanes.length
    return exportChart(format, (transparentPng) =>
      renderGanttExport(
        props.layout,
        props.labels,
        {
          asOf: props.asOf,
          year: props.year,
          zoom: props.zoom === 'all' ? 'year' : props.zoom,
          window: { start: isoDay(window.value.start), end: isoDay(window.value.end) },
        },
        { title: props.labels.title, lines: props.caption },
        format,
        (n, total, from, to) => t('timeline.exportPage', { n, total, from, to, rows }),
        transparentPng,
      ),
    )
  }

  return { exporting, transparent, exportError, download }
}
