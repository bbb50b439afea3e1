import { describe, expect, it } from 'vitest'
import {
  asOfDay,
  formatDatePoint,
  formatPeriod,
  isEndBeforeStart,
  lastDayOf,
  overlapsYear,
  parsePeriod,
} from '@/domain/period'
import type { DatePrecision, Period } from '@/domain/types'
import { issueText } from '@/i18n/issue-text'

type P = [string, DatePrecision] | undefined
const p = (date: string, precision: DatePrecision): P => [date, precision]

// Exactly the list documented in src/domain/period.ts.
const ACCEPTED: [input: string, start: P, end: P, openEnded: boolean][] = [
  ['', undefined, undefined, false],
  ['   ', undefined, undefined, false],
  ['2024', p('2024-01-01', 'year'), p('2024-01-01', 'year'), false],
  ['2021 - 2025', p('2021-01-01', 'year'), p('2025-01-01', 'year'), false],
  ['2023 – 2026', p('2023-01-01', 'year'), p('2026-01-01', 'year'), false],
  ['2023-2025', p('2023-01-01', 'year'), p('2025-01-01', 'year'), false],
  ['2023—2025', p('2023-01-01', 'year'), p('2025-01-01', 'year'), false],
  ['2024 →', p('2024-01-01', 'year'), undefined, true],
  ['2022 →', p('2022-01-01', 'year'), undefined, true],
  ['2024 ->', p('2024-01-01', 'year'), undefined, true],
  ['2023 -', p('2023-01-01', 'year'), undefined, true],
  ['2024 -', p('2024-01-01', 'year'), undefined, true],
  ['2024 –', p('2024-01-01', 'year'), undefined, true],
  ['Q3 2025', p('2025-07-01', 'quarter'), p('2025-07-01', 'quarter'), false],
  ['3. kvartal 2025', p('2025-07-01', 'quarter'), p('2025-07-01', 'quarter'), false],
  ['3. kv. 2025', p('2025-07-01', 'quarter'), p('2025-07-01', 'quarter'), false],
  ['K3 2025', p('2025-07-01', 'quarter'), p('2025-07-01', 'quarter'), false],
  ['H2 2026', p('2026-07-01', 'half'), p('2026-07-01', 'half'), false],
  ['2. halvår 2026', p('2026-07-01', 'half'), p('2026-07-01', 'half'), false],
  ['juli 2026', p('2026-07-01', 'month'), p('2026-07-01', 'month'), false],
  ['jul. 2026', p('2026-07-01', 'month'), p('2026-07-01', 'month'), false],
  ['July 2026', p('2026-07-01', 'month'), p('2026-07-01', 'month'), false],
  ['07.2026', p('2026-07-01', 'month'), p('2026-07-01', 'month'), false],
  ['2026-07', p('2026-07-01', 'month'), p('2026-07-01', 'month'), false],
  ['01.07.2026', p('2026-07-01', 'day'), p('2026-07-01', 'day'), false],
  ['1.7.2026', p('2026-07-01', 'day'), p('2026-07-01', 'day'), false],
  ['2026-07-01', p('2026-07-01', 'day'), p('2026-07-01', 'day'), false],
  ['Q3 2025 – Q2 2026', p('2025-07-01', 'quarter'), p('2026-04-01', 'quarter'), false],
  ['2026-07-01 - 2026-12-31', p('2026-07-01', 'day'), p('2026-12-31', 'day'), false],
  ['01.07.2026 til 31.12.2026', p('2026-07-01', 'day'), p('2026-12-31', 'day'), false],
  ['2025 to 2027', p('2025-01-01', 'year'), p('2027-01-01', 'year'), false],
  ['2024 → 2026', p('2024-01-01', 'year'), p('2026-01-01', 'year'), false],
]

const REJECTED: [input: string, code: string, nb: string][] = [
  [
    'snart',
    'period-unreadable',
    'Kunne ikke lese perioden «snart». Forventet f.eks. «2023 - 2025», «2024 →», «Q3 2025» eller «01.07.2026».',
  ],
  [
    '2024?',
    'period-unreadable',
    'Kunne ikke lese perioden «2024?». Forventet f.eks. «2023 - 2025», «2024 →», «Q3 2025» eller «01.07.2026».',
  ],
  [
    '-',
    'period-unreadable',
    'Kunne ikke lese perioden «-». Forventet f.eks. «2023 - 2025», «2024 →», «Q3 2025» eller «01.07.2026».',
  ],
  ['31.02.2025', 'date-invalid', 'Datoen «31.02.2025» finnes ikke.'],
  ['2025-13-01', 'date-invalid', 'Datoen «2025-13-01» finnes ikke.'],
  ['13.2025', 'date-invalid', 'Måneden i «13.2025» finnes ikke.'],
  ['Q5 2025', 'quarter-invalid', 'Kvartalet i «Q5 2025» må være 1–4.'],
  ['H3 2026', 'half-invalid', 'Halvåret i «H3 2026» må være 1 eller 2.'],
  ['1850', 'year-out-of-range', 'Årstallet i «1850» er utenfor 1900–2100.'],
  ['2023 - 2250', 'year-out-of-range', 'Årstallet i «2250» er utenfor 1900–2100.'],
]

function expected(start: P, end: P, openEnded: boolean): Period {
  const period: Period = { openEnded }
  if (start) period.start = { date: start[0], precision: start[1] }
  if (end) period.end = { date: end[0], precision: end[1] }
  return period
}

describe('parsePeriod', () => {
  it.each(ACCEPTED)('accepts %j', (input, start, end, openEnded) => {
    expect(parsePeriod(input)).toEqual({ ok: true, value: expected(start, end, openEnded) })
  })

  it.each(REJECTED)('rejects %j with code %s', (input, code, nb) => {
    const result = parsePeriod(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(issueText(result.error.message, 'nb')).toBe(nb)
    expect(issueText(result.error.message, 'en').length).toBeGreaterThan(10)
  })

  it('treats null and undefined as empty', () => {
    expect(parsePeriod(null)).toEqual({ ok: true, value: { openEnded: false } })
    expect(parsePeriod(undefined)).toEqual({ ok: true, value: { openEnded: false } })
  })
})

describe('period helpers', () => {
  it('computes the last day a point covers', () => {
    expect(lastDayOf({ date: '2024-01-01', precision: 'year' })).toBe('2024-12-31')
    expect(lastDayOf({ date: '2024-04-01', precision: 'quarter' })).toBe('2024-06-30')
    expect(lastDayOf({ date: '2024-02-01', precision: 'month' })).toBe('2024-02-29')
    expect(lastDayOf({ date: '2024-07-01', precision: 'half' })).toBe('2024-12-31')
    expect(lastDayOf({ date: '2024-03-05', precision: 'day' })).toBe('2024-03-05')
  })

  it('answers the same date at each precision apart, asked again and again (remembered answers)', () => {
    const precisions: DatePrecision[] = ['year', 'half', 'quarter', 'month', 'day']
    for (let round = 0; round < 2; round++) {
      expect(precisions.map((precision) => lastDayOf({ date: '2024-01-01', precision }))).toEqual([
        '2024-12-31',
        '2024-06-30',
        '2024-03-31',
        '2024-01-31',
        '2024-01-01',
      ])
      expect(precisions.map((precision) => formatDatePoint({ date: '2024-01-01', precision }))).toEqual([
        '2024',
        'H1 2024',
        'Q1 2024',
        '01.2024',
        '01.01.2024',
      ])
    }
    const ok = (s: string) => (parsePeriod(s) as { ok: true; value: Period }).value
    expect(['2021 - 2025', 'Q3 2025 – Q2 2026', '2024 →', ''].map((s) => formatPeriod(ok(s)))).toEqual([
      '2021 – 2025',
      'Q3 2025 – Q2 2026',
      '2024 →',
      '',
    ])
    expect(formatPeriod({ end: { date: '2025-01-01', precision: 'year' }, openEnded: false })).toBe('– 2025')
  })

  it('detects end before start, respecting precision', () => {
    const ok = (s: string) => (parsePeriod(s) as { ok: true; value: Period }).value
    expect(isEndBeforeStart(ok('2025 - 2023'))).toBe(true)
    expect(isEndBeforeStart(ok('2023 - 2025'))).toBe(false)
    expect(isEndBeforeStart(ok('01.06.2024 - 2024'))).toBe(false)
    expect(isEndBeforeStart(ok('2024 →'))).toBe(false)
  })

  it('tells whether a period touches a year', () => {
    const ok = (s: string) => (parsePeriod(s) as { ok: true; value: Period }).value
    expect(overlapsYear(ok('2021 - 2025'), 2024)).toBe(true)
    expect(overlapsYear(ok('2021 - 2023'), 2024)).toBe(false)
    expect(overlapsYear(ok('2022 →'), 2030)).toBe(true)
    expect(overlapsYear(ok('2025 →'), 2024)).toBe(false)
    expect(overlapsYear(ok(''), 2024)).toBe(false)
    expect(overlapsYear(ok('Q4 2024'), 2024)).toBe(true)
  })
})

describe('asOfDay', () => {
  it.each([
    ['2026-08', '2026-08-01'],
    ['2024', '2024-01-01'],
    [' 2023-05-20 ', '2023-05-20'],
    ['Q3 2025', null],
    ['2026-13', null],
    [undefined, null],
  ])('%s → %s', (input, day) => {
    expect(asOfDay(input)).toBe(day)
  })
})
