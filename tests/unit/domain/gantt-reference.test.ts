/**
 * The timeline's layout, which reuses what no filter changes (gantt-prepared: lane keys worked
 * out once per grouping, leaves in the prepared date order and sorted only when out of it, counts
 * added once per set of lane keys), against a plain reference written from the rules of
 * gantt-layout's module comment: every item's lanes worked out afresh, every lane's items sorted,
 * every count walked. On a generated veikart, filter after filter and with a lane collapsed.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { emptyFilter, filterItems, type ItemFilter } from '@/domain/filter'
import { extentOf, isMilestone, validSubGoal, type Extent } from '@/domain/gantt-extent'
import {
  buildSelectedGanttLayout,
  prepareGanttItems,
  selectPrepared,
  type GanttGroupBy,
  type GanttLayout,
  type GanttOptions,
} from '@/domain/gantt-layout'
import type { DateWindow } from '@/domain/time-window'
import { compareSegments, pathMaker, type Segment } from '@/domain/gantt-paths'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'
import { generatedContent } from '../generated'

let content: DatasetContent

beforeAll(async () => {
  content = await generatedContent(2500, 17)
})

const EDGE = { start: '2015-01-01', end: '2031-12-31' }
const LATER_EDGE = { start: '2015-01-01', end: '2033-06-30' }

interface RefNode {
  id: string
  segment: Segment
  depth: number
  children: RefNode[]
  items: { item: RoadmapItem; extent: Extent; index: number }[]
  count: number
}

/** Where each shown item's bar runs: inferred ends from the sorted starts of its grouping. */
function referenceExtents(shown: readonly RoadmapItem[], edgeEnd: string): Map<RoadmapItem, Extent | null> {
  const subGoals = new Map(content.subGoals.map((s) => [s.id, s]))
  const groupOf = (i: RoadmapItem) =>
    JSON.stringify([i.datasetId, i.goal, validSubGoal(i, subGoals)?.id ?? '', i.grouping ?? ''])
  const starts = new Map<string, string[]>()
  for (const i of shown) {
    if (isMilestone(i) || !i.period.start) continue
    starts.set(groupOf(i), [...(starts.get(groupOf(i)) ?? []), i.period.start.date])
  }
  for (const list of starts.values()) list.sort()
  return new Map(shown.map((i) => [i, extentOf(i, isMilestone(i), starts.get(groupOf(i)), edgeEnd)]))
}

/** The reference layout: lanes and bars as [id, depth, count, …] tuples, top to bottom. */
function referenceLayout(shown: readonly RoadmapItem[], options: GanttOptions) {
  const pathsOf = pathMaker(options.groupBy, content.goals, new Map(content.subGoals.map((s) => [s.id, s])), options.labels) // prettier-ignore
  // The reference runs on fixed edges only (the function form is checked in gantt-layout.test.ts).
  const extents = referenceExtents(shown, (options.edge as DateWindow).end)
  const root: RefNode = { id: '', segment: {} as Segment, depth: -1, children: [], items: [], count: 0 }
  const index = new Map(content.items.map((item, i) => [item, i]))
  for (const item of shown) {
    const extent = extents.get(item)
    if (!extent) continue
    for (const path of pathsOf(item)) {
      let node = root
      node.count++
      for (const segment of path) {
        let child = node.children.find((c) => c.segment.indexKey === segment.indexKey)
        if (!child) {
          const id = node.id ? `${node.id}/${segment.idPart}` : segment.idPart
          child = { id, segment, depth: node.depth + 1, children: [], items: [], count: 0 }
          node.children.push(child)
        }
        node = child
        node.count++
      }
      node.items.push({ item, extent, index: index.get(item) ?? -1 })
    }
  }
  const lanes: unknown[] = []
  const bars: unknown[] = []
  const byDate = (a: RefNode['items'][number], b: RefNode['items'][number]) =>
    a.extent.start !== b.extent.start
      ? a.extent.start.localeCompare(b.extent.start)
      : a.extent.end !== b.extent.end
        ? a.extent.end.localeCompare(b.extent.end)
        : a.index - b.index
  const below = (node: RefNode): RefNode['items'] => [
    ...[...node.children].sort((a, b) => compareSegments(a.segment, b.segment)).flatMap(below),
    ...[...node.items].sort(byDate),
  ]
  const bar = (e: Extent, item: RoadmapItem, laneId: string, rolledUp: boolean) => [
    item.id,
    laneId,
    e.kind,
    e.start,
    e.end,
    e.openEnd,
    e.endInferred,
    e.warning,
    e.startMissing,
    rolledUp,
  ]
  const walk = (node: RefNode): void => {
    for (const child of [...node.children].sort((a, b) => compareSegments(a.segment, b.segment))) {
      const collapsed = options.collapsed.has(child.id)
      const rolled = collapsed ? below(child) : []
      lanes.push([child.id, child.depth, child.count, collapsed, rolled.map((r) => r.item.id)])
      if (!collapsed) walk(child)
      else for (const r of rolled) bars.push(bar(r.extent, r.item, child.id, true))
    }
    for (const { item, extent } of [...node.items].sort(byDate)) {
      const id = `${node.id ? `${node.id}/` : ''}i:${encodeURIComponent(item.id)}`
      lanes.push([id, node.depth + 1, 1, false, [item.id]])
      bars.push(bar(extent, item, id, false))
    }
  }
  walk(root)
  return { lanes, bars, undated: shown.filter((i) => !extents.get(i)).map((i) => i.id) }
}

/** The items drawn on each lane's row, by lane index. */
function drawnOn(layout: GanttLayout): string[][] {
  const ids = layout.lanes.map((): string[] => [])
  layout.bars.forEach((bar, b) => ids[layout.barLanes?.[b] ?? -1]?.push(bar.itemId))
  return ids
}

const tuples = (layout: GanttLayout) => ({
  lanes: ((drawn) => layout.lanes.map((l, i) => [l.id, l.depth, l.itemCount, l.collapsed, drawn[i]]))(
    drawnOn(layout),
  ),
  bars: layout.bars.map((b) => [b.itemId, b.laneId, b.kind, b.start, b.end, b.openEnd, b.endInferred, b.warning, b.startMissing, b.rolledUp]), // prettier-ignore
  undated: layout.undated.map((i) => i.id),
})

const FILTERS: Partial<ItemFilter>[] = [
  {},
  { text: 'h' },
  { text: 'he' },
  { text: 'helse' },
  { goals: [2] },
  { goals: [2], text: 'he' },
  { phases: ['utvikling'] },
  { text: 'h' },
  {},
]

describe('the prepared layout against a plain reference, on a generated veikart', () => {
  for (const groupBy of ['goal', 'actor', 'phase'] as GanttGroupBy[]) {
    it(`gives the same lanes, counts and bars filter after filter, grouped by ${groupBy}`, () => {
      const prepared = prepareGanttItems(content.items, content.subGoals)
      let collapsed = new Set<string>()
      for (const [n, partial] of FILTERS.entries()) {
        const shown = filterItems(content.items, { ...emptyFilter(), ...partial }, content.subGoals)
        // The edge moves with the items shown in the app: open and inferred ends move with it.
        const edge = n % 3 === 1 ? LATER_EDGE : EDGE
        const options: GanttOptions = { groupBy, collapsed, edge, labels: GANTT_LAYOUT_LABELS }
        const selected = selectPrepared(prepared, shown)!
        const layout = buildSelectedGanttLayout(prepared, selected, content.subGoals, content.goals, options)
        expect(tuples(layout), `${groupBy} ${JSON.stringify(partial)}`).toEqual(
          referenceLayout(shown, options),
        )
        expect(layout.bars.length).toBeGreaterThan(0)
        // The span the chart's axis takes from the layout is that of its bars.
        const starts = layout.bars.map((b) => b.start).sort()
        const ends = layout.bars.map((b) => b.end).sort()
        expect(layout.barSpan).toEqual({ bars: layout.bars, start: starts[0], end: ends.at(-1) })
        // From the fourth filter on, the second top lane is collapsed.
        if (n === 3) collapsed = new Set([layout.lanes.filter((l) => l.depth === 0)[1]!.id])
      }
    })
  }
})
