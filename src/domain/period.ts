/**
 * Reads the period and date notations of the source documents and their spreadsheets.
 *
 * Accepted (exactly what tests/unit/domain/period.test.ts checks):
 * - empty or blank: no dates
 * - year: `2024`
 * - year range: `2021 - 2025`, `2023 – 2026` (en dash), `2023-2025`, `2023—2025`
 * - open end: `2024 →`, `2022 →`, `2024 ->`, `2023 -`, `2024 -`, `2024 –`
 * - quarter: `Q3 2025`, `3. kvartal 2025`, `3. kv. 2025`, `K3 2025`
 * - half-year: `H2 2026`, `2. halvår 2026`
 * - month: `juli 2026`, `jul. 2026`, `July 2026`, `07.2026`, `2026-07`
 * - day: `01.07.2026`, `1.7.2026`, `2026-07-01`
 * - any two of these joined by `-`, `–`, `—`, `→`, `til` or `to`: `Q3 2025 – Q2 2026`
 *
 * Rejected, with a message: unreadable text, dates that do not exist (`31.02.2025`),
 * quarters outside 1–4, half-years outside 1–2, years outside 1900–2100.
 * End before start is accepted here; validation warns about it.
 */
import { msg, type IssueMessage } from './import-issue'
import type { DatePoint, DatePrecision, Period } from './types'

export type PeriodErrorCode =
  | 'period-unreadable'
  | 'date-invalid'
  | 'year-out-of-range'
  | 'quarter-invalid'
  | 'half-invalid'
  | 'date-unreadable'

export interface PeriodError {
  code: PeriodErrorCode
  message: IssueMessage
}

/** Parsing can fail with a reason the user must see, so the result carries it. */
export type PeriodResult = { ok: true; value: Period } | { ok: false; error: PeriodError }

export type PointResult = { ok: true; value: DatePoint } | { ok: false; error: PeriodError } | null

const MIN_YEAR = 1900
const MAX_YEAR = 2100

// prettier-ignore
const MONTHS: Record<string, number> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
}

const OPEN_END = /^(.*?)\s*(?:→|->|[-–—])\s*$/
const SEPARATOR = /\s*(?:→|->|[-–—]|\btil\b|\bto\b)\s*/g

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

function point(year: number, month: number, day: number, precision: DatePrecision): DatePoint {
  return { date: iso(year, month, day), precision }
}

function fail(code: PeriodErrorCode, message: IssueMessage): { ok: false; error: PeriodError } {
  return { ok: false, error: { code, message } }
}

function checkYear(year: number, text: string): { ok: false; error: PeriodError } | null {
  if (year >= MIN_YEAR && year <= MAX_YEAR) return null
  return fail('year-out-of-range', msg('period.yearOutOfRange', { text, min: MIN_YEAR, max: MAX_YEAR }))
}

function dayPoint(year: number, month: number, day: number, text: string): PointResult {
  const yearError = checkYear(year, text)
  if (yearError) return yearError
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return fail('date-invalid', msg('period.dateInvalid', { text }))
  }
  return { ok: true, value: point(year, month, day, 'day') }
}

function monthPoint(year: number, month: number, text: string): PointResult {
  const yearError = checkYear(year, text)
  if (yearError) return yearError
  if (month < 1 || month > 12) {
    return fail('date-invalid', msg('period.monthInvalid', { text }))
  }
  return { ok: true, value: point(year, month, 1, 'month') }
}

function quarterPoint(quarter: number, year: number, text: string): PointResult {
  if (quarter < 1 || quarter > 4) {
    return fail('quarter-invalid', msg('period.quarterInvalid', { text }))
  }
  return checkYear(year, text) ?? { ok: true, value: point(year, (quarter - 1) * 3 + 1, 1, 'quarter') }
}

function halfPoint(half: number, year: number, text: string): PointResult {
  if (half < 1 || half > 2) {
    return fail('half-invalid', msg('period.halfInvalid', { text }))
  }
  return checkYear(year, text) ?? { ok: true, value: point(year, half === 1 ? 1 : 7, 1, 'half') }
}

/** Reads one point in time; `null` when the text is not a date notation at all. */
export function parseDatePoint(raw: string): PointResult {
  const text = raw.trim()
  const lower = text.toLowerCase()
  let m: RegExpMatchArray | null
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1])
    return checkYear(year, text) ?? { ok: true, value: point(year, 1, 1, 'year') }
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)))
    return dayPoint(Number(m[1]), Number(m[2]), Number(m[3]), text)
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)))
    return dayPoint(Number(m[3]), Number(m[2]), Number(m[1]), text)
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return monthPoint(Number(m[1]), Number(m[2]), text)
  if ((m = /^(\d{1,2})\.(\d{4})$/.exec(text))) return monthPoint(Number(m[2]), Number(m[1]), text)
  if ((m = /^([a-zæøå]+)\.?\s+(\d{4})$/.exec(lower)) && m[1] && MONTHS[m[1]] !== undefined) {
    return monthPoint(Number(m[2]), MONTHS[m[1]] ?? 0, text)
  }
  if ((m = /^[qk]\s?(\d)\s+(\d{4})$/.exec(lower))) return quarterPoint(Number(m[1]), Number(m[2]), text)
  if ((m = /^(\d)\.\s*(?:kvartal|kv\.?)\s+(\d{4})$/.exec(lower)))
    return quarterPoint(Number(m[1]), Number(m[2]), text)
  if ((m = /^h\s?(\d)\s+(\d{4})$/.exec(lower))) return halfPoint(Number(m[1]), Number(m[2]), text)
  if ((m = /^(\d)\.\s*halvår\s+(\d{4})$/.exec(lower))) return halfPoint(Number(m[1]), Number(m[2]), text)
  return null
}

function unreadable(text: string): { ok: false; error: PeriodError } {
  return fail('period-unreadable', msg('period.unreadable', { text }))
}

/** Reads a period cell ("Totalperiode", "Periode") into start, end and open end. */
export function parsePeriod(raw: string | null | undefined): PeriodResult {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim()
  if (text === '') return { ok: true, value: { openEnded: false } }

  const single = parseDatePoint(text)
  if (single)
    return single.ok
      ? { ok: true, value: { start: single.value, end: single.value, openEnded: false } }
      : single

  const open = OPEN_END.exec(text)
  if (open?.[1]) {
    const start = parseDatePoint(open[1])
    if (start) return start.ok ? { ok: true, value: { start: start.value, openEnded: true } } : start
  }

  // Try each separator position: ISO dates contain '-' themselves, so the first split is not always right.
  let firstError: { ok: false; error: PeriodError } | null = null
  for (const sep of text.matchAll(SEPARATOR)) {
    const left = parseDatePoint(text.slice(0, sep.index))
    const right = parseDatePoint(text.slice(sep.index + sep[0].length))
    if (!left || !right) continue
    if (!left.ok || !right.ok) {
      firstError ??= !left.ok ? left : (right as { ok: false; error: PeriodError })
      continue
    }
    return { ok: true, value: { start: left.value, end: right.value, openEnded: false } }
  }
  return firstError ?? unreadable(text)
}

/** The last day (ISO) a point covers, given its precision. */
export function lastDayOf(point: DatePoint): string {
  return remembered(lastDays, point, computeLastDay)
}

/**
 * Per precision, date → text: datasets name few distinct dates, and the timeline, the year
 * filter and the year plan ask about them for each of 100 000 items (a Date each time took
 * seconds). By precision and date, so no key is built and nothing is kept per item.
 */
type PointTexts = Partial<Record<DatePrecision, Map<string, string>>>

function remembered(texts: PointTexts, point: DatePoint, compute: (point: DatePoint) => string): string {
  let byDate = texts[point.precision]
  if (!byDate) {
    byDate = new Map()
    texts[point.precision] = byDate
  }
  let text = byDate.get(point.date)
  if (text === undefined) {
    text = compute(point)
    // The bound only guards against a pathological file.
    if (byDate.size > 50_000) byDate.clear()
    byDate.set(point.date, text)
  }
  return text
}

const lastDays: PointTexts = {}

function computeLastDay(point: DatePoint): string {
  const [y, m, d] = point.date.split('-').map(Number) as [number, number, number]
  const monthsCovered = { day: 0, month: 1, quarter: 3, half: 6, year: 12 }[point.precision]
  if (monthsCovered === 0) return iso(y, m, d)
  const end = new Date(Date.UTC(y, m - 1 + monthsCovered, 0))
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate())
}

/** True when the period's end lies before its start. */
export function isEndBeforeStart(period: Period): boolean {
  return period.start !== undefined && period.end !== undefined && lastDayOf(period.end) < period.start.date
}

/** True when the period has a start and touches the given calendar year (open ends run on). */
export function overlapsYear(period: Period, year: number): boolean {
  if (!period.start) return false
  const startYear = Number(period.start.date.slice(0, 4))
  if (startYear > year) return false
  if (!period.end) return period.openEnded || startYear === year
  // A point's last day is never before its first: only an end that starts before the year needs
  // its last day worked out (asked for 100 000 items by the year filter and the year plan).
  return Number(period.end.date.slice(0, 4)) >= year || Number(lastDayOf(period.end).slice(0, 4)) >= year
}

/** Year of the start, or undefined. */
export function startYearOf(period: Period): number | undefined {
  return period.start ? Number(period.start.date.slice(0, 4)) : undefined
}

/** A point as the sources write it: `01.07.2026`, `07.2026`, `Q3 2025`, `H2 2026`, `2026`. */
export function formatDatePoint(point: DatePoint): string {
  return remembered(pointTexts, point, computePointText)
}

const pointTexts: PointTexts = {}

function computePointText(point: DatePoint): string {
  const [y, m, d] = point.date.split('-')
  const month = Number(m)
  switch (point.precision) {
    case 'day':
      return `${d}.${m}.${y}`
    case 'month':
      return `${m}.${y}`
    case 'quarter':
      return `Q${Math.floor((month - 1) / 3) + 1} ${y}`
    case 'half':
      return `H${month <= 6 ? 1 : 2} ${y}`
    case 'year':
      return `${y}`
  }
}

/** A period for display: `2023 – 2025`, `2024 →`, `Q3 2025`; empty when there are no dates. */
export function formatPeriod(period: Period): string {
  const start = period.start ? formatDatePoint(period.start) : ''
  const end = period.end ? formatDatePoint(period.end) : ''
  if (start && end) return start === end ? start : `${start} – ${end}`
  if (start) return period.openEnded ? `${start} →` : start
  if (end) return `– ${end}`
  return ''
}

/** A dataset's as-of date or version as a day: `2023-05` → `2023-05-01`, `2024` → `2024-01-01`; null if not a date. */
export function asOfDay(asOf: string | undefined): string | null {
  const text = asOf?.trim() ?? ''
  const day = /^\d{4}$/.test(text) ? `${text}-01-01` : /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? day : null
}
