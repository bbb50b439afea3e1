/**
 * The timeline's words: the labels the view passes in, lane texts, tick labels that follow the
 * zoom, tooltip lines and the table alternative. Shared by the interactive and the static chart.
 */
import type { GanttBar, GanttLane, GanttTableRow, GanttZoom } from '@/domain/gantt-layout'
import type { GanttMark } from '@/domain/gantt-legend'
import type { Phase, PlanningStatus, RoadmapItem } from '@/domain/types'
import { axisLabelStyle } from './base-option'
import type { ChartTable } from './types'

export type { GanttZoom }

export interface GanttChartLabels {
  title: string
  phases: Record<Phase, string>
  status: Record<PlanningStatus, string>
  noPhase: string
  period: string
  phase: string
  statusLabel: string
  actors: string
  sourceRow: (row: number) => string
  noEnd: string
  openEnd: string
  endBeforeStart: string
  startMissing: string
  milestone: string
  asOf: (date: string) => string
  lane: string
  /** What the chart holds, for screen readers: «70 elementer på 89 rader». */
  chartSummary: (bars: number, rows: number) => string
  /** After a group's name repeated at the top of a page of the picture: «(forts.)». */
  continuedLane: string
  uncertain: string
  /** Legend text of each mark (`inferred-end`: «sluttdato ikke oppgitt: …»). */
  marks: Record<GanttMark, string>
}

/** Lane label with indentation by depth and a marker for group lanes (▾ open, ▸ closed). */
export function laneLabel(lane: GanttLane): string {
  const marker = lane.hasChildren ? (lane.collapsed ? '▸ ' : '▾ ') : ''
  const code = lane.code ? `${lane.code} ` : ''
  return `${'  '.repeat(lane.depth)}${marker}${code}${lane.label}`
}

/** The lane's text without indentation or marker: `2D Helsepersonell …`. */
export function laneText(lane: GanttLane): string {
  return `${lane.code ? `${lane.code} ` : ''}${lane.label}`
}

/** Axis ticks that match the zoom: whole years, half-years, quarters or months. */
export function axisLabelFormatter(zoom: GanttZoom): (value: number) => string {
  return (value) => {
    const d = new Date(value)
    const y = d.getUTCFullYear()
    const m = d.getUTCMonth()
    if (zoom === 'quarter') return `Q${Math.floor(m / 3) + 1} ${y}`
    if (zoom === 'half') return `H${m < 6 ? 1 : 2} ${y}`
    if (zoom === 'month') return `${String(m + 1).padStart(2, '0')}.${y}`
    return String(y)
  }
}

/** Within this share of the window from either end, a tick's label is set inward (below). */
const EDGE_SHARE = 0.05

/**
 * The time axis' tick labels for a window of `startMs`–`endMs`: centred on their ticks, but near
 * either end of the window, where a centred label stands half outside the canvas («Vis alt» opens
 * on a year's first day, and its first label read «22»), a label starts (at the right end: ends)
 * at its tick. Rich-text padding as wide as the label pushes it over; ECharts' `alignMinLabel`
 * would align the first label also where a pan has left it mid-plot.
 */
export function timeAxisLabel(zoom: GanttZoom, startMs: number, endMs: number) {
  const format = axisLabelFormatter(zoom)
  const edge = (endMs - startMs) * EDGE_SHARE
  // Widest label of the zoom («Q3 2025», «2025») at 12 px, with a pixel to spare.
  const room = Math.ceil(format(Date.UTC(2025, 6, 1)).length * 7.5) + 2
  return {
    ...axisLabelStyle,
    hideOverlap: true,
    formatter: (value: number) => {
      const text = format(value)
      if (value - startMs < edge) return `{first|${text}}`
      if (endMs - value < edge) return `{last|${text}}`
      return text
    },
    rich: { first: { padding: [0, 0, 0, room] }, last: { padding: [0, room, 0, 0] } },
  }
}

/** The smallest tick interval of each zoom, in days. */
export const TICK_DAYS: Record<GanttZoom, number> = { year: 365, half: 182, quarter: 91, month: 30, all: 365 }

function describe(bar: GanttBar, labels: GanttChartLabels): string[] {
  const notes: string[] = []
  if (bar.kind === 'milestone') notes.push(labels.milestone)
  if (bar.openEnd) notes.push(labels.openEnd)
  if (bar.endInferred) notes.push(labels.noEnd)
  if (bar.warning) notes.push(labels.endBeforeStart)
  if (bar.startMissing) notes.push(labels.startMissing)
  if (bar.uncertain) notes.push(labels.uncertain)
  return notes
}

/** The tooltip lines of a bar, all plain text (escaped by tooltipHtml). */
export function ganttTooltipLines(
  bar: GanttBar,
  item: RoadmapItem | undefined,
  labels: GanttChartLabels,
): string[] {
  const phases = bar.phases.length > 0 ? bar.phases.map((p) => labels.phases[p]).join(' – ') : labels.noPhase
  return [
    `${labels.period}: ${bar.periodText}`,
    `${labels.phase}: ${phases}`,
    ...(bar.status ? [`${labels.statusLabel}: ${labels.status[bar.status]}`] : []),
    ...(item && item.actors.length > 0 ? [`${labels.actors}: ${item.actors.join(', ')}`] : []),
    ...describe(bar, labels),
    ...(item ? [labels.sourceRow(item.source.row)] : []),
  ]
}

/** The table alternative: lanes in order, with each item's period, phases and status. */
export function buildGanttChartTable(rows: readonly GanttTableRow[], labels: GanttChartLabels): ChartTable {
  return {
    caption: labels.title,
    columns: [labels.lane, labels.period, labels.phase, labels.statusLabel],
    rows: rows.map((row) => ({
      header: `${row.code ? `${row.code} ` : ''}${row.label}`,
      level: row.depth,
      cells: [
        row.periodText,
        row.bar
          ? row.phases.length > 0
            ? row.phases.map((p) => labels.phases[p]).join(' – ')
            : labels.noPhase
          : '',
        row.bar?.status ? labels.status[row.bar.status] : '',
      ],
    })),
  }
}
