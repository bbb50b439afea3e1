/**
 * Drawing one bar of the timeline as ECharts graphic elements: shared by the interactive chart,
 * the static chart and the static legend, so a mark looks the same in all three.
 */
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts'
import type { GanttBar } from '@/domain/gantt-layout'
import type { Phase } from '@/domain/types'
import { FONT_FAMILY, INK, INK_MUTED, MISSING_COLOUR, mixColour, PAPER, STACK_COLOURS } from './palette'

/** The as-of line and the end-before-start warning. */
export const GANTT_RED = '#a30000'
/** Pixels beyond the plotting area that a point, diamond or arrow may still reach into. */
const CULL_MARGIN = 16
/** Length of an open end's arrow head. */
const ARROW = 8

/** A graphic element of a custom series. */
export type El = Record<string, unknown> & { type: string }

/** Diagonal hatching of tentative bars, over the fill. */
const TENTATIVE_DECAL = {
  symbol: 'rect',
  color: 'rgba(27, 31, 36, 0.5)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
}
/** Dots of bars without a phase. */
const NO_PHASE_DECAL = {
  symbol: 'circle',
  symbolSize: 0.7,
  color: 'rgba(27, 31, 36, 0.55)',
  backgroundColor: 'rgba(0, 0, 0, 0)',
  dashArrayX: [[2, 3]],
  dashArrayY: [2, 2],
}
const TRANSPARENT = 'rgba(0, 0, 0, 0)'

/** The hatching and the dots a bar is drawn with. */
export interface BarDecals {
  tentative: object
  noPhase: object
}
const PLAIN_DECALS: BarDecals = { tentative: TENTATIVE_DECAL, noPhase: NO_PHASE_DECAL }

/**
 * A copy of `decal` that stays clean. ECharts' custom series marks each element's decal dirty,
 * and draws a new pattern canvas for a dirty one: one per hatched or dotted bar on every redraw
 * (about 45 ms of a tile of 260 rows at 100 000 items). A clean decal keeps its pattern (ECharts
 * keeps one per decal object, made for one renderer and pixel ratio), so only a chart that always
 * draws on one canvas at the screen's ratio may use these: the interactive one.
 */
function keptDecal(decal: object): object {
  return Object.defineProperty({ ...decal }, 'dirty', { get: () => false, set: () => undefined })
}
/** The decals of the interactive chart: see `keptDecal`. */
export const KEPT_DECALS: BarDecals = {
  tentative: keptDecal(TENTATIVE_DECAL),
  noPhase: keptDecal(NO_PHASE_DECAL),
}

/** The colour of a phase, or the pale "missing" grey for items without a phase. */
export function phaseColour(phase: Phase | undefined): string {
  return phase ? STACK_COLOURS[phase] : MISSING_COLOUR
}

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

/** Where a bar stands, in pixels. */
export interface Geometry {
  x0: number
  x1: number
  /** Where the stated part ends (`x1` unless the end is inferred). */
  xStated: number
  yMid: number
  /** Height of the lane band. */
  band: number
  /** Visible plotting area, for clipping. */
  left: number
  right: number
  /** Default: new patterns on every draw, right for any renderer and pixel ratio. */
  decals?: BarDecals
}

/** The outline of a status: solid for planned, dashed for tentative, none without a status. */
function outlineOf(bar: GanttBar): Record<string, unknown> {
  return bar.status === null
    ? { stroke: 'none' }
    : { stroke: INK, lineWidth: 1, lineDash: bar.status === 'tentative' ? [4, 3] : undefined }
}

/** A point: grey for an end without a start, red with «!» for an end before the start. */
function drawPoint(bar: GanttBar, { x0, yMid }: Geometry): El {
  const children: El[] = [
    {
      type: 'circle',
      shape: { cx: x0, cy: yMid, r: 5 },
      style: { fill: bar.warning ? GANTT_RED : INK_MUTED, stroke: PAPER, lineWidth: 1 },
    },
  ]
  if (bar.warning)
    children.push({
      type: 'text',
      style: { text: '!', x: x0 + 7, y: yMid - 7, fill: GANTT_RED, font: `bold 12px ${FONT_FAMILY}` },
    })
  return { type: 'group', children }
}

/** A diamond in the middle of the milestone's window. */
function drawMilestone(bar: GanttBar, { x0, x1, yMid, decals = PLAIN_DECALS }: Geometry, h: number): El {
  const tentative = bar.status === 'tentative'
  const r = Math.min(8, h / 1.4)
  const cx = (x0 + x1) / 2
  const phase = bar.phases[0]
  return {
    type: 'polygon',
    shape: {
      points: [
        [cx, yMid - r],
        [cx + r, yMid],
        [cx, yMid + r],
        [cx - r, yMid],
      ],
    },
    style: {
      fill: tentative ? mixColour(phaseColour(phase), PAPER, 0.45) : phaseColour(phase),
      ...(bar.status === null ? { stroke: INK_MUTED, lineWidth: 0.5 } : outlineOf(bar)),
      ...(tentative ? { decal: decals.tentative } : phase ? {} : { decal: decals.noPhase }),
    },
  }
}

/** The visible part of a span: clipped edges, where the stated part ends, whether it fades. */
interface Span {
  left: number
  right: number
  y: number
  h: number
  stated: number
  fading: boolean
}

/** One gradient over the whole inferred part, whatever segment it crosses. */
function fadeFill(colour: string, stated: number, x1: number) {
  return {
    type: 'linear',
    global: true,
    x: stated,
    y: 0,
    x2: x1,
    y2: 0,
    colorStops: [
      { offset: 0, color: rgba(colour, 0.95) },
      { offset: 1, color: rgba(colour, 0.06) },
    ],
  }
}

/** One rectangle per phase (solid, then fading past the stated end); segments divide the whole bar. */
function phaseSegments(bar: GanttBar, { x0, x1, decals = PLAIN_DECALS }: Geometry, span: Span): El[] {
  const { left, right, y, h, stated, fading } = span
  const tentative = bar.status === 'tentative'
  const phases = bar.phases.length > 0 ? bar.phases : [undefined]
  // Each segment is clipped after dividing, so zooming keeps phase boundaries.
  const segment = (x1 - x0) / phases.length
  const children: El[] = []
  phases.forEach((phase, k) => {
    const from = Math.max(left, x0 + k * segment)
    const to = Math.min(right, x0 + (k + 1) * segment)
    if (to <= from) return
    const base = phaseColour(phase)
    const colour = tentative ? mixColour(base, PAPER, 0.45) : base
    const decal = phase ? undefined : decals.noPhase
    const solidTo = fading ? Math.min(to, stated) : to
    if (solidTo > from)
      children.push({
        type: 'rect',
        shape: { x: from, y, width: solidTo - from, height: h },
        style: { fill: colour, ...(decal ? { decal } : {}) },
      })
    if (fading && to > Math.max(from, stated)) {
      const fadeFrom = Math.max(from, stated)
      children.push({
        type: 'rect',
        shape: { x: fadeFrom, y, width: to - fadeFrom, height: h },
        style: { fill: fadeFill(colour, stated, x1), ...(decal ? { decal } : {}) },
      })
    }
  })
  return children
}

/** Hatching, outline, dotted edges of an inferred end and the arrow of an open end. */
function spanDecorations(bar: GanttBar, g: Geometry, span: Span): El[] {
  const { left, right, y, h, stated, fading } = span
  const children: El[] = []
  if (bar.status === 'tentative')
    children.push({
      type: 'rect',
      shape: { x: left, y, width: right - left, height: h },
      style: { fill: TRANSPARENT, decal: (g.decals ?? PLAIN_DECALS).tentative },
    })
  const outlineRight = fading ? Math.max(left, stated) : right
  if (bar.status !== null && outlineRight > left)
    children.push({
      type: 'rect',
      shape: { x: left, y, width: outlineRight - left, height: h },
      style: { fill: 'none', ...outlineOf(bar) },
    })
  if (fading) {
    // The inferred part: a dotted top and bottom edge, open at the end.
    for (const edgeY of [y, y + h])
      children.push({
        type: 'line',
        shape: { x1: Math.max(left, stated), y1: edgeY, x2: right, y2: edgeY },
        style: { stroke: INK_MUTED, lineWidth: 1, lineDash: [1, 3] },
      })
  }
  if (bar.openEnd && g.x1 <= g.right + 1) {
    // The arrow follows the end, or ends on the plot's edge where an open end usually runs to:
    // the series is clipped to the plot, so an arrow beyond it would never show.
    const tip = Math.min(right + ARROW, g.right)
    children.push({
      type: 'polygon',
      shape: {
        points: [
          [tip - ARROW, y - 2],
          [tip, g.yMid],
          [tip - ARROW, y + h + 2],
        ],
      },
      style: { fill: INK },
    })
  }
  return children
}

/** The elements of one bar, or null when nothing of it is visible. */
export function drawBar(bar: GanttBar, g: Geometry): El | null {
  const h = Math.max(6, g.band * (bar.rolledUp ? 0.3 : 0.55))
  if (bar.kind === 'point') return drawPoint(bar, g)
  if (bar.kind === 'milestone') return drawMilestone(bar, g, h)
  // Clip to the plotting area so a zoomed-in view does not draw over the axis.
  const left = Math.max(g.x0, g.left)
  const right = Math.min(g.x1, g.right)
  if (right <= left) return null
  const stated = Math.min(Math.max(g.xStated, g.x0), g.x1)
  const span: Span = { left, right, y: g.yMid - h / 2, h, stated, fading: bar.endInferred && stated < right }
  return { type: 'group', children: [...phaseSegments(bar, g, span), ...spanDecorations(bar, g, span)] }
}

/**
 * A renderItem over `bars` for rows `[lane, start, end, bar index, stated end]`. `laneShift`: what
 * to add to a lane index to get its y value (0.5 on the interactive chart's value axis, where
 * row borders fall on whole numbers; 0 on a category axis); `decals`: `KEPT_DECALS` on the
 * interactive chart only.
 */
export function barRenderer(
  bars: readonly GanttBar[],
  rowHeight: number,
  laneShift = 0,
  decals: BarDecals = PLAIN_DECALS,
) {
  return (
    params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    const area = params.coordSys as unknown as { x: number; y: number; width: number; height: number }
    const lane = (api.value(0) as number) + laneShift
    const [x0, yMid] = api.coord([api.value(1), lane]) as [number, number]
    // Negated so that NaN is culled too.
    if (!(yMid >= area.y - rowHeight && yMid <= area.y + area.height + rowHeight)) return null
    const [x1] = api.coord([api.value(2), lane]) as [number, number]
    if (!(x1 >= area.x - CULL_MARGIN && x0 <= area.x + area.width + CULL_MARGIN)) return null
    const bar = bars[api.value(3) as number]
    if (!bar) return null
    const [xStated] = bar.endInferred ? (api.coord([api.value(4), lane]) as [number, number]) : [x1]
    return drawBar(bar, {
      x0,
      x1,
      xStated,
      yMid,
      band: rowHeight,
      left: area.x,
      right: area.x + area.width,
      decals,
    }) as CustomSeriesRenderItemReturn
  }
}
