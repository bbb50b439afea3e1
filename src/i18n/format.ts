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

/**
 * Each formatter is made on first use: making one costs a few milliseconds (ICU data), so the
 * overview, which shows dates and numbers only, does not pay for the timestamp format too.
 */
const MAKERS = {
  number: (tag: string) => new Intl.NumberFormat(tag),
  day: (tag: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }),
  month: (tag: string) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  timestamp: (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' }),
}
type FormatKind = keyof typeof MAKERS
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function formatterOf<K extends FormatKind>(kind: K, locale: FormatLocale): ReturnType<(typeof MAKERS)[K]> {
  const key = `${locale} ${kind}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = MAKERS[kind](INTL_LOCALE[locale])
    cache.set(key, formatter)
  }
  return formatter as ReturnType<(typeof MAKERS)[K]>
}

/**
 * A whole number from 0 to 999 is its digits in both languages (tests/unit/i18n/format.test.ts
 * checks each against Intl): the overview's goal cards show only such counts, and making the Intl
 * number format was ~40 ms of their first render on a slow phone (4× CPU).
 */
export function formatNumber(n: number, locale: FormatLocale = formatLocale.value): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n)
  return formatterOf('number', locale).format(n)
}

/**
 * Month names as Intl gives them for nb-NO and en-GB (tests/unit/i18n/format.test.ts checks
 * every month against Intl): the overview's heading shows a date at start, and making an Intl
 * date format costs ~90 ms on a slow phone (4× CPU), most of the first render.
 */
const MONTHS: Record<FormatLocale, readonly string[]> = {
  nb: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
}

/** «2. desember 2022» / «2 December 2022», as the `day` format; `null` for an invalid date. */
function dayText(date: Date, locale: FormatLocale): string | null {
  const month = MONTHS[locale][date.getMonth()]
  if (month === undefined) return null
  return `${date.getDate()}${locale === 'nb' ? '.' : ''} ${month} ${date.getFullYear()}`
}

/** «mai 2023» / «May 2023», as the `month` format (UTC); `null` for an invalid date. */
function monthText(date: Date, locale: FormatLocale): string | null {
  const month = MONTHS[locale][date.getUTCMonth()]
  return month === undefined ? null : `${month} ${date.getUTCFullYear()}`
}

/** `2023-05` → «mai 2023» / «May 2023»; `2022-12-02` → «2. desember 2022» / «2 December 2022»; other text as is. */
export function formatAsOf(value: string | undefined, locale: FormatLocale = formatLocale.value): string {
  if (!value) return ''
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-01T00:00:00Z`)
    return monthText(date, locale) ?? formatterOf('month', locale).format(date)
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T12:00:00`)
    return dayText(date, locale) ?? formatterOf('day', locale).format(date)
  }
  return value
}

/** An ISO timestamp as «21.11.2026, 14:05» / «21/11/2026, 14:05». */
export function formatTimestamp(iso: string, locale: FormatLocale = formatLocale.value): string {
  return formatterOf('timestamp', locale).format(new Date(iso))
}
