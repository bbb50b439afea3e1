/**
 * What a caller brings to build a saved view's slides: the data of the view's own dataset and
 * the words in the UI language (the builders are pure and know no locale).
 */
import type { SavedView } from '@/domain/saved-view'
import type { GanttLabels } from '@/domain/gantt-layout'
import type { GoalNumber, Goal, RoadmapItem, SubGoal } from '@/domain/types'
import type { CompareSide } from '@/domain/compare'
import type { PortfolioContent } from '@/domain/portfolio'
import type { GanttChartLabels } from '../gantt'
import type { PortfolioChartLabels } from '../portfolio'
import type { SlipBy, SlipChartLabels } from '../slip-chart'
import type { ChartLabels } from '../types'
import type { SlideSpec } from './slide-types'

export interface SlideData {
  items: readonly RoadmapItem[]
  subGoals: readonly SubGoal[]
  goals: readonly Goal[]
  /** The year a tiltak table plans for: every row is an activity of that year. */
  planYear?: number
  /** ISO date of the dataset's as-of, for the timeline's as-of line. */
  asOf?: string
  /** For an Endringer view: the two versions it compares (`fra`, `til`), when both are here. */
  compare?: { old: CompareSide; new: CompareSide }
  /** For a Portefølje view: the newest portfolio (costs of one reporting only). */
  portfolio?: PortfolioContent
}

export interface SlideWords {
  chart: ChartLabels
  gantt: GanttChartLabels
  ganttLayout: GanttLabels
  columns: {
    item: string
    goal: string
    actors: string
    period: string
    phase: string
    actor: string
    count: string
    lane: string
    subGoals: string
  }
  /** `(forts. 2/3)`. */
  continued: (n: number, of: number) => string
  /** `12 tiltak uten dato står på egne lysbilder`. */
  undated: (n: number) => string
  /** Title suffix of the list of undated items: `uten tidfesting`. */
  undatedTitle: string
  noItems: string
  /** The year plan's row of items without a stated actor: «Uten oppgitt aktør». */
  noActor: string
  /** The slip chart's words, by end or start date. */
  slip: (by: SlipBy) => SlipChartLabels
  /** An Endringer view whose two versions are not both on this device. */
  noComparison: string
  portfolio: PortfolioChartLabels
  /** Numbers in the UI language: `21,5`. */
  number: (n: number) => string
  goalTitle: (n: GoalNumber, title: string) => string
  yearTitle: (year: number) => string
  periodText: (item: RoadmapItem) => string
  phaseText: (item: RoadmapItem) => string
}

export interface SlideContext {
  view: SavedView
  data: SlideData
  words: SlideWords
  /** The caption line: dataset, version/as-of, filters in words, source. */
  caption: string
  /** ISO date used when neither the view nor the dataset names one. */
  today: string
}

/** What every slide of a view shares before its visual: title, note and caption. */
export type SlideBase = Omit<SlideSpec, 'visual' | 'alternative'>

/** The first value of a query key (a key may repeat in a URL). */
export function firstQueryValue(query: SavedView['query'], key: string): string | undefined {
  const v = query[key]
  return Array.isArray(v) ? v[0] : v
}

/** The title of the n-th of several slides that continue one another: «Tittel (forts. 2/3)». */
export function continuedTitle(base: SlideBase, i: number, count: number, words: SlideWords): string {
  return i === 0 ? base.title : `${base.title} ${words.continued(i + 1, count)}`
}
