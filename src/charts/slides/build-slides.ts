/**
 * A saved view as slides: the view's main visual, not its working page. The overview shows
 * one chart (`?graf=`), the timeline its Gantt paged by lanes, the lists and the year plan a
 * table paged by rows, the goal and actor pages their items. Pure: the caller brings the data
 * of the view's own dataset and the words in the UI language.
 */
import type { SavedView } from '@/domain/saved-view'
import { filterItems, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import { parseFilterQuery } from '@/domain/filter-query'
import { planByActor } from '@/domain/aggregate'
import type { GanttGroupBy, GanttLabels } from '@/domain/gantt-layout'
import { overlapsYear } from '@/domain/period'
import { GOAL_NUMBERS, type Goal, type GoalNumber, type RoadmapItem, type SubGoal } from '@/domain/types'
import { compareVersions, type CompareSide } from '@/domain/compare'
import type { PortfolioContent } from '@/domain/portfolio'
import { compareStatus, rollUpCosts } from '@/domain/portfolio-summary'
import type { GanttChartLabels } from '../gantt'
import {
  buildCostOption,
  buildCostTable,
  buildStatusOption,
  buildStatusTable,
  buildTrendOption,
  buildTrendTable,
  type PortfolioChartLabels,
} from '../portfolio'
import {
  buildSlipOption,
  buildSlipRows,
  buildSlipTable,
  type SlipBy,
  type SlipChartLabels,
} from '../slip-chart'
import type { ChartLabels } from '../types'
import {
  buildOverviewChart,
  chartTableToSlideTable,
  CHART_QUERY_KEY,
  isOverviewChartId,
} from './slide-charts'
import { buildGanttSlidePages } from './slide-gantt'
import { paginateTable } from './slide-svg'
import type { SlideSpec, SlideTable } from './slide-types'

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

type Query = SavedView['query']
const first = (q: Query, key: string): string | undefined => {
  const v = q[key]
  return Array.isArray(v) ? v[0] : v
}

/** The view's own filter plus what its path implies (`/mal/2`, `/aktorer/nhn`, `/ar/2024`). */
export function viewFilter(view: Pick<SavedView, 'path' | 'query'>): ItemFilter {
  const { filter } = parseFilterQuery(view.query)
  const goal = /^\/mal\/([1-5])$/.exec(view.path)
  if (goal) filter.goals = [Number(goal[1]) as GoalNumber]
  const actor = /^\/aktorer\/([a-z0-9-]+)$/.exec(view.path)
  if (actor) filter.actors = [actor[1] as string]
  return filter
}

function itemsTable(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  words: SlideWords,
): SlideTable {
  const codes = new Map(subGoals.map((s) => [s.id, s.code]))
  return {
    columns: [
      { label: words.columns.item, width: 0.44, maxLines: 3 },
      { label: words.columns.goal, width: 0.1 },
      { label: words.columns.actors, width: 0.2 },
      { label: words.columns.period, width: 0.12 },
      { label: words.columns.phase, width: 0.14 },
    ],
    rows: items.map((item) => [
      item.title,
      (item.subGoalId && codes.get(item.subGoalId)) || String(item.goal),
      item.actors.join(', '),
      words.periodText(item),
      words.phaseText(item),
    ]),
  }
}

function yearPlanTable(items: readonly RoadmapItem[], words: SlideWords): SlideTable {
  const rows: string[][] = []
  // Rows that name an actor but no activity stay on the slide too, after the actor's activities.
  for (const plan of planByActor(items))
    for (const item of [...plan.items, ...plan.actorOnly])
      rows.push([plan.actor.name, String(item.goal), item.title])
  const withoutActor = items.filter((i) => i.actorIds.length === 0)
  for (const item of withoutActor) rows.push([words.noActor, String(item.goal), item.title])
  return {
    columns: [
      { label: words.columns.actor, width: 0.28 },
      { label: words.columns.goal, width: 0.08 },
      { label: words.columns.item, width: 0.64, maxLines: 3 },
    ],
    rows,
  }
}

/** Table slides, one per page of rows, titled «(forts. n/m)» after the first. */
function tableSlides(
  base: Omit<SlideSpec, 'visual' | 'alternative'>,
  table: SlideTable,
  words: SlideWords,
): SlideSpec[] {
  if (table.rows.length === 0)
    return [
      { ...base, visual: { kind: 'message', text: words.noItems }, alternative: { ...table, rows: [] } },
    ]
  const pages = paginateTable(table)
  return pages.map((rows, i) => {
    const part = { ...table, rows }
    return {
      ...base,
      title: i === 0 ? base.title : `${base.title} ${words.continued(i + 1, pages.length)}`,
      visual: { kind: 'table', table: part },
      alternative: part,
    }
  })
}

/** Slip rows per slide: the slip chart's rows at its own row height fill the chart area. */
const SLIPS_PER_SLIDE = 16

/** Endringer: the slip chart of the two versions, largest slip first, paged by rows. */
function changeSlides(
  base: Omit<SlideSpec, 'visual' | 'alternative'>,
  view: SavedView,
  filter: ItemFilter,
  data: SlideData,
  words: SlideWords,
): SlideSpec[] {
  const empty = { columns: [], rows: [] }
  if (!data.compare)
    return [{ ...base, visual: { kind: 'message', text: words.noComparison }, alternative: empty }]
  const rejected = new Set((first(view.query, 'avvist') ?? '').split(',').filter((id) => id !== ''))
  const { changes } = compareVersions(data.compare.old, data.compare.new, { rejected })
  const itemOf = (c: (typeof changes)[number]) => (c.new ?? c.old) as RoadmapItem
  const subGoals = [...data.compare.old.subGoals, ...data.compare.new.subGoals]
  const kept = isEmptyFilter(filter) ? null : new Set(filterItems(changes.map(itemOf), filter, subGoals))
  const by: SlipBy = first(view.query, 'slipp') === 'start' ? 'start' : 'end'
  const labels = words.slip(by)
  const rows = buildSlipRows(kept ? changes.filter((c) => kept.has(itemOf(c))) : changes, by, () => ({
    path: '/endringer',
    query: {},
  }))
  if (rows.length === 0)
    return [{ ...base, visual: { kind: 'message', text: words.noItems }, alternative: empty }]
  const pages: (typeof rows)[] = []
  for (let i = 0; i < rows.length; i += SLIPS_PER_SLIDE) pages.push(rows.slice(i, i + SLIPS_PER_SLIDE))
  return pages.map((page, i) => ({
    ...base,
    title: i === 0 ? base.title : `${base.title} ${words.continued(i + 1, pages.length)}`,
    visual: { kind: 'chart', option: buildSlipOption(page, labels) },
    alternative: chartTableToSlideTable(buildSlipTable(page, labels)),
  }))
}

/** Portefølje: the chart `?graf=` names (status and risk by default), with its table. */
function portfolioSlide(
  base: Omit<SlideSpec, 'visual' | 'alternative'>,
  chartId: string | undefined,
  data: SlideData,
  words: SlideWords,
): SlideSpec {
  const p = data.portfolio
  const labels = words.portfolio
  const chart = !p
    ? null
    : chartId === 'portfolio-costs'
      ? p.costs.length > 0 && {
          option: buildCostOption(rollUpCosts(p.costs), labels, words.number),
          table: buildCostTable(rollUpCosts(p.costs), labels),
        }
      : chartId === 'portfolio-trend'
        ? p.rounds.length > 0 && {
            option: buildTrendOption(p.rounds, labels),
            table: buildTrendTable(p.rounds, labels),
          }
        : p.measures.length > 0 && {
            option: buildStatusOption(compareStatus(p.measures), labels),
            table: buildStatusTable(compareStatus(p.measures), labels),
          }
  if (!chart)
    return {
      ...base,
      visual: { kind: 'message', text: words.noItems },
      alternative: { columns: [], rows: [] },
    }
  return {
    ...base,
    visual: { kind: 'chart', option: chart.option },
    alternative: chartTableToSlideTable(chart.table),
  }
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

/** The slides of one saved view, in order (one, or several when it continues). */
export function buildViewSlides({ view, data, words, caption, today }: SlideContext): SlideSpec[] {
  const filter = viewFilter(view)
  const items = isEmptyFilter(filter) ? data.items : filterItems(data.items, filter, data.subGoals)
  const base = { title: view.title, note: view.note, caption }

  if (view.path === '/tidslinje') {
    const groupKey = first(view.query, 'grupper')
    const groupBy: GanttGroupBy = groupKey === 'aktor' ? 'actor' : groupKey === 'fase' ? 'phase' : 'goal'
    const dato = first(view.query, 'dato')
    const asOf = dato && /^\d{4}-\d{2}-\d{2}$/.test(dato) ? dato : (data.asOf ?? today)
    const dated = items.filter((i) => i.period.start || i.period.end)
    const undated = items.filter((i) => !i.period.start && !i.period.end)
    const pages = buildGanttSlidePages({
      items: dated,
      subGoals: data.subGoals,
      goals: data.goals,
      groupBy,
      asOf,
      labels: words.gantt,
      layoutLabels: words.ganttLayout,
      columns: { lane: words.columns.lane, period: words.columns.period, phase: words.columns.phase },
    })
    const note = undated.length > 0 ? ` · ${words.undated(undated.length)}` : ''
    const ganttSlides: SlideSpec[] = pages.map((page, i) => ({
      ...base,
      caption: `${caption}${note}`,
      title: i === 0 ? base.title : `${base.title} ${words.continued(i + 1, pages.length)}`,
      visual: { kind: 'chart', option: page.option },
      alternative: page.table,
    }))
    // Items without any date cannot stand on the axis: they follow as a list, never dropped.
    const undatedSlides =
      undated.length > 0
        ? tableSlides(
            { ...base, title: `${base.title} – ${words.undatedTitle}` },
            itemsTable(undated, data.subGoals, words),
            words,
          )
        : []
    return [...ganttSlides, ...undatedSlides]
  }

  if (view.path === '/endringer') return changeSlides(base, view, filter, data, words)
  if (view.path === '/portefolje')
    return [portfolioSlide(base, first(view.query, CHART_QUERY_KEY), data, words)]

  const yearMatch = /^\/ar(?:\/(\d{4}))?$/.exec(view.path)
  if (yearMatch) {
    const year = yearMatch[1] ? Number(yearMatch[1]) : (data.planYear ?? Number(today.slice(0, 4)))
    const inYear = items.filter((i) => year === data.planYear || overlapsYear(i.period, year))
    return tableSlides(base, yearPlanTable(inYear, words), words)
  }

  if (view.path === '/tiltak' || /^\/(mal|aktorer)\/[^/]+$/.test(view.path))
    return tableSlides(base, itemsTable(items, data.subGoals, words), words)

  if (view.path === '/mal') {
    const table: SlideTable = {
      columns: [
        { label: words.columns.goal, width: 0.7, maxLines: 2 },
        { label: words.columns.subGoals, width: 0.15, align: 'end' },
        { label: words.columns.count, width: 0.15, align: 'end' },
      ],
      rows: GOAL_NUMBERS.map((n) => [
        words.goalTitle(n, data.goals.find((g) => g.number === n)?.title ?? ''),
        String(data.subGoals.filter((s) => s.goal === n).length),
        String(items.filter((i) => i.goal === n).length),
      ]),
    }
    return tableSlides(base, table, words)
  }

  if (view.path === '/aktorer') {
    const table: SlideTable = {
      columns: [
        { label: words.columns.actor, width: 0.8 },
        { label: words.columns.count, width: 0.2, align: 'end' },
      ],
      rows: planByActor(items).map((p) => [p.actor.name, String(p.items.length)]),
    }
    return tableSlides(base, table, words)
  }

  // The overview (and any other page): one of the overview's charts, on the view's items.
  const chartId = first(view.query, CHART_QUERY_KEY)
  const chart = buildOverviewChart(
    isOverviewChartId(chartId) ? chartId : 'goal-stage',
    { ...data, items },
    words.chart,
  )
  if (items.length === 0)
    return [
      {
        ...base,
        visual: { kind: 'message', text: words.noItems },
        alternative: chartTableToSlideTable(chart.table),
      },
    ]
  return [
    {
      ...base,
      visual: { kind: 'chart', option: chart.option },
      alternative: chartTableToSlideTable(chart.table),
    },
  ]
}
