/**
 * The timeline page's state: grouping, zoom, as-of date and open item in the URL (`grupper`,
 * `zoom`, `dato`, `element`, besides the item filter), the lanes laid out from the filtered
 * items, the window each zoom level opens, the legend of what is drawn, and collapsed lanes.
 * TimelineView only shows it.
 */
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { GanttChartLabels } from '@/charts/gantt'
import { filterItems, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import {
  buildGanttLayout,
  buildGanttTable,
  buildSelectedGanttLayout,
  prepareGanttItems,
  selectPrepared,
  type GanttGroupBy,
  type GanttLabels,
  type GanttZoom,
} from '@/domain/gantt-layout'
import { lazyItemLookup } from '@/domain/item-lookup'
import { GANTT_MARKS, ganttMarks, possibleGanttMarks, type GanttMark } from '@/domain/gantt-legend'
import { asOfDay } from '@/domain/period'
import { openEndEdge, zoomLevelWindow, type DateWindow } from '@/domain/time-window'
import { PHASES, type GoalNumber, type Phase } from '@/domain/types'
import { dateField, enumField, stringField } from '@/domain/url-query'
import { formatAsOf } from '@/i18n/format'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { useChartCaption } from './useChartCaption'
import { useGanttChartLabels } from './useGanttChartLabels'
import { useUrlFilter } from './useUrlFilter'
import { useUrlState } from './useUrlState'

/** URL words of the groupings (`?grupper=aktor`). */
export const TIMELINE_GROUP_WORDS: Readonly<Record<string, GanttGroupBy>> = {
  mal: 'goal',
  aktor: 'actor',
  fase: 'phase',
}
/** URL words of the zoom levels (`?zoom=kvartal`), in the order of the buttons. */
export const TIMELINE_ZOOM_WORDS: Readonly<Record<string, GanttZoom>> = {
  ar: 'year',
  halvar: 'half',
  kvartal: 'quarter',
  maned: 'month',
  alt: 'all',
}

const TIMELINE_FIELDS = {
  groupBy: enumField('grupper', TIMELINE_GROUP_WORDS, 'goal'),
  zoom: enumField('zoom', TIMELINE_ZOOM_WORDS, 'year'),
  date: dateField('dato'),
  item: stringField('element'),
}

/** The timeline's URL state (grouping, zoom, as-of date, open item) and the dates it implies. */
function useTimelineUrl(today: string) {
  const datasets = useDatasetsStore()
  const url = useUrlState(TIMELINE_FIELDS)
  const groupBy = computed(() => url.state.value.groupBy)
  const zoom = computed(() => url.state.value.zoom)
  /** As-of line: `?dato=2025-06-30`, else the dataset's as-of date as a day, else today. */
  const asOf = computed(() => url.state.value.date ?? asOfDay(datasets.activeDataset?.asOf) ?? today)
  /**
   * What the window opens around: `?dato=`, else the middle of the dataset's plan year (Tiltak
   * for 2024 → 2024), else its as-of date, else today.
   */
  const anchor = computed(() => {
    if (url.state.value.date) return url.state.value.date
    const planYear = datasets.activeDataset?.planYear
    return planYear ? `${planYear}-07-01` : asOf.value
  })
  const selectedItem = computed(() => url.state.value.item)
  /** True once the user opened an item here: the panel then takes focus (not on a shared link). */
  const openedHere = ref(false)

  /** Groups by the URL word of a grouping (`mal`, `aktor`, `fase`); an unknown word is ignored. */
  function setGroupWord(word: string): void {
    if (Object.hasOwn(TIMELINE_GROUP_WORDS, word)) void url.set({ groupBy: TIMELINE_GROUP_WORDS[word] })
  }
  function setZoom(next: GanttZoom): void {
    void url.set({ zoom: next })
  }
  /** Moves the as-of line (`''`: back to the dataset's date). */
  function setAsOf(date: string): void {
    void url.set({ date: date || null })
  }
  function openItem(itemId: string): void {
    openedHere.value = true
    void url.set({ item: itemId })
  }
  /** Closes the open item; returns its id, for giving its row the focus back. */
  function closeItem(): string {
    const itemId = selectedItem.value
    void url.set({ item: null })
    return itemId
  }
  return {
    groupBy,
    zoom,
    asOf,
    anchor,
    selectedItem,
    openedHere,
    setGroupWord,
    setZoom,
    setAsOf,
    openItem,
    closeItem,
  }
}

/** The words of the legend and the chart, in the UI's language. */
function useTimelineWords(asOf: () => string, year: () => number | null) {
  const { t } = useI18n()
  function markText(mark: GanttMark): string {
    if (mark.startsWith('phase:')) return t(`phase.${mark.slice(6)}`)
    if (mark === 'as-of') return t('timeline.marks.as-of', { date: formatAsOf(asOf()) })
    if (mark === 'year') return t('timeline.marks.year', { year: year() ?? '' })
    return t(`timeline.marks.${mark}`)
  }
  const markTexts = computed(
    () => Object.fromEntries(GANTT_MARKS.map((m) => [m, markText(m)])) as Record<GanttMark, string>,
  )
  const ganttLabels = useGanttChartLabels()
  const labels = computed<GanttChartLabels>(() => ganttLabels(markText))
  const laneLabels = computed(() => ({
    phases: Object.fromEntries(PHASES.map((p) => [p, t(`phase.${p}`)])) as Record<Phase, string>,
    noActor: t('timeline.noActor'),
    noPhase: t('timeline.noPhase'),
    goal: (n: GoalNumber) => t('goal.label', { n }),
  }))
  return { markTexts, labels, laneLabels }
}

/**
 * The lanes laid out from the items `filter` keeps, grouped by `groupBy`, with open ends run to
 * an edge past `asOf`; and which lanes the user has collapsed (not in the URL: a layout detail).
 */
function useTimelineLayout(
  filter: Readonly<Ref<ItemFilter>>,
  groupBy: Readonly<Ref<GanttGroupBy>>,
  asOf: Readonly<Ref<string>>,
  laneLabels: Readonly<Ref<GanttLabels>>,
) {
  const roadmap = useRoadmapStore()
  /** Ids of the lanes the user has collapsed. */
  const collapsed = ref(new Set<string>())
  const items = computed(() =>
    isEmptyFilter(filter.value) ? roadmap.items : filterItems(roadmap.items, filter.value, roadmap.subGoals),
  )
  /** For the chart's tooltips: indexed on the first one, not on the first render. */
  const itemById = computed(() => lazyItemLookup(roadmap.items))
  /** What no filter changes, per item: prepared once per item list, not on every keystroke. */
  const prepared = computed(() => prepareGanttItems(roadmap.items, roadmap.subGoals))
  /** The prepared records of the filtered items (null only if they were not in the store's order). */
  const selected = computed(() => selectPrepared(prepared.value, items.value))
  /** Open and unknown ends run to this edge (worked out by the layout from the extent it finds). */
  const edgeOf = computed(() => openEndEdge(asOf.value))
  const layout = computed(() => {
    const options = {
      groupBy: groupBy.value,
      collapsed: collapsed.value,
      edge: edgeOf.value,
      labels: laneLabels.value,
    }
    const { subGoals, goals } = roadmap
    return selected.value
      ? buildSelectedGanttLayout(prepared.value, selected.value, subGoals, goals, options)
      : buildGanttLayout(items.value, subGoals, goals, options)
  })
  const edge = computed<DateWindow>(() => layout.value.edge)
  const table = computed(() => buildGanttTable(layout.value))
  /** Every mark a bar can have, once per item list: the legend reads bars until it has them. */
  const itemMarks = computed(() => possibleGanttMarks(prepared.value.byIndex.leaves, false))
  const possibleMarks = computed<GanttMark[]>(() =>
    collapsed.value.size > 0 ? [...itemMarks.value, 'rolled-up'] : itemMarks.value,
  )

  function toggleLane(id: string): void {
    const next = new Set(collapsed.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    collapsed.value = next
  }
  /** Expands every lane, or collapses the top-level ones. */
  function setAll(open: boolean): void {
    collapsed.value = open
      ? new Set()
      : new Set(layout.value.lanes.filter((l) => l.hasChildren && l.depth === 0).map((l) => l.id))
  }
  return { itemById, edge, layout, table, possibleMarks, toggleLane, setAll }
}

export function useTimeline(today = new Date().toISOString().slice(0, 10)) {
  const { t } = useI18n()
  const { filter, invalid, setFilter } = useUrlFilter()
  const url = useTimelineUrl(today)
  const { zoom, asOf, anchor } = url
  const words = useTimelineWords(
    () => asOf.value,
    () => filter.value.year,
  )
  const lanes = useTimelineLayout(filter, url.groupBy, asOf, words.laneLabels)
  /** The window the zoom level opens, around the anchor; "all" shows everything. */
  const window = computed(() => zoomLevelWindow(zoom.value, anchor.value, lanes.edge.value))
  /** What the chart shows now, after the user's panning and zooming. */
  const shownWindow = ref<DateWindow | null>(null)
  /** The legend: exactly the marks inside the window shown. */
  const marks = computed(() =>
    ganttMarks(lanes.layout.value.bars, {
      asOf: asOf.value,
      year: filter.value.year,
      window: shownWindow.value ?? window.value,
      possible: lanes.possibleMarks.value,
    }),
  )
  const windowText = computed(() => {
    const w = shownWindow.value ?? window.value
    return t('timeline.window', { from: formatAsOf(w.start), to: formatAsOf(w.end) })
  })
  const caption = useChartCaption(filter, () => [t('timeline.captionAsOf', { date: formatAsOf(asOf.value) })])

  return {
    today,
    filter,
    invalid,
    setFilter,
    groupBy: url.groupBy,
    zoom,
    asOf,
    selectedItem: url.selectedItem,
    openedHere: url.openedHere,
    itemById: lanes.itemById,
    layout: lanes.layout,
    table: lanes.table,
    window,
    shownWindow,
    marks,
    markTexts: words.markTexts,
    labels: words.labels,
    windowText,
    caption,
    setGroupWord: url.setGroupWord,
    setZoom: url.setZoom,
    setAsOf: url.setAsOf,
    openItem: url.openItem,
    closeItem: url.closeItem,
    toggleLane: lanes.toggleLane,
    setAll: lanes.setAll,
  }
}
