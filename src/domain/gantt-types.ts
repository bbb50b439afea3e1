/** The timeline's lanes and bars as plain data: the types `buildGanttLayout` returns. */
import type { DateWindow } from './time-window'
import type { GoalNumber, Phase, PlanningStatus, RoadmapItem } from './types'

/** How much time the timeline shows at once. */
export type GanttZoom = 'year' | 'half' | 'quarter' | 'month' | 'all'

export type GanttGroupBy = 'goal' | 'actor' | 'phase'

export type GanttLaneKind = 'goal' | 'sub-goal' | 'grouping' | 'actor' | 'phase' | 'item'

/** Texts of lanes that have no text in the data; the view passes them from the i18n catalogs. */
export interface GanttLabels {
  phases: Record<Phase, string>
  noActor: string
  noPhase: string
  /** A goal the loaded strategy does not name (no strategy loaded): «Mål 2». */
  goal: (n: GoalNumber) => string
}

export interface GanttOptions {
  groupBy: GanttGroupBy
  /** Ids of the lanes the user has collapsed. */
  collapsed: ReadonlySet<string>
  /**
   * ISO dates of the visible range's edges. Open and unknown ends run to `edge.end`; `edge.start`
   * changes nothing today (a missing start is never stretched to the left edge). Or the edges as
   * a function of what the shown items state (`GanttLayout.extent`): the layout works that out
   * in its first pass, so a view whose edge follows the items needs no pass of its own.
   */
  edge: DateWindow | ((stated: DateWindow | null) => DateWindow)
  labels: GanttLabels
}

/** One row of the chart. */
export interface GanttLane {
  /** Path-like and stable between layouts (`g:2/sg:<id>/gr:<title>/i:<itemId>`): use it in `collapsed`. */
  id: string
  kind: GanttLaneKind
  /** Goal number, sub-goal id, grouping title, actor id, phase or item id; `''` for "none given". */
  key: string
  label: string
  /** Sub-goal code such as `2D`, when there is one. */
  code?: string
  depth: number
  parent: string | null
  /** True for group lanes (they always hold something); false for item lanes. */
  hasChildren: boolean
  collapsed: boolean
  /**
   * Dated items on this lane and below it (an item with two actors counts under each). Which
   * are drawn on its row: the bars whose `barLanes` entry is its index.
   */
  itemCount: number
}

export type GanttBarKind = 'bar' | 'point' | 'milestone'

/** One item drawn on one lane. Dates are ISO, both inclusive. */
export interface GanttBar {
  itemId: string
  laneId: string
  title: string
  kind: GanttBarKind
  start: string
  end: string
  /** The period as the sources write it (`2023 – 2025`, `2024 →`, `Q1 2022`). */
  periodText: string
  /** The source marks the period as running on; the bar stops at the right edge. */
  openEnd: boolean
  /** No end given; the end is the next item's start or the right edge ("sluttdato ikke oppgitt"). */
  endInferred: boolean
  /**
   * The last day the source states (ISO, inclusive): `end`, except for an inferred end, where it is
   * the last day of the start as written (a start of `2024` is stated through 2024, a start of
   * `01.03.2024` only that day). The chart fades the bar out past it.
   */
  statedEnd: string
  /** Only an end is given; the point stands at the end. */
  startMissing: boolean
  /** End before start: drawn as a point at the start. */
  warning: boolean
  /** Every phase of the item's span, in value-chain order (empty without a phase). */
  phases: Phase[]
  status: PlanningStatus | null
  /** The source marks the item with "?". */
  uncertain: boolean
  /** Drawn on a collapsed ancestor's row instead of its own. */
  rolledUp: boolean
}

export interface GanttLayout {
  /** Visible lanes, top to bottom. */
  lanes: GanttLane[]
  bars: GanttBar[]
  /** The lane index of each bar, in bar order (bars are in lane order). */
  barLanes?: number[]
  /** Items without any date, in input order: listed apart, never placed on the axis. */
  undated: RoadmapItem[]
  /** First and last day the items state (open and inferred ends left out); null if none is dated. */
  extent: DateWindow | null
  /** The edges the layout ran open and unknown ends to (`GanttOptions.edge`, worked out). */
  edge: DateWindow
  /**
   * The first start and the last end of `bars` ('' without bars), worked out while laying out:
   * the chart's time axis spans them without reading every bar again. It names the list it was
   * worked out for, so a copy of the layout with other bars is not taken at its word.
   */
  barSpan?: { bars: readonly GanttBar[]; start: string; end: string }
  /**
   * The first row of an item (-1 when it has none), found from what the layout holds without
   * making the rows `lanes` makes on first read. Like `barSpan`, it names the list it answers for.
   */
  itemRow?: { lanes: readonly GanttLane[]; find: (itemId: string) => number }
}

/** One row of the table alternative: a lane, with its item's period and phases. */
export interface GanttTableRow {
  laneId: string
  kind: GanttLaneKind
  depth: number
  label: string
  code?: string
  collapsed: boolean
  itemCount: number
  /** Empty for group rows. */
  periodText: string
  /** Empty for group rows. */
  phases: Phase[]
  /** The item's bar on an item row; null on group rows. */
  bar: GanttBar | null
}
