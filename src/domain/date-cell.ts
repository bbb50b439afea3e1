/**
 * A single date cell (Startdato, Sluttdato). Accepts everything `parseDatePoint` does
 * (`01.07.2026`, `2026-07-01`, `juli 2026`, `Q3 2025`, `2024` …), ISO timestamps
 * (`2026-07-01T00:00:00Z`, as JSON and spreadsheets write them) and Excel serial day numbers
 * (`46204`, days since 1899-12-30, as a spreadsheet stores dates).
 */
import { msg } from './import-issue'
import { parseDatePoint, type PeriodError } from './period'
import type { DatePoint } from './types'

export type DateCellResult = { ok: true; value: DatePoint | null } | { ok: false; error: PeriodError }

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

/** Excel serials between 1950 and 2100; a 4-digit number is a year, not a serial. */
function fromExcelSerial(serial: number): DatePoint | null {
  if (serial < 18_264 || serial > 73_050) return null
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS)
  return { date: date.toISOString().slice(0, 10), precision: 'day' }
}

/** Reads a date cell; blank gives `null`. */
export function parseDateCell(raw: string | null | undefined): DateCellResult {
  const text = (raw ?? '').trim()
  if (text === '') return { ok: true, value: null }
  const timestamp = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text)
  const point = parseDatePoint(timestamp?.[1] ?? text)
  if (point) return point.ok ? { ok: true, value: point.value } : point
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) {
    const serial = fromExcelSerial(Number(text.replace(',', '.')))
    if (serial) return { ok: true, value: serial }
  }
  return {
    ok: false,
    error: {
      code: 'date-unreadable',
      message: msg('period.dateUnreadable', { text }),
    },
  }
}
