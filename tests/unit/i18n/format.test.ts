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

  it('makes a formatter on its first use only, and only the one asked for (each costs time at start)', async () => {
    vi.resetModules()
    const Original = Intl.DateTimeFormat
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Original>
    ) {
      return new Original(...args)
    } as typeof Original)
    const fresh = await import('@/i18n/format')
    expect(fresh.formatAsOf('2022-12-02', 'nb')).toBe('2. desember 2022')
    expect(fresh.formatAsOf('2023-01-15', 'nb')).toBe('15. januar 2023')
    expect(made).toHaveBeenCalledTimes(1)
    expect(fresh.formatAsOf('2023-05', 'nb')).toBe('mai 2023')
    expect(made).toHaveBeenCalledTimes(2)
    made.mockRestore()
  })
})
