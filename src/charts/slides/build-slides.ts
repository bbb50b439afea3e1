/**
 * A saved view as slides: the view's main visual, not its working page. The overview shows
 * one chart (`?graf=`), the timeline its Gantt paged by lanes, the lists and the year plan a
 * table paged by rows, the goal and actor pages their items. Pure: the caller brings the data
 * of the view's own dataset and the words in the UI language (slide-input.ts).
 */
import type { SavedView } from '@/domain/saved-view'
import { filterItems, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import { parseFilterQuery } from '@/domain/filter-query'
import { overlapsYear } from '@/domain/period'
import type { GoalNumber, RoadmapItem } from '@/domain/types'
import { changeSlides } from './change-slides'
import { portfolioSlide } from './portfolio-slide'
import {
  buildOverviewChart,
  chartTableToSlideTable,
  CHART_QUERY_KEY,
  isOverviewChartId,
} from './slide-charts'
import {
  firstQueryValue,
  type SlideBase,
  type SlideContext,
  type SlideData,
  type SlideWords,
} from './slide-input'
import type { SlideSpec } from './slide-types'
import { actorsTable, goalsTable, itemsTable, tableSlides, yearPlanTable } from './table-slides'
import { timelineSlides } from './timeline-slides'

export type { SlideContext, SlideData, SlideWords } from './slide-input'

/** The view's own filter plus what its path implies (`/mal/2`, `/aktorer/nhn`, `/ar/2024`). */
export function viewFilter(view: Pick<SavedView, 'path' | 'query'>): ItemFilter {
  const { filter } = parseFilterQuery(view.query)
  const goal = /^\/mal\/([1-5])$/.exec(view.path)
  if (goal) filter.goals = [Number(goal[1]) as GoalNumber]
  const actor = /^\/aktorer\/([a-z0-9-]+)$/.exec(view.path)
  if (actor) filter.actors = [actor[1] as string]
  return filter
}

/** The slides of one saved view, in order (one, or several when it continues). */
export function buildViewSlides({ view, data, words, caption, today }: SlideContext): SlideSpec[] {
  const filter = viewFilter(view)
  const items = isEmptyFilter(filter) ? data.items : filterItems(data.items, filter, data.subGoals)
  const base = { title: view.title, note: view.note, caption }
  const { path } = view

  if (path === '/tidslinje') return timelineSlides(base, view, items, data, words, today)
  if (path === '/endringer') return changeSlides(base, view, filter, data, words)
  if (path === '/portefolje')
    return [portfolioSlide(base, firstQueryValue(view.query, CHART_QUERY_KEY), data, words)]

  const yearMatch = /^\/ar(?:\/(\d{4}))?$/.exec(path)
  if (yearMatch) {
    const year = yearMatch[1] ? Number(yearMatch[1]) : (data.planYear ?? Number(today.slice(0, 4)))
    const inYear = items.filter((i) => year === data.planYear || overlapsYear(i.period, year))
    return tableSlides(base, yearPlanTable(inYear, words), words)
  }
  if (path === '/tiltak' || /^\/(mal|aktorer)\/[^/]+$/.test(path))
    return tableSlides(base, itemsTable(items, data.subGoals, words), words)
  if (path === '/mal') return tableSlides(base, goalsTable(items, data, words), words)
  if (path === '/aktorer') return tableSlides(base, actorsTable(items, words), words)
  return [overviewSlide(base, view, items, data, words)]
}

/** The overview (and any other page): one of the overview's charts, on the view's items. */
function overviewSlide(
  base: SlideBase,
  view: SavedView,
  items: readonly RoadmapItem[],
  data: SlideData,
  words: SlideWords,
): SlideSpec {
  const chartId = firstQueryValue(view.query, CHART_QUERY_KEY)
  const chart = buildOverviewChart(
    isOverviewChartId(chartId) ? chartId : 'goal-stage',
    { ...data, items },
    words.chart,
  )
  const alternative = chartTableToSlideTable(chart.table)
  if (items.length === 0) return { ...base, visual: { kind: 'message', text: words.noItems }, alternative }
  return { ...base, visual: { kind: 'chart', option: chart.option }, alternative }
}
