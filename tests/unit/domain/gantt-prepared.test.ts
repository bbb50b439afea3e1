import { describe, expect, it } from 'vitest'
import {
  buildGanttLayout,
  buildPreparedGanttLayout,
  prepareGanttItems,
  selectPrepared,
  type GanttGroupBy,
  type GanttLayout,
  type GanttOptions,
} from '@/domain/gantt-layout'
import { emptyFilter, filterItems } from '@/domain/filter'
import { parsePeriod } from '@/domain/period'
import type { Goal, GoalNumber, Period, RoadmapItem, SubGoal } from '@/domain/types'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'

const EDGE = { start: '2019-01-01', end: '2030-12-31' }
const GOALS: Goal[] = [{ number: 2, title: 'Enklere arbeidshverdag' }]
const SG: SubGoal = { id: 'ds/sg2d', datasetId: 'ds', goal: 2, code: '2D', title: 'PLL', conditions: [] }
const SUB_GOALS = [SG]

function period(text: string): Period {
  const result = parsePeriod(text)
  if (!result.ok) throw new Error(`fixture period ${text}`)
  return result.value
}
/** A start with no end and not open-ended: the end is inferred from the next start. */
const startOnly = (text: string): Period => ({ start: period(text).start, openEnded: false })

function item(id: string, fields: Partial<RoadmapItem> & { when?: string } = {}): RoadmapItem {
  const { when, ...rest } = fields
  return {
    id: `ds/${id}`,
    key: id,
    datasetId: 'ds',
    title: `Tiltak ${id}`,
    goal: 2 as GoalNumber,
    actors: [],
    actorIds: [],
    period: period(when ?? ''),
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...rest,
  }
}

function options(groupBy: GanttGroupBy, collapsed: string[] = []): GanttOptions {
  return { groupBy, collapsed: new Set(collapsed), edge: EDGE, labels: GANTT_LAYOUT_LABELS }
}

/** Everything a user sees of a layout (the lane index of each bar is checked apart). */
function shown(layout: GanttLayout) {
  const { lanes, bars, undated, extent } = layout
  return { lanes, bars, undated, extent }
}

/** Items that exercise every rule a filter can change: inferred and open ends, groupings met in another order, actors. */
const ITEMS: RoadmapItem[] = [
  item('a', {
    period: startOnly('2023'),
    subGoalId: SG.id,
    grouping: 'Y',
    actors: ['Helse Vest RHF'],
    actorIds: ['hv'],
  }),
  item('b', {
    period: startOnly('2024'),
    subGoalId: SG.id,
    grouping: 'X',
    actors: ['Helse Vest'],
    actorIds: ['hv'],
  }),
  item('c', {
    when: '2024 - 2026',
    subGoalId: SG.id,
    grouping: 'Y',
    phase: { from: 'utvikling', to: 'innforing' },
  }),
  item('d', { period: startOnly('Q3 2025'), subGoalId: SG.id, grouping: 'Y' }),
  item('e', { when: '2025 →', grouping: 'X', actors: ['NHN', 'Helse Vest RHF'], actorIds: ['nhn', 'hv'] }),
  item('f', { when: '01.06.2024', subGoalId: SG.id, grouping: 'Y', extra: { Type: 'Milepæl' } }),
  item('g', { when: '' }),
  item('h', { period: startOnly('2026'), subGoalId: SG.id, grouping: 'X', status: 'planned' }),
  item('i', { when: '2027 - 2025', grouping: 'Z' }),
  item('j', { period: { end: period('2026').end, openEnded: false }, grouping: 'Z' }),
]

/** Subsets as a filter returns them: in the list's order. */
const SUBSETS: number[][] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 7],
  [0, 3],
  [2, 5, 6, 9],
  [1, 3, 7, 8],
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [3],
  [],
]

describe('buildPreparedGanttLayout: the same layout as laying out the shown items afresh', () => {
  for (const groupBy of ['goal', 'actor', 'phase'] as const) {
    it(`filter after filter, grouped by ${groupBy}, with and without a collapsed lane`, () => {
      const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
      for (const subset of SUBSETS) {
        const items = subset.map((i) => ITEMS[i] as RoadmapItem)
        const fresh = buildGanttLayout(items, SUB_GOALS, GOALS, options(groupBy))
        const reused = buildPreparedGanttLayout(prepared, items, SUB_GOALS, GOALS, options(groupBy))
        expect(shown(reused)).toEqual(shown(fresh))
        const collapsed = fresh.lanes.filter((l) => l.hasChildren && l.depth === 1).map((l) => l.id)
        expect(
          shown(buildPreparedGanttLayout(prepared, items, SUB_GOALS, GOALS, options(groupBy, collapsed))),
        ).toEqual(shown(buildGanttLayout(items, SUB_GOALS, GOALS, options(groupBy, collapsed))))
      }
    })
  }

  it('orders grouping lanes by the shown items, not by the whole list', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    // Without a, the first grouping met under the sub-goal is X (b), then Y (c).
    const withoutA = ITEMS.slice(1)
    const lanes = buildPreparedGanttLayout(prepared, withoutA, SUB_GOALS, GOALS, options('goal')).lanes
    const groupings = lanes
      .filter((l) => l.kind === 'grouping' && l.parent?.includes('sg:'))
      .map((l) => l.label)
    expect(groupings).toEqual(['X', 'Y'])
    const all = buildPreparedGanttLayout(prepared, ITEMS, SUB_GOALS, GOALS, options('goal')).lanes
    expect(all.filter((l) => l.kind === 'grouping' && l.parent?.includes('sg:')).map((l) => l.label)).toEqual(
      ['Y', 'X'],
    )
  })

  it('names an actor lane as the first shown item writes the actor', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const label = (items: RoadmapItem[]) =>
      buildPreparedGanttLayout(prepared, items, SUB_GOALS, GOALS, options('actor')).lanes.find(
        (l) => l.kind === 'actor' && l.key === 'hv',
      )?.label
    expect(label(ITEMS)).toBe('Helse Vest RHF')
    expect(label(ITEMS.slice(1))).toBe('Helse Vest')
  })

  it('moves an inferred end with the items shown, and back', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const endOfA = (items: RoadmapItem[]) =>
      buildPreparedGanttLayout(prepared, items, SUB_GOALS, GOALS, options('goal')).bars.find(
        (b) => b.itemId === 'ds/a',
      )?.end
    // c (2024, same grouping Y) ends a; the milestone f does not; without c, d (Q3 2025) does.
    expect(endOfA(ITEMS)).toBe('2023-12-31')
    expect(endOfA([ITEMS[0], ITEMS[3]] as RoadmapItem[])).toBe('2025-06-30')
    expect(endOfA([ITEMS[0]] as RoadmapItem[])).toBe(EDGE.end)
    expect(endOfA(ITEMS)).toBe('2023-12-31')
  })

  it('gives each bar its lane index', () => {
    const layout = buildGanttLayout(ITEMS, SUB_GOALS, GOALS, options('actor'))
    expect(layout.barLanes?.map((lane) => layout.lanes[lane]?.id)).toEqual(layout.bars.map((b) => b.laneId))
  })

  it('keeps the lanes and bars of items a filter change leaves as they were', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const before = buildPreparedGanttLayout(prepared, ITEMS, SUB_GOALS, GOALS, options('goal'))
    const after = buildPreparedGanttLayout(prepared, ITEMS.slice(0, 9), SUB_GOALS, GOALS, options('goal'))
    const barOfC = (l: GanttLayout) => l.bars.find((b) => b.itemId === 'ds/c')
    expect(barOfC(after)).toBe(barOfC(before))
  })

  it('makes an item’s lane and bar only when they are read: the rows out of view cost nothing', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const layout = buildPreparedGanttLayout(prepared, ITEMS, SUB_GOALS, GOALS, options('goal'))
    const rowsMade = () =>
      prepared.byIndex.leaves.filter((leaf) => leaf && leaf.rows.length > 0).map((leaf) => leaf?.item.key)
    expect(layout.lanes.length).toBeGreaterThan(ITEMS.length)
    expect(rowsMade()).toEqual([])
    // Reading one item's lane makes its row (its bar with it), and no other.
    const at = layout.lanes.findIndex((lane, i) => i > 0 && lane.kind === 'item')
    expect(rowsMade()).toHaveLength(1)
    const b = layout.barLanes?.indexOf(at) ?? -1
    expect(layout.bars[b]?.laneId).toBe(layout.lanes[at]?.id)
    expect(rowsMade()).toHaveLength(1)
  })

  it('finds an item’s first row without making any row, as reading the lanes would', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const layout = buildPreparedGanttLayout(prepared, ITEMS, SUB_GOALS, GOALS, options('actor'))
    const rowsMade = () => prepared.byIndex.leaves.filter((leaf) => leaf && leaf.rows.length > 0)
    const found = ['ds/e', 'ds/a', 'ds/g', 'ds/nope'].map((id) => layout.itemRow?.find(id))
    expect(rowsMade()).toEqual([])
    expect(layout.itemRow?.lanes).toBe(layout.lanes)
    // e has two actors: its first row; g has no date and nope is not there: no row.
    expect(found).toEqual(
      ['ds/e', 'ds/a', 'ds/g', 'ds/nope'].map((id) =>
        layout.lanes.findIndex((lane) => lane.kind === 'item' && lane.key === id),
      ),
    )
    expect(found[0]).toBeGreaterThan(0)
    expect(found.slice(2)).toEqual([-1, -1])
  })

  it('lays out items given out of the prepared order afresh', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const reversed = [...ITEMS].reverse()
    expect(selectPrepared(prepared, reversed)).toBeNull()
    expect(shown(buildPreparedGanttLayout(prepared, reversed, SUB_GOALS, GOALS, options('goal')))).toEqual(
      shown(buildGanttLayout(reversed, SUB_GOALS, GOALS, options('goal'))),
    )
  })

  it('finds the positions of a filtered list as the filter picked them, as by walking', () => {
    const prepared = prepareGanttItems(ITEMS, SUB_GOALS)
    const walked = (list: readonly RoadmapItem[]) =>
      Int32Array.from(list, (i) => prepared.items.findIndex((p) => p.item === i))
    expect(selectPrepared(prepared, ITEMS)).toEqual(Int32Array.from(ITEMS, (_, i) => i))
    for (const text of ['tiltak a', 'tiltak', 'x']) {
      const picked = filterItems(ITEMS, { ...emptyFilter(), text }, SUB_GOALS)
      expect(selectPrepared(prepared, picked)).toEqual(walked(picked))
    }
    // Picked from another list (with the same items): found by walking.
    const copy = [...ITEMS]
    const fromCopy = filterItems(copy, { ...emptyFilter(), text: 'tiltak b' }, SUB_GOALS)
    expect(fromCopy).toHaveLength(1)
    expect(selectPrepared(prepared, fromCopy)).toEqual(walked(fromCopy))
  })
})
