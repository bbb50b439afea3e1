/**
 * The lane tree of the layout: items are put under their paths, then the tree is walked once,
 * siblings in order, to emit the visible lanes and their bars (a collapsed lane keeps the bars of
 * everything below it on its own row, `rolledUp`).
 */
import { lastDayOf } from './period'
import type { Phase, RoadmapItem } from './types'
import type { Extent } from './gantt-extent'
import { compareSegments, type Segment } from './gantt-paths'
import type { GanttBar, GanttLane } from './gantt-types'

/** A dated item with what its bar needs, and its input position (the last tie-break). */
export interface Leaf {
  item: RoadmapItem
  extent: Extent
  periodText: string
  phases: Phase[]
  index: number
}

interface Node {
  id: string
  segment: Segment
  depth: number
  parent: string | null
  children: Node[]
  childIndex: Map<string, Node>
  leaves: Leaf[]
  count: number
}

function newNode(id: string, segment: Segment, depth: number, parent: string | null): Node {
  return { id, segment, depth, parent, children: [], childIndex: new Map(), leaves: [], count: 0 }
}

/** The tree's root: no lane of its own. */
export function newLaneTree(): Node {
  return newNode('', { kind: 'goal', key: '', label: '', order: 0, indexKey: '', idPart: '' }, -1, null)
}

/** Puts `leaf` under `path`, making the lanes it lacks and counting it on each. */
export function insertLeaf(root: Node, path: readonly Segment[], leaf: Leaf): void {
  let node = root
  node.count++
  for (const segment of path) {
    let child = node.childIndex.get(segment.indexKey)
    if (!child) {
      const id = node.id ? `${node.id}/${segment.idPart}` : segment.idPart
      child = newNode(id, segment, node.depth + 1, node.id || null)
      node.childIndex.set(segment.indexKey, child)
      node.children.push(child)
    }
    node = child
    node.count++
  }
  node.leaves.push(leaf)
}

const compareNodes = (a: Node, b: Node): number => compareSegments(a.segment, b.segment)

function compareLeaves(a: Leaf, b: Leaf): number {
  const x = a.extent
  const y = b.extent
  if (x.start !== y.start) return x.start < y.start ? -1 : 1
  if (x.end !== y.end) return x.end < y.end ? -1 : 1
  return a.index - b.index
}

function barOf(leaf: Leaf, laneId: string, rolledUp: boolean): GanttBar {
  const { item, extent: e } = leaf
  const start = item.period.start
  const stated = e.endInferred && start ? lastDayOf(start) : e.end
  return {
    itemId: item.id,
    laneId,
    title: item.title,
    kind: e.kind,
    start: e.start,
    end: e.end,
    periodText: leaf.periodText,
    openEnd: e.openEnd,
    endInferred: e.endInferred,
    statedEnd: stated < e.end ? stated : e.end,
    startMissing: e.startMissing,
    warning: e.warning,
    phases: leaf.phases,
    status: item.status ?? null,
    uncertain: item.uncertain,
    rolledUp,
  }
}

function collectLeaves(node: Node, into: Leaf[]): Leaf[] {
  node.children.sort(compareNodes)
  for (const child of node.children) collectLeaves(child, into)
  for (const leaf of node.leaves.sort(compareLeaves)) into.push(leaf)
  return into
}

function groupLane(node: Node, collapsed: boolean): GanttLane {
  const lane: GanttLane = {
    id: node.id,
    kind: node.segment.kind,
    key: node.segment.key,
    label: node.segment.label,
    depth: node.depth,
    parent: node.parent,
    hasChildren: true,
    collapsed,
    itemCount: node.count,
    itemIds: [],
  }
  if (node.segment.code) lane.code = node.segment.code
  return lane
}

/** Item ids as lane id parts, once per item (laid out again on every filter change). */
const encodedIds = new WeakMap<RoadmapItem, string>()

function encodedId(item: RoadmapItem): string {
  let id = encodedIds.get(item)
  if (id === undefined) {
    id = encodeURIComponent(item.id)
    encodedIds.set(item, id)
  }
  return id
}

/** The visible lanes and their bars, top to bottom; `collapsed` lanes hide what is below them. */
export function emitLanes(
  root: Node,
  collapsed: ReadonlySet<string>,
): { lanes: GanttLane[]; bars: GanttBar[] } {
  const lanes: GanttLane[] = []
  const bars: GanttBar[] = []
  const emit = (node: Node): void => {
    node.children.sort(compareNodes)
    for (const child of node.children) {
      const lane = groupLane(child, collapsed.has(child.id))
      lanes.push(lane)
      if (!lane.collapsed) {
        emit(child)
        continue
      }
      for (const leaf of collectLeaves(child, [])) {
        lane.itemIds.push(leaf.item.id)
        bars.push(barOf(leaf, child.id, true))
      }
    }
    const prefix = node.id ? `${node.id}/i:` : 'i:'
    for (const leaf of node.leaves.sort(compareLeaves)) {
      const id = prefix + encodedId(leaf.item)
      lanes.push({
        id,
        kind: 'item',
        key: leaf.item.id,
        label: leaf.item.title,
        depth: node.depth + 1,
        parent: node.id || null,
        hasChildren: false,
        collapsed: false,
        itemCount: 1,
        itemIds: [leaf.item.id],
      })
      bars.push(barOf(leaf, id, false))
    }
  }
  emit(root)
  return { lanes, bars }
}
