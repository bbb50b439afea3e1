import { describe, expect, it } from 'vitest'
import { parseDateCell } from '@/domain/date-cell'

describe('parseDateCell', () => {
  it.each([
    ['01.07.2026', '2026-07-01', 'day'],
    ['2026-07-01', '2026-07-01', 'day'],
    ['2026-07-01T00:00:00Z', '2026-07-01', 'day'],
    ['2026-07-01T00:00:00.000+02:00', '2026-07-01', 'day'],
    ['45292', '2024-01-01', 'day'], // Excel serial day number
    ['46204', '2026-07-01', 'day'],
    ['juli 2026', '2026-07-01', 'month'],
    ['Q3 2025', '2025-07-01', 'quarter'],
    ['2026', '2026-01-01', 'year'],
  ])('%j → %s (%s)', (text, date, precision) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: { date, precision } })
  })

  it('gives null for a blank cell', () => {
    expect(parseDateCell('  ')).toEqual({ ok: true, value: null })
  })

  it.each([
    ['31.02.2025', 'date-invalid'],
    ['neste år', 'date-unreadable'],
    ['123', 'date-unreadable'],
    ['99999', 'date-unreadable'],
  ])('rejects %j with %s', (text, code) => {
    const result = parseDateCell(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe(code)
  })
})
