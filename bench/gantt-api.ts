/**
 * What the timeline bench page (bench/gantt-main.ts) puts on `window` for scripts/bench.ts.
 * Types only, shared by both sides.
 */

/** One filter change on an app chart: the view's own filter, layout and option builders, then ECharts. */
export interface GanttAppRun {
  /** From the filter change until ECharts' `finished` event (the ratio's numerator). */
  ms: number
  /** Of `ms`: `filterItems`, `statedExtent` and `buildGanttLayout` (group by goal, nothing collapsed). */
  layoutMs: number
  /** Of `ms`: `buildGanttData` and `buildGanttOption`. */
  optionMs: number
  /** Of `ms`: from `setOption` to `finished`. */
  drawMs: number
  bars: number
  lanes: number
}

/** One baseline chart: same axes and rows, one bare rectangle per row. */
export interface GanttBaselineRun {
  /** From just before `setOption` until `finished`. */
  ms: number
  bars: number
}

/** Zooming (one `dataZoom` action a frame) or scrolling (one viewport patch a frame) an app chart. */
export interface GanttFramesRun {
  /** Intervals between consecutive animation frames, in order. */
  framesMs: number[]
}

/** `countFacets` and `filterItems` as the Explore view calls them, with one goal and a text. */
export interface FacetRun {
  /** Text search cache warm (as after the first count): what each change of the filter costs. */
  countMs: number
  filterMs: number
  /** On fresh item objects, so every item's search text is folded first: the first count. */
  coldCountMs: number
  matchedItems: number
}

declare global {
  interface Window {
    /** True once the timeline bench page's module has run. */
    ganttReady?: boolean
    /** Imports a generated export through `importFile` and keeps its items; returns their count. */
    loadGanttItems(size: number, url: string): Promise<number>
    runGanttApp(size: number): Promise<GanttAppRun>
    runGanttBaseline(size: number): Promise<GanttBaselineRun>
    runGanttZoom(size: number, steps: number): Promise<GanttFramesRun>
    runGanttScroll(size: number, steps: number): Promise<GanttFramesRun>
    runFacets(size: number): FacetRun
  }
}
