/**
 * The timeline's date arithmetic, pure: which window a zoom level opens around a date, and how
 * zooming, panning and keeping a bar in view move it. Windows in milliseconds (UTC midnight based).
 */
import type { GanttZoom } from './gantt-types'

/** A time range in milliseconds since the epoch, `start` before `end`. */
export interface TimeWindow {
  start: number
  end: number
}

/** A time range as ISO dates, both days included. */
export interface DateWindow {
  start: string
  end: string
}

export const DAY_MS = 86_400_000
/** The narrowest and widest window zooming reaches: two weeks, sixty years. */
const MIN_SPAN = 14 * DAY_MS
const MAX_SPAN = 60 * 365 * DAY_MS

/** Midnight UTC of an ISO date, in milliseconds. */
export function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`)
}

/** The ISO date of an instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** True for a real `YYYY-MM-DD` date. */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
}

/** `iso` moved by `years` (fractions in whole months: 0.25 → 3 months). */
export function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + Math.round(years * 12))
  return d.toISOString().slice(0, 10)
}

/**
 * Where open and unknown ends run to, given what the shown items state (first start, last stated
 * end; null when none is dated): two years past the later of that end and the as-of date. The
 * timeline and its slides pass it to the layout, which works the extent out in its first pass.
 */
export function openEndEdge(asOf: string): (stated: DateWindow | null) => DateWindow {
  return (stated) => {
    const latest = stated && stated.end > asOf ? stated.end : asOf
    return { start: stated?.start ?? asOf, end: addYears(latest, 2) }
  }
}

/** Years before and after the anchor that each zoom level shows. */
const ZOOM_SPANS: Record<Exclude<GanttZoom, 'all'>, [number, number]> = {
  year: [-2, 4],
  half: [-1, 2],
  quarter: [-0.5, 1],
  month: [-0.25, 0.25],
}

/** The window a zoom level opens around `anchor`; `all` is the whole `edge`. */
export function zoomLevelWindow(zoom: GanttZoom, anchor: string, edge: DateWindow): DateWindow {
  if (zoom === 'all') return { start: edge.start, end: edge.end }
  const [before, after] = ZOOM_SPANS[zoom]
  return { start: addYears(anchor, before), end: addYears(anchor, after) }
}

/** `window` zoomed by `factor` (< 1 in, > 1 out) around `centre` (default the middle), within limits. */
export function zoomWindow(window: TimeWindow, factor: number, centre?: number): TimeWindow {
  const { start, end } = window
  const middle = centre ?? (start + end) / 2
  const span = Math.max(MIN_SPAN, Math.min(MAX_SPAN, (end - start) * factor))
  const share = (middle - start) / (end - start || 1)
  return { start: middle - span * share, end: middle + span * (1 - share) }
}

/** `window` moved by `fraction` of its width (negative: earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction
  return { start: window.start + shift, end: window.end + shift }
}

/** `window` itself when `at` is inside it, else a window as wide with `at` a quarter in. */
export function windowShowing(window: TimeWindow, at: number): TimeWindow {
  if (at >= window.start && at <= window.end) return window
  const span = window.end - window.start
  return { start: at - span * 0.25, end: at + span * 0.75 }
}
