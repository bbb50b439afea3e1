/** Dates and numbers are shown in the UI language's conventions, and follow a change of language. */
import { computed } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/i18n'
import en from '@/i18n/en'
import { formatAsOf, formatLocale, formatNumber, formatTimestamp } from '@/i18n/format'

afterEach(() => {
  formatLocale.value = 'nb'
})

describe('formatting in the UI language', () => {
  it('writes dates and numbers in bokmål or English as asked', () => {
    expect(formatAsOf('2022-12-02', 'nb')).toBe('2. desember 2022')
    expect(formatAsOf('2022-12-02', 'en')).toBe('2 December 2022')
    expect(formatAsOf('2023-05', 'nb')).toBe('mai 2023')
    expect(formatAsOf('2023-05', 'en')).toBe('May 2023')
    expect(formatAsOf('våren 2023', 'en')).toBe('våren 2023')
    expect(formatNumber(1234567, 'nb').replace(/\s/g, ' ')).toBe('1 234 567')
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatTimestamp('2026-11-21T14:05:00', 'en')).toBe('21/11/2026, 14:05')
  })

  it('follows the i18n locale, and a computed that formats is redone when it changes', () => {
    const i18n = createAppI18n('nb', { en })
    const label = computed(() => formatAsOf('2023-05'))
    expect(label.value).toBe('mai 2023')
    i18n.global.locale.value = 'en'
    expect(formatAsOf('2022-12-02')).toBe('2 December 2022')
    expect(label.value).toBe('May 2023')
  })

  it('writes as-of dates as Intl does, in both languages, every month, without making an Intl date format', async () => {
    const intl = {
      day: (tag: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }),
      month: (tag: string) =>
        new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    }
    const expected: string[] = []
    const dates: [string, 'nb' | 'en'][] = []
    for (const [locale, tag] of [
      ['nb', 'nb-NO'],
      ['en', 'en-GB'],
    ] as const) {
      const day = intl.day(tag)
      const month = intl.month(tag)
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0')
        for (const [value, date, format] of [
          [`2023-${mm}`, new Date(`2023-${mm}-01T00:00:00Z`), month],
          [`0999-${mm}`, new Date(`0999-${mm}-01T00:00:00Z`), month],
          [`2022-${mm}-01`, new Date(`2022-${mm}-01T12:00:00`), day],
          [`2024-${mm}-28`, new Date(`2024-${mm}-28T12:00:00`), day],
        ] as const) {
          dates.push([value, locale])
          expected.push(format.format(date))
        }
      }
    }
    vi.resetModules()
    const made = vi.spyOn(Intl, 'DateTimeFormat')
    const fresh = await import('@/i18n/format')
    expect(dates.map(([value, locale]) => fresh.formatAsOf(value, locale))).toEqual(expected)
    expect(made).not.toHaveBeenCalled()
    made.mockRestore()
  })

  it('writes the counts 0–999 as Intl does, in both languages, without making an Intl number format', async () => {
    const counts = Array.from({ length: 1000 }, (_, n) => n)
    const expected = (['nb-NO', 'en-GB'] as const).map((tag) =>
      counts.map((n) => new Intl.NumberFormat(tag).format(n)),
    )
    vi.resetModules()
    const made = vi.spyOn(Intl, 'NumberFormat')
    const fresh = await import('@/i18n/format')
    expect([
      counts.map((n) => fresh.formatNumber(n, 'nb')),
      counts.map((n) => fresh.formatNumber(n, 'en')),
    ]).toEqual(expected)
    expect(made).not.toHaveBeenCalled()
    made.mockRestore()
    // Other numbers are Intl's: a fraction, a negative (bokmål's minus sign), thousands.
    expect(formatNumber(-5, 'nb')).toBe(new Intl.NumberFormat('nb-NO').format(-5))
    expect(formatNumber(2.5, 'nb')).toBe('2,5')
    expect(formatNumber(1000, 'en')).toBe('1,000')
  })

  it('makes a formatter on its first use only, and only the one asked for (each costs time at start)', async () => {
    vi.resetModules()
    const Original = Intl.DateTimeFormat
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Original>
    ) {
      return new Original(...args)
    } as typeof Original)
    const fresh = await import('@/i18n/format')
    expect(fresh.formatTimestamp('2026-11-21T14:05:00', 'nb')).toBe('21.11.2026, 14:05')
    expect(fresh.formatTimestamp('2026-11-22T09:00:00', 'nb')).toBe('22.11.2026, 09:00')
    expect(made).toHaveBeenCalledTimes(1)
    // A date that does not exist is left to Intl, as before (which throws on it).
    expect(() => fresh.formatAsOf('2023-13', 'nb')).toThrow(RangeError)
    expect(made).toHaveBeenCalledTimes(2)
    made.mockRestore()
  })
})
