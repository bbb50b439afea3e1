/**
 * The timeline as slides: every lane of the view's filter, paged onto as many slides as it
 * takes («forts.»), never cropped. Each page is the interactive chart's option restricted to
 * its lanes, with the sliders removed, the whole time extent shown and wide lane labels.
 */
import type { EChartsOption } from 'echarts'
import { buildGanttLayout, statedExtent, type GanttGroupBy, type GanttLabels } from '@/domain/gantt-layout'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { buildGanttOption, GANTT_LANE_HEIGHT, phaseColour, type GanttChartLabels } from '../gantt'
import { STACK_COLOURS } from '../palette'
import { LEGEND_RESERVE, VISUAL_BOX } from './slide-svg'
import type { SlideLegendEntry, SlideTable } from './slide-types'

/** Chart text is drawn at 12 px and the chart scaled by this: 17 px on a 1920 px slide. */
export const CHART_SCALE = 1.4
const AXIS_ROOM = 44

/** How many lanes fit one slide. */
export function lanesPerSlide(): number {
  const logical = (VISUAL_BOX.height - LEGEND_RESERVE) / CHART_SCALE
  return Math.max(4, Math.floor((logical - AXIS_ROOM) / GANTT_LANE_HEIGHT))
}

function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString().slice(0, 10)
}

export interface GanttSlidePage {
  option: EChartsOption
  /** Logical height of this page's chart (fewer lanes on the last page). */
  height: number
  legend: SlideLegendEntry[]
  table: SlideTable
}

export interface GanttSlideInput {
  items: readonly RoadmapItem[]
  subGoals: readonly SubGoal[]
  goals: readonly Goal[]
  groupBy: GanttGroupBy
  asOf: string
  labels: GanttChartLabels
  layoutLabels: GanttLabels
  legendWords: { tentative: string; noEnd: string; asOf: string; milestone: string; noPhase: string }
  columns: { lane: string; period: string; phase: string }
}

/** The timeline's pages: one chart option and table per slide. */
export function buildGanttSlidePages(input: GanttSlideInput): GanttSlidePage[] {
  const stated = statedExtent(input.items)
  const latest = [stated?.end ?? input.asOf, input.asOf].sort().at(-1) as string
  const edge = { start: stated?.start ?? input.asOf, end: addYears(latest, 2) }
  const layout = buildGanttLayout(input.items, input.subGoals, input.goals, {
    groupBy: input.groupBy,
    collapsed: new Set(),
    edge,
    labels: input.layoutLabels,
  })
  const itemMap = new Map(input.items.map((i) => [i.id, i]))
  const per = lanesPerSlide()
  const pages: GanttSlidePage[] = []
  for (let from = 0; from < Math.max(1, layout.lanes.length); from += per) {
    const lanes = layout.lanes.slice(from, from + per)
    const ids = new Set(lanes.map((l) => l.id))
    const bars = layout.bars.filter((b) => ids.has(b.laneId))
    const base = buildGanttOption({
      layout: { lanes, bars },
      items: itemMap,
      asOf: input.asOf,
      year: null,
      window: edge,
      zoom: 'all',
      labels: input.labels,
    })
    const { dataZoom: _zoom, tooltip: _tooltip, ...rest } = base
    const yAxis = base.yAxis as { axisLabel: Record<string, unknown> }
    const option: EChartsOption = {
      ...rest,
      grid: { top: 30, left: 8, right: 24, bottom: 8 },
      yAxis: {
        ...yAxis,
        // No ▾/▸ markers: a slide has nothing to open or close (and PDF fonts lack the glyphs).
        data: lanes.map((l) => `${'  '.repeat(l.depth)}${l.code ? `${l.code} ` : ''}${l.label}`),
        axisLabel: { ...yAxis.axisLabel, width: 440, margin: 448 },
      },
    }
    const legend: SlideLegendEntry[] = []
    const phases = new Set(bars.flatMap((b) => b.phases))
    for (const phase of Object.keys(input.labels.phases) as (keyof typeof input.labels.phases)[])
      if (phases.has(phase))
        legend.push({ label: input.labels.phases[phase], mark: 'fill', colour: STACK_COLOURS[phase] })
    if (bars.some((b) => b.kind !== 'milestone' && b.phases.length === 0))
      legend.push({ label: input.legendWords.noPhase, mark: 'fill', colour: phaseColour(undefined) })
    if (bars.some((b) => b.status === 'tentative'))
      legend.push({ label: input.legendWords.tentative, mark: 'dashed', colour: phaseColour(undefined) })
    if (bars.some((b) => b.endInferred))
      legend.push({ label: input.legendWords.noEnd, mark: 'fade', colour: phaseColour(undefined) })
    if (bars.some((b) => b.kind === 'milestone'))
      legend.push({ label: input.legendWords.milestone, mark: 'diamond', colour: phaseColour(undefined) })
    legend.push({ label: input.legendWords.asOf, mark: 'line', colour: '#a30000' })
    pages.push({
      option,
      height: AXIS_ROOM + lanes.length * GANTT_LANE_HEIGHT,
      legend,
      table: {
        columns: [
          { label: input.columns.lane, width: 0.5 },
          { label: input.columns.period, width: 0.25 },
          { label: input.columns.phase, width: 0.25 },
        ],
        rows: lanes.map((lane) => {
          const bar = bars.find((b) => b.laneId === lane.id)
          return [
            `${lane.code ? `${lane.code} ` : ''}${lane.label}`,
            bar?.periodText ?? '',
            bar ? bar.phases.map((p) => input.labels.phases[p]).join(' – ') || input.legendWords.noPhase : '',
          ]
        }),
      },
    })
  }
  return pages
}
