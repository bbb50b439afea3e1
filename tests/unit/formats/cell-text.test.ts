import { describe, expect, it } from 'vitest'
import { parseDatePoint } from '@/domain/period'
import { parsePhaseSpan } from '@/domain/phase'
import { PHASES, type DatePoint, type PhaseSpan } from '@/domain/types'
import { formatDatePoint, formatGoalRef, formatPhaseSpan, formatStatus } from '@/formats/cell-text'

const DATES: [DatePoint, string][] = [
  [{ date: '2026-07-01', precision: 'day' }, '01.07.2026'],
  [{ date: '2025-12-31', precision: 'day' }, '31.12.2025'],
  [{ date: '2026-01-01', precision: 'month' }, 'januar 2026'],
  [{ date: '2026-07-01', precision: 'month' }, 'juli 2026'],
  [{ date: '2026-12-01', precision: 'month' }, 'desember 2026'],
  [{ date: '2025-01-01', precision: 'quarter' }, 'Q1 2025'],
  [{ date: '2025-07-01', precision: 'quarter' }, 'Q3 2025'],
  [{ date: '2025-10-01', precision: 'quarter' }, 'Q4 2025'],
  [{ date: '2026-01-01', precision: 'half' }, 'H1 2026'],
  [{ date: '2026-07-01', precision: 'half' }, 'H2 2026'],
  [{ date: '2026-01-01', precision: 'year' }, '2026'],
]

describe('formatDatePoint', () => {
  it.each(DATES)('%j → %s, which parseDatePoint reads back with its precision', (point, text) => {
    expect(formatDatePoint(point)).toBe(text)
    expect(parseDatePoint(text)).toEqual({ ok: true, value: point })
  })

  it('writes every month by its Norwegian name', () => {
    for (let month = 1; month <= 12; month++) {
      const point: DatePoint = { date: `2026-${String(month).padStart(2, '0')}-01`, precision: 'month' }
      expect(parseDatePoint(formatDatePoint(point))).toEqual({ ok: true, value: point })
    }
  })
})

describe('formatPhaseSpan', () => {
  it.each([
    [{ from: 'konsept', to: 'konsept' }, 'Konsept/mandat'],
    [{ from: 'utvikling', to: 'utvikling' }, 'Utvikling og begrenset utprøving'],
    [{ from: 'innforing', to: 'i-bruk' }, 'Innføring - Ny praksis i bruk'],
    [
      { from: 'utvikling', to: 'innforing' },
      'Utvikling og begrenset utprøving - Tilpasning og utvidet utprøving - Innføring',
    ],
  ] as [PhaseSpan, string][])('%j → %s', (span, text) => {
    expect(formatPhaseSpan(span)).toBe(text)
  })

  it('writes every span so parsePhaseSpan reads it back', () => {
    PHASES.forEach((from, i) => {
      for (const to of PHASES.slice(i)) {
        expect(parsePhaseSpan(formatPhaseSpan({ from, to }))).toEqual({ from, to })
      }
    })
  })
})

describe('goal and status cells', () => {
  it('writes goals as "Mål N" and statuses in Norwegian', () => {
    expect(formatGoalRef(3)).toBe('Mål 3')
    expect([formatStatus('planned'), formatStatus('tentative'), formatStatus(undefined)]).toEqual([
      'Planlagt',
      'Tentativ',
      '',
    ])
  })
})
