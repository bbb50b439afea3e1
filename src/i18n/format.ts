/**
 * Dates and numbers in the UI language's conventions (`Intl`): «2. desember 2022» and «1 234»
 * in bokmål, «2 December 2022» and «1,234» in English. The locale follows the i18n instance
 * (`createAppI18n` keeps `formatLocale` in step), and is reactive: a computed or a render that
 * formats is redone when the language changes. Each function also takes an explicit locale.
 */
import { ref } from 'vue'

type FormatLocale = 'nb' | 'en'

/** The UI language the formatters use when not given one. */
export const formatLocale = ref<FormatLocale>('nb')

const INTL_LOCALE: Record<FormatLocale, string> = { nb: 'nb-NO', en: 'en-GB' }

interface Formats {
  number: Intl.NumberFormat
  day: Intl.DateTimeFormat
  month: Intl.DateTimeFormat
  timestamp: Intl.DateTimeFormat
}
const cache = new Map<FormatLocale, Formats>()

function formatsOf(locale: FormatLocale): Formats {
  let formats = cache.get(locale)
  if (!formats) {
    const tag = INTL_LOCALE[locale]
    formats = {
      number: new Intl.NumberFormat(tag),
      day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }),
      month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      timestamp: new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }),
    }
    cache.set(locale, formats)
  }
  return formats
}

export function formatNumber(n: number, locale: FormatLocale = formatLocale.value): string {
  return formatsOf(locale).number.format(n)
}

/** `2023-05` → «mai 2023» / «May 2023»; `2022-12-02` → «2. desember 2022» / «2 December 2022»; other text as is. */
export function formatAsOf(value: string | undefined, locale: FormatLocale = formatLocale.value): string {
  if (!value) return ''
  const { month, day } = formatsOf(locale)
  if (/^\d{4}-\d{2}$/.test(value)) return month.format(new Date(`${value}-01T00:00:00Z`))
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return day.format(new Date(`${value}T12:00:00`))
  return value
}

/** An ISO timestamp as «21.11.2026, 14:05» / «21/11/2026, 14:05». */
export function formatTimestamp(iso: string, locale: FormatLocale = formatLocale.value): string {
  return formatsOf(locale).timestamp.format(new Date(iso))
}
