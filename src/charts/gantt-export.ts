/**
 * PNG and SVG of the whole timeline: every lane of the layout, paged when very tall, each page
 * with the caption and the legend of its marks; drawn by `buildStaticGanttOption`, so without
 * sliders, scroll bars or tooltips. Runs in the browser (lazily loaded with the charts).
 */
import type { GanttLayout } from '@/domain/gantt-layout'
import type { ExportCaption } from './caption'
import { exportFileName } from './caption'
import { renderChartPng, renderChartSvg } from './export'
import {
  buildStaticGanttOption,
  pageGanttLanes,
  staticGanttHeight,
  type GanttChartLabels,
  type StaticGanttOptions,
} from './gantt'

/** Width of the images, whatever the screen. */
export const GANTT_EXPORT_WIDTH = 1600
/** Tallest page in CSS pixels: a PNG (drawn at 2×) stays within what canvases allow; SVG may be taller. */
const PAGE_HEIGHT = { png: 6000, svg: 40000 }

export interface GanttExportFile {
  name: string
  blob: Blob
}

/**
 * The files of one export: one per page, named `tidslinje-gantt.svg` or, when paged,
 * `tidslinje-gantt-1-av-3.png`. `pageLine(n, total, from, to)` adds a caption line to each page
 * of a paged export (rows `from`–`to`, 1-based).
 */
export async function renderGanttExport(
  layout: Pick<GanttLayout, 'lanes' | 'bars'>,
  labels: GanttChartLabels,
  options: StaticGanttOptions,
  caption: ExportCaption,
  format: 'png' | 'svg',
  pageLine: (n: number, total: number, from: number, to: number) => string,
  transparent = false,
): Promise<GanttExportFile[]> {
  const base = { ...options, width: GANTT_EXPORT_WIDTH }
  const pages = pageGanttLanes(layout, labels, { ...base, height: PAGE_HEIGHT[format], minRowHeight: 24 })
  const name = exportFileName(caption.title, format)
  const files: GanttExportFile[] = []
  for (const [n, page] of pages.entries()) {
    const pageOptions = { ...base, ...page }
    const height = staticGanttHeight(layout, labels, pageOptions)
    const option = buildStaticGanttOption(layout, labels, { ...pageOptions, height })
    const paged = pages.length > 1
    const pageCaption = paged
      ? {
          ...caption,
          lines: [...caption.lines, pageLine(n + 1, pages.length, page.laneStart + 1, page.laneEnd)],
        }
      : caption
    const size = { width: GANTT_EXPORT_WIDTH, height }
    const blob =
      format === 'png'
        ? await renderChartPng(option, size, pageCaption, transparent)
        : new Blob([renderChartSvg(option, size, pageCaption)], { type: 'image/svg+xml' })
    files.push({ name: paged ? name.replace(/\.(png|svg)$/, `-${n + 1}-av-${pages.length}.$1`) : name, blob })
  }
  return files
}
