/**
 * The timeline view as slides: its Gantt paged by lanes, then the items without any date as a
 * list (they cannot stand on the axis, and are never dropped).
 */
import type { SavedView } from '@/domain/saved-view'
import type { GanttGroupBy } from '@/domain/gantt-layout'
import type { RoadmapItem } from '@/domain/types'
import { buildGanttSlidePages } from './slide-gantt'
import {
  continuedTitle,
  firstQueryValue,
  type SlideBase,
  type SlideData,
  type SlideWords,
} from './slide-input'
import type { SlideSpec } from './slide-types'
import { itemsTable, tableSlides } from './table-slides'

/** The timeline's slides for the view's items: `?grupper=` groups lanes, `?dato=` moves the as-of line. */
export function timelineSlides(
  base: SlideBase,
  view: SavedView,
  items: readonly RoadmapItem[],
  data: SlideData,
  words: SlideWords,
  today: string,
): SlideSpec[] {
  const groupKey = firstQueryValue(view.query, 'grupper')
  const groupBy: GanttGroupBy = groupKey === 'aktor' ? 'actor' : groupKey === 'fase' ? 'phase' : 'goal'
  const dato = firstQueryValue(view.query, 'dato')
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
    caption: `${base.caption}${note}`,
    title: continuedTitle(base, i, pages.length, words),
    visual: { kind: 'chart', option: page.option },
    alternative: page.table,
  }))
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
