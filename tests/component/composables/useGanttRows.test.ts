/**
 * useGanttRows.laneOfItem: the row of the item opened in the timeline (asked on every new layout
 * while an item is open) comes from the layout without making its rows: reading the lanes up to
 * it made every row above it, at 100 000 items on every keystroke.
 */
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useGanttRows } from '@/composables/useGanttRows'
import { buildPreparedGanttLayout, prepareGanttItems, type GanttLayout } from '@/domain/gantt-layout'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'
import { item, period } from '../../unit/factories'

const ITEMS = Array.from({ length: 300 }, (_, i) =>
  item(`ds/t${i}`, { period: period(`${2020 + (i % 8)}`), grouping: `G${i % 5}` }),
)
const OPTIONS = {
  groupBy: 'goal' as const,
  collapsed: new Set<string>(),
  edge: { start: '2019-01-01', end: '2030-12-31' },
  labels: GANTT_LAYOUT_LABELS,
}

function rowsOf(layout: GanttLayout) {
  return useGanttRows({ layout: () => layout, offset: ref(0), screenHeight: ref(800), active: ref(-1) })
}

describe('useGanttRows: the row of an item', () => {
  it('finds the item’s row without making the rows above it', () => {
    const prepared = prepareGanttItems(ITEMS, [])
    const layout = buildPreparedGanttLayout(prepared, ITEMS, [], [], OPTIONS)
    const made = () => prepared.byIndex.leaves.filter((leaf) => leaf && leaf.rows.length > 0).length
    const at = rowsOf(layout).laneOfItem('ds/t299')
    expect(made()).toBe(0)
    expect(at).toBeGreaterThan(200)
    expect(layout.lanes[at ?? -1]?.key).toBe('ds/t299')
    expect(rowsOf(layout).laneOfItem('ds/none')).toBeUndefined()
  })

  it('reads the lanes of a layout that did not come with its own answer', () => {
    const layout = buildPreparedGanttLayout(prepareGanttItems(ITEMS, []), ITEMS, [], [], OPTIONS)
    const copy: GanttLayout = { ...layout, lanes: layout.lanes.slice(0, 50) }
    const inCopy = copy.lanes.findIndex((lane) => lane.kind === 'item')
    const id = copy.lanes[inCopy]?.key ?? ''
    expect(rowsOf(copy).laneOfItem(id)).toBe(inCopy)
    expect(rowsOf(copy).laneOfItem('ds/t299')).toBeUndefined()
  })
})
