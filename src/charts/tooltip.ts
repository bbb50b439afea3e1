/** Tooltip markup and data indices. ECharts renders tooltips as HTML: every piece of text is escaped here. */
import { escapeHtml } from './escape-html'

/** A heading and lines of plain text, as escaped HTML. */
export function tooltipHtml(heading: string, lines: readonly string[]): string {
  return [`<strong>${escapeHtml(heading)}</strong>`, ...lines.map(escapeHtml)].join('<br>')
}

/** The series and data index of a tooltip's (item-triggered) params; -1 when absent. */
export function pointIndex(params: unknown): { seriesIndex: number; dataIndex: number } {
  const p = (Array.isArray(params) ? params[0] : params) as
    { seriesIndex?: unknown; dataIndex?: unknown } | undefined
  return {
    seriesIndex: typeof p?.seriesIndex === 'number' ? p.seriesIndex : -1,
    dataIndex: typeof p?.dataIndex === 'number' ? p.dataIndex : -1,
  }
}

/** A stacked bar's value: `'-'` (no segment) for 0, so an outlined segment is never drawn flat. */
export function barValue(count: number): number | '-' {
  return count === 0 ? '-' : count
}
