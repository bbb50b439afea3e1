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
import { lazyList } from './lazy-list'

/** A dated item with what its bar needs, and its input position (the last tie-break). */
export interface Leaf {
  item: RoadmapItem
  extent: Extent
  /** `extent.start` and `extent.end`, on the leaf itself: sorting reads no other object. */
  start: string
  end: string
  periodText: string
  phases: Phase[]
  index: number
  /** The item id as a lane id part. */
  idPart: string
  /** The item's rows of earlier layouts (kept with the prepared item): reused, not made again. */
  rows: ItemRow[]
  /**
   * The row of `rows` it was last drawn on (shared with its moved copies by `rows` only): checked
   * first, so a layout reads one object per item instead of searching the list.
   */
  row: ItemRow | null
}

/** A row an item was drawn on: reused by the next layout while its parent lane and its extent stay. */
export interface ItemRow {
  parent: string
  lane: GanttLane
  bar: GanttBar
  /** The extent `bar` was last found to show: the same object needs no comparing. */
  extent: Extent
}

/** A lane of the tree; `leaves` are the items drawn on lanes of their own right under it. */
export type LaneNode = Node

interface Node {
  id: string
  segment: Segment
  depth: number
  parent: string | null
  up: Node | null
  children: Node[]
  childIndex: Map<string, Node>
  leaves: Leaf[]
  count: number
}

function newNode(id: string, segment: Segment, depth: number, up: Node | null): Node {
  const parent = up?.id || null
  return { id, segment, depth, parent, up, children: [], childIndex: new Map(), leaves: [], count: 0 }
}

/**
 * One string object per lane id: an item's row is found by comparing its parent's id, and the
 * same object compares at once, where two equal copies are read character by character.
 */
const laneIds = new Map<string, string>()
function laneId(id: string): string {
  const known = laneIds.get(id)
  if (known !== undefined) return known
  // The bound only guards against a pathological file.
  if (laneIds.size > 100_000) laneIds.clear()
  laneIds.set(id, id)
  return id
}

/** The tree's root: no lane of its own. */
export function newLaneTree(): Node {
  return newNode('', { kind: 'goal', key: '', label: '', order: 0, indexKey: '', idPart: '' }, -1, null)
}

/**
 * The lane of `path`, made with the lanes it lacks (siblings keep the order they were first
 * asked for in), and one more item counted on each: put the item's leaf in its `leaves`.
 */
export function laneNode(root: Node, path: readonly Segment[]): LaneNode {
  let node = root
  node.count++
  for (const segment of path) {
    let child = node.childIndex.get(segment.indexKey)
    if (!child) {
      const id = laneId(node.id ? `${node.id}/${segment.idPart}` : segment.idPart)
      child = newNode(id, segment, node.depth + 1, node)
      node.childIndex.set(segment.indexKey, child)
      node.children.push(child)
    }
    node = child
    node.count++
  }
  return node
}

/** Counts `items` more on `node` and every lane above it (as `laneNode` does one on its path). */
export function countOn(node: LaneNode, items = 1): void {
  for (let n: Node | null = node; n; n = n.up) n.count += items
}

const compareNodes = (a: Node, b: Node): number => compareSegments(a.segment, b.segment)

function compareLeaves(a: Leaf, b: Leaf): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1
  if (a.end !== b.end) return a.end < b.end ? -1 : 1
  return a.index - b.index
}

/**
 * `leaves` in bar order. They arrive in the prepared date order, so most lanes' leaves are in it
 * already (only a moved end can reorder equal starts): checked in one pass before sorting.
 */
function sortLeaves(leaves: Leaf[]): Leaf[] {
  for (let i = 1; i < leaves.length; i++) {
    if (compareLeaves(leaves[i - 1] as Leaf, leaves[i] as Leaf) > 0) return leaves.sort(compareLeaves)
  }
  return leaves
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
  for (const leaf of sortLeaves(node.leaves)) into.push(leaf)
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
  }
  if (node.segment.code) lane.code = node.segment.code
  return lane
}

const sameExtent = (bar: GanttBar, e: Extent): boolean =>
  bar.start === e.start &&
  bar.end === e.end &&
  bar.kind === e.kind &&
  bar.openEnd === e.openEnd &&
  bar.endInferred === e.endInferred &&
  bar.startMissing === e.startMissing &&
  bar.warning === e.warning

/**
 * The item's lane and bar under `node`: those of an earlier layout when it had the item under the
 * same lane (its bar too while the extent is the same), else new ones, remembered. Lanes and bars
 * are never changed once made, so layouts may share them; a filter change then makes few objects.
 */
function itemRow(leaf: Leaf, node: Node): ItemRow {
  let row = leaf.row?.parent === node.id ? leaf.row : undefined
  if (!row) {
    const rows = leaf.rows
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k] as ItemRow
      if (r.parent === node.id) {
        row = r
        break
      }
    }
  }
  if (!row) {
    const id = `${node.id ? `${node.id}/` : ''}i:${leaf.idPart}`
    const lane: GanttLane = {
      id,
      kind: 'item',
      key: leaf.item.id,
      label: leaf.item.title,
      depth: node.depth + 1,
      parent: node.id || null,
      hasChildren: false,
      collapsed: false,
      itemCount: 1,
    }
    row = { parent: node.id, lane, bar: barOf(leaf, id, false), extent: leaf.extent }
    leaf.rows.push(row)
  } else if (row.extent !== leaf.extent) {
    // Extents are never changed: only another object (a moved end) can need another bar.
    if (!sameExtent(row.bar, leaf.extent)) row.bar = barOf(leaf, row.lane.id, false)
    row.extent = leaf.extent
  }
  leaf.row = row
  return row
}

/**
 * The visible lanes and their bars, top to bottom; `collapsed` lanes hide what is below them.
 * `barLanes` holds each bar's lane index. An item's lane and bar are made when first read
 * (`lazyList`): the chart reads the rows in view, so a first layout of 100 000 items no longer
 * makes 200 000 objects the screen never shows.
 */
export function emitLanes(
  root: Node,
  collapsed: ReadonlySet<string>,
): { lanes: GanttLane[]; bars: GanttBar[]; barLanes: number[] } {
  const lanes: (GanttLane | undefined)[] = []
  const bars: (GanttBar | undefined)[] = []
  const barLanes: number[] = []
  /** By lane index, for an item's row: its leaf, its parent lane and its bar's index. */
  const rowLeaves: (Leaf | undefined)[] = []
  const rowNodes: (Node | undefined)[] = []
  const rowBars: number[] = []
  const emit = (node: Node): void => {
    node.children.sort(compareNodes)
    for (const child of node.children) {
      const lane = groupLane(child, collapsed.has(child.id))
      const laneIndex = lanes.push(lane) - 1
      if (!lane.collapsed) {
        emit(child)
        continue
      }
      for (const leaf of collectLeaves(child, [])) {
        bars.push(barOf(leaf, child.id, true))
        barLanes.push(laneIndex)
      }
    }
    for (const leaf of sortLeaves(node.leaves)) {
      const laneIndex = lanes.push(undefined) - 1
      rowLeaves[laneIndex] = leaf
      rowNodes[laneIndex] = node
      rowBars[laneIndex] = bars.push(undefined) - 1
      barLanes.push(laneIndex)
    }
  }
  emit(root)
  /** Makes (or finds, from an earlier layout) the item row on lane `laneIndex`. */
  const fillRow = (laneIndex: number): void => {
    const leaf = rowLeaves[laneIndex]
    const node = rowNodes[laneIndex]
    if (!leaf || !node) return
    const row = itemRow(leaf, node)
    lanes[laneIndex] = row.lane
    bars[rowBars[laneIndex] as number] = row.bar
  }
  return {
    lanes: lazyList(lanes, fillRow),
    bars: lazyList(bars, (b) => fillRow(barLanes[b] as number)),
    barLanes,
  }
}
