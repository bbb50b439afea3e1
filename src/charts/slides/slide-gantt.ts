/**
 * The timeline as slides: every lane of the view's filter, paged onto as many slides as it
 * takes («forts.»), never cropped. Each page is the static Gantt picture (src/charts/gantt.ts:
 * a lane label per row, cut to its column, the legend of the marks drawn, no sliders or tooltips), drawn at a size
 * that the slide scales by CHART_SCALE, so its 11 px text reads as 16.5 px on a 1920 px slide.
 */
import type { EChartsOption } from 'echarts'
import { buildGanttLayout, type GanttGroupBy, type GanttLabels } from '@/domain/gantt-layout'
import { openEndEdge } from '@/domain/time-window'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { buildStaticGanttOption, continuedLanes, pageGanttLanes, type GanttChartLabels } from '../gantt'
import { VISUAL_BOX } from './slide-svg'
import type { SlideTable } from './slide-types'

/** Chart text is drawn at 11–12 px and the chart scaled by this: ≥ 16.5 px on a 1920 px slide. */
export const CHART_SCALE = 1.5
/** The static Gantt shrinks rows (and their text) to fit; this keeps its 11 px labels. */
const ROW_HEIGHT = 22

/** The logical size a slide's chart is drawn at. */
export const CHART_SIZE = {
  width: Math.round(VISUAL_BOX.width / CHART_SCALE),
  height: Math.round(VISUAL_BOX.height / CHART_SCALE),
}

export interface GanttSlidePage {
  option: EChartsOption
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
  columns: { lane: string; period: string; phase: string }
}

/** The timeline's pages: one chart option and table per slide. */
export function buildGanttSlidePages(input: GanttSlideInput): GanttSlidePage[] {
  const layout = buildGanttLayout(input.items, input.subGoals, input.goals, {
    groupBy: input.groupBy,
    collapsed: new Set(),
    edge: openEndEdge(input.asOf),
    labels: input.layoutLabels,
  })
  const size = { ...CHART_SIZE, asOf: input.asOf, rowHeight: ROW_HEIGHT }
  return pageGanttLanes(layout, input.labels, { ...size, minRowHeight: ROW_HEIGHT }).map(
    ({ laneStart, laneEnd, carried }) => {
      const lanes = [
        ...continuedLanes(layout, carried, input.labels),
        ...layout.lanes.slice(laneStart, laneEnd),
      ]
      const barOf = new Map(layout.bars.map((b) => [b.laneId, b]))
      return {
        option: buildStaticGanttOption(layout, input.labels, { ...size, laneStart, laneEnd, carried }),
        table: {
          columns: [
            { label: input.columns.lane, width: 0.5 },
            { label: input.columns.period, width: 0.25 },
            { label: input.columns.phase, width: 0.25 },
          ],
          rows: lanes.map((lane) => {
            const bar = barOf.get(lane.id)
            return [
              `${lane.code ? `${lane.code} ` : ''}${lane.label}`,
              bar?.periodText ?? '',
              bar ? bar.phases.map((p) => input.labels.phases[p]).join(' – ') || input.labels.noPhase : '',
            ]
          }),
        },
      }
    },
  )
}
