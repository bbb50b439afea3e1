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

/**
 * A lane of the tree; `positions` are the items drawn on lanes of their own right under it, as
 * positions in the prepared date order (numbers: a layout pushes 100 000 of them per keystroke).
 */
export type LaneNode = Node

/** The leaves of one layout, by position in the prepared date order (gantt-prepared). */
export interface LeafOrder {
  /** The leaf at a position, with the end of this layout. */
  leafAt: (k: number) => Leaf
  /** By position: the rank of the start (equal starts, equal ranks; never falls with position). */
  startRanks: Int32Array
  /** By position: 0 when no layout moves the end (the date order has it as prepared). */
  variable: Uint8Array
  /** The end of the leaf at a position, from flat arrays: a check of order reads no leaf. */
  endAt: (k: number) => string
  /** By position: the item's index, the last tie-break (`Leaf.index`). */
  indexes: Int32Array
}

interface Node {
  id: string
  segment: Segment
  depth: number
  parent: string | null
  up: Node | null
  children: Node[]
  childIndex: Map<string, Node>
  positions: number[]
  count: number
}

function newNode(id: string, segment: Segment, depth: number, up: Node | null): Node {
  const parent = up?.id || null
  return { id, segment, depth, parent, up, children: [], childIndex: new Map(), positions: [], count: 0 }
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
 * asked for in), and one more item counted on each: put the item's position in its `positions`.
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
 * Writes the leaves of `node` into `into` from `at` on, in bar order, and returns where they end.
 * Its positions are pushed in the prepared date order, so the leaves are in bar order already but
 * where a moved end reorders a run of equal starts: only such a run is compared, and sorted.
 */
function placeLeaves(node: Node, order: LeafOrder, into: (Leaf | undefined)[], at: number): number {
  const { positions } = node
  const { startRanks, variable, endAt, indexes } = order
  let to = at
  let runFrom = at
  let runSorted = true
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i] as number
    const leaf = order.leafAt(k)
    if (i > 0) {
      const before = positions[i - 1] as number
      if (startRanks[before] !== startRanks[k]) {
        if (!runSorted) sortRange(into, runFrom, to)
        runFrom = to
        runSorted = true
      } else if (runSorted && (variable[before] !== 0 || variable[k] !== 0)) {
        // As compareLeaves, with the starts equal.
        const a = endAt(before)
        const b = endAt(k)
        runSorted = a < b || (a === b && (indexes[before] as number) < (indexes[k] as number))
      }
    }
    into[to++] = leaf
  }
  if (!runSorted) sortRange(into, runFrom, to)
  return to
}

/** Sorts `leaves[from..to)` in bar order, in place. */
function sortRange(leaves: (Leaf | undefined)[], from: number, to: number): void {
  const part = (leaves.slice(from, to) as Leaf[]).sort(compareLeaves)
  for (let i = 0; i < part.length; i++) leaves[from + i] = part[i]
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

function collectLeaves(node: Node, order: LeafOrder, into: Leaf[]): Leaf[] {
  node.children.sort(compareNodes)
  for (const child of node.children) collectLeaves(child, order, into)
  placeLeaves(node, order, into, into.length)
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
    // Encoded here, for the rows made: preparing 100 000 items encoded every id (~40 ms in Node).
    const id = `${node.id ? `${node.id}/` : ''}i:${encodeURIComponent(leaf.item.id)}`
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
  order: LeafOrder,
): {
  lanes: GanttLane[]
  bars: GanttBar[]
  barLanes: number[]
  findItemRow: (itemId: string) => number
} {
  // Sized once, trimmed at the end: pushing 100 000 entries onto six growing lists was a third
  // of a keystroke's layout.
  const room = roomFor(root)
  // Undefined, not holes: array methods skip holes (see lazyList).
  const lanes = new Array<GanttLane | undefined>(room.lanes).fill(undefined)
  const bars = new Array<GanttBar | undefined>(room.bars).fill(undefined)
  const barLanes = new Array<number>(room.bars)
  /** By lane index, for an item's row: its leaf, its parent lane and its bar's index. */
  const rowLeaves = new Array<Leaf | undefined>(room.lanes)
  const rowNodes = new Array<Node | undefined>(room.lanes)
  const rowBars = new Int32Array(room.lanes)
  let laneCount = 0
  let barCount = 0
  const emit = (node: Node): void => {
    node.children.sort(compareNodes)
    for (const child of node.children) {
      const lane = groupLane(child, collapsed.has(child.id))
      const laneIndex = laneCount++
      lanes[laneIndex] = lane
      if (!lane.collapsed) {
        emit(child)
        continue
      }
      for (const leaf of collectLeaves(child, order, [])) {
        bars[barCount] = barOf(leaf, child.id, true)
        barLanes[barCount++] = laneIndex
      }
    }
    const to = placeLeaves(node, order, rowLeaves, laneCount)
    for (; laneCount < to; laneCount++) {
      rowNodes[laneCount] = node
      rowBars[laneCount] = barCount
      barLanes[barCount++] = laneCount
    }
  }
  emit(root)
  lanes.length = laneCount
  bars.length = barCount
  barLanes.length = barCount
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
    findItemRow: (itemId) => {
      // Item rows are the lanes with a leaf; rolled-up bars have none.
      for (let i = 0; i < laneCount; i++) if (rowLeaves[i]?.item.id === itemId) return i
      return -1
    },
  }
}

/** At most how many lanes and bars the tree emits: a lane per node and per placed item, a bar per placed item. */
function roomFor(root: Node): { lanes: number; bars: number } {
  let nodes = 0
  let placed = 0
  const walk = (node: Node): void => {
    nodes++
    placed += node.positions.length
    for (const child of node.children) walk(child)
  }
  walk(root)
  return { lanes: nodes + placed, bars: placed }
}
