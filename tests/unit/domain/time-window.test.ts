import { describe, expect, it } from 'vitest'
import {
  addYears,
  dayMs,
  isIsoDate,
  isoDay,
  openEndEdge,
  panWindow,
  windowShowing,
  zoomLevelWindow,
  zoomWindow,
} from '@/domain/time-window'

const DAY = 86_400_000
const edge = { start: '2021-03-01', end: '2028-12-31' }

describe('time window', () => {
  it.each([
    ['year', { start: '2023-07-01', end: '2029-07-01' }],
    ['half', { start: '2024-07-01', end: '2027-07-01' }],
    ['quarter', { start: '2025-01-01', end: '2026-07-01' }],
    ['month', { start: '2025-04-01', end: '2025-10-01' }],
    ['all', edge],
  ] as const)('opens a %s window around the anchor', (zoom, expected) => {
    expect(zoomLevelWindow(zoom, '2025-07-01', edge)).toEqual(expected)
  })

  it('adds whole months for fractions of a year, across year ends', () => {
    expect(addYears('2024-11-15', 0.25)).toBe('2025-02-15')
    expect(addYears('2024-02-29', -2)).toBe('2022-03-01')
  })

  it('zooms around a centre, within two weeks and sixty years', () => {
    const w = { start: dayMs('2024-01-01'), end: dayMs('2026-01-01') }
    const centre = dayMs('2024-07-01')
    const zoomed = zoomWindow(w, 0.5, centre)
    expect(zoomed.end - zoomed.start).toBe((w.end - w.start) / 2)
    // The centre stays where it was on screen.
    expect((centre - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo(
      (centre - w.start) / (w.end - w.start),
    )
    expect(zoomWindow(w, 0.0001).end - zoomWindow(w, 0.0001).start).toBe(14 * DAY)
    expect(zoomWindow(w, 1000).end - zoomWindow(w, 1000).start).toBe(60 * 365 * DAY)
  })

  it('pans by a share of the width, and moves only when a date is outside', () => {
    const w = { start: dayMs('2024-01-01'), end: dayMs('2025-01-01') }
    expect(isoDay(panWindow(w, -0.5).start)).toBe('2023-07-02')
    expect(windowShowing(w, dayMs('2024-06-01'))).toBe(w)
    const moved = windowShowing(w, dayMs('2027-01-01'))
    expect(moved.end - moved.start).toBe(w.end - w.start)
    expect(moved.start).toBe(dayMs('2027-01-01') - (w.end - w.start) * 0.25)
  })

  it('runs open ends two years past the later of the last stated day and the as-of date', () => {
    const edge = openEndEdge('2026-01-15')
    expect(edge({ start: '2023-01-01', end: '2025-12-31' })).toEqual({
      start: '2023-01-01',
      end: '2028-01-15',
    })
    expect(edge({ start: '2023-01-01', end: '2027-06-30' })).toEqual({
      start: '2023-01-01',
      end: '2029-06-30',
    })
    expect(edge(null)).toEqual({ start: '2026-01-15', end: '2028-01-15' })
  })

  it('knows a real day from a look-alike', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('9999-99-99')).toBe(false)
    expect(isIsoDate('2024-2-9')).toBe(false)
  })
})
