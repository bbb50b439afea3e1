/**
 * The lane paths of items: goal → sub-goal → grouping, actor → goal, or phase. One segment object
 * per distinct lane key, made once and reused by every item under it.
 */
import { goalOrPlaceholder } from './aggregate'
import { foldText } from './text'
import type { Goal, RoadmapItem, SubGoal } from './types'
import { PHASES } from './types'
import { validSubGoal } from './gantt-extent'
import type { GanttGroupBy, GanttLabels, GanttLaneKind } from './gantt-types'

/** One level of a lane path: what the lane groups by. Made once per distinct lane key. */
export interface Segment {
  kind: Exclude<GanttLaneKind, 'item'>
  key: string
  label: string
  code?: string
  /** Sorts sibling lanes. */
  order: number | string
  /** `kind:key`, unique among siblings. */
  indexKey: string
  /** This level's part of the lane id. */
  idPart: string
}

type SegmentKind = Segment['kind']

const PREFIX: Record<SegmentKind, string> = {
  goal: 'g',
  'sub-goal': 'sg',
  grouping: 'gr',
  actor: 'a',
  phase: 'p',
}

/** Makes each segment once per kind and key, so equal lanes share one object. */
function segmentCache() {
  const cache: Record<SegmentKind, Map<string, Segment>> = {
    goal: new Map(),
    'sub-goal': new Map(),
    grouping: new Map(),
    actor: new Map(),
    phase: new Map(),
  }
  return (
    kind: SegmentKind,
    key: string,
    make: () => Omit<Segment, 'kind' | 'key' | 'indexKey' | 'idPart'>,
  ) => {
    let seg = cache[kind].get(key)
    if (!seg) {
      const { label, order, code } = make()
      seg = {
        kind,
        key,
        label,
        order,
        indexKey: `${kind}:${key}`,
        idPart: `${PREFIX[kind]}:${encodeURIComponent(key)}`,
      }
      if (code) seg.code = code
      cache[kind].set(key, seg)
    }
    return seg
  }
}

type Segments = ReturnType<typeof segmentCache>

function phasePaths(segment: Segments, labels: GanttLabels): (item: RoadmapItem) => Segment[][] {
  return (item) => {
    const phase = item.phase?.from ?? ''
    const seg = segment('phase', phase, () =>
      phase === ''
        ? { label: labels.noPhase, order: PHASES.length }
        : { label: labels.phases[phase], order: PHASES.indexOf(phase) },
    )
    return [[seg]]
  }
}

function actorPaths(
  segment: Segments,
  goalOf: (item: RoadmapItem) => Segment,
  labels: GanttLabels,
): (item: RoadmapItem) => Segment[][] {
  return (item) => {
    if (item.actorIds.length === 0) {
      return [[segment('actor', '', () => ({ label: labels.noActor, order: '\uffff' })), goalOf(item)]]
    }
    const paths: Segment[][] = []
    item.actorIds.forEach((actorId, i) => {
      if (item.actorIds.indexOf(actorId) !== i) return // a repeated actor gets one row
      const name = item.actors[i] ?? actorId
      const seg = segment('actor', actorId, () => ({ label: name, order: foldText(name) }))
      paths.push([seg, goalOf(item)])
    })
    return paths
  }
}

function goalPaths(
  segment: Segments,
  goalOf: (item: RoadmapItem) => Segment,
  subGoals: ReadonlyMap<string, SubGoal>,
): (item: RoadmapItem) => Segment[][] {
  const subGoalOrder = new Map([...subGoals.keys()].map((id, i) => [id, i]))
  let groupings = 0
  return (item) => {
    const path: Segment[] = [goalOf(item)]
    const sg = validSubGoal(item, subGoals)
    if (sg) {
      const order = subGoalOrder.get(sg.id) ?? 0
      path.push(segment('sub-goal', sg.id, () => ({ label: sg.title, order, code: sg.code })))
    }
    const grouping = item.grouping
    if (grouping) path.push(segment('grouping', grouping, () => ({ label: grouping, order: groupings++ })))
    return [path]
  }
}

/** Makes the lane paths of items, reusing one segment per distinct lane key. */
export function pathMaker(
  groupBy: GanttGroupBy,
  goals: readonly Goal[],
  subGoals: ReadonlyMap<string, SubGoal>,
  labels: GanttLabels,
): (item: RoadmapItem) => Segment[][] {
  const segment = segmentCache()
  const goalOf = (item: RoadmapItem): Segment =>
    segment('goal', String(item.goal), () => ({
      label: goalOrPlaceholder(goals, item.goal).title,
      order: item.goal,
    }))
  if (groupBy === 'phase') return phasePaths(segment, labels)
  if (groupBy === 'actor') return actorPaths(segment, goalOf, labels)
  return goalPaths(segment, goalOf, subGoals)
}

const KIND_RANK: SegmentKind[] = ['goal', 'actor', 'phase', 'sub-goal', 'grouping']

/** Siblings: sub-goal lanes before grouping lanes (items without a sub-goal), then by order. */
export function compareSegments(a: Segment, b: Segment): number {
  const rank = KIND_RANK.indexOf(a.kind) - KIND_RANK.indexOf(b.kind)
  if (rank !== 0) return rank
  const x = a.order
  const y = b.order
  if (typeof x === 'number' && typeof y === 'number') return x - y
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0
}
