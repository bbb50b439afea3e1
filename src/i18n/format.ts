/** Dates and numbers are always shown in Norwegian format (nb-NO), whatever the UI language. */

const numberFormat = new Intl.NumberFormat('nb-NO')
const dayFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' })
const monthFormat = new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const timestampFormat = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short' })

export function formatNumber(n: number): string {
  return numberFormat.format(n)
}

/** `2023-05` → «mai 2023»; `2022-12-02` → «2. desember 2022»; other text as is. */
export function formatAsOf(value: string | undefined): string {
  if (!value) return ''
  if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-01T00:00:00Z`))
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayFormat.format(new Date(`${value}T12:00:00`))
  return value
}

/** An ISO timestamp as «21.11.2026, 14:05». */
export function formatTimestamp(iso: string): string {
  return timestampFormat.format(new Date(iso))
}
