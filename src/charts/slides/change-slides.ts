/** The Endringer view as slides: the slip chart of its two versions, largest slip first, paged by rows. */
import type { SavedView } from '@/domain/saved-view'
import { filterItems, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import type { RoadmapItem } from '@/domain/types'
import { compareVersions } from '@/domain/compare'
import { buildSlipOption, buildSlipRows, buildSlipTable, type SlipBy } from '../slip-chart'
import { chartTableToSlideTable } from './slide-charts'
import {
  continuedTitle,
  firstQueryValue,
  type SlideBase,
  type SlideData,
  type SlideWords,
} from './slide-input'
import type { SlideSpec } from './slide-types'

/** Slip rows per slide: the slip chart's rows at its own row height fill the chart area. */
const SLIPS_PER_SLIDE = 16

/** Endringer: the slip chart of the two versions, largest slip first, paged by rows. */
export function changeSlides(
  base: SlideBase,
  view: SavedView,
  filter: ItemFilter,
  data: SlideData,
  words: SlideWords,
): SlideSpec[] {
  const empty = { columns: [], rows: [] }
  if (!data.compare)
    return [{ ...base, visual: { kind: 'message', text: words.noComparison }, alternative: empty }]
  const rejected = new Set((firstQueryValue(view.query, 'avvist') ?? '').split(',').filter((id) => id !== ''))
  const { changes } = compareVersions(data.compare.old, data.compare.new, { rejected })
  const itemOf = (c: (typeof changes)[number]) => (c.new ?? c.old) as RoadmapItem
  const subGoals = [...data.compare.old.subGoals, ...data.compare.new.subGoals]
  const kept = isEmptyFilter(filter) ? null : new Set(filterItems(changes.map(itemOf), filter, subGoals))
  const by: SlipBy = firstQueryValue(view.query, 'slipp') === 'start' ? 'start' : 'end'
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
    title: continuedTitle(base, i, pages.length, words),
    visual: { kind: 'chart', option: buildSlipOption(page, labels) },
    alternative: chartTableToSlideTable(buildSlipTable(page, labels)),
  }))
}
