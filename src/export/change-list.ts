/**
 * The change list of a comparison as a table, and as CSV (Excel or plain) or XLSX files, with
 * the same writers (and so the same formula neutralising) as the dataset exports. Headers and
 * values are in Norwegian, like the source documents; dates keep their precision (`Q3 2025`).
 */
import type { ChangeClass, ItemChange } from '@/domain/compare'
import { sourceIdOf } from '@/domain/compare'
import { subGoalLabel } from '@/domain/compare-report'
import { slugify } from '@/domain/text'
import type { DatePoint } from '@/domain/types'
import { formatDatePoint, formatPhaseSpan, formatStatus } from '@/formats/cell-text'
import { toCsv } from './csv'
import type { ExportCell, ExportTable } from './dataset-tables'
import type { ExportFile } from './export-files'
import { toXlsx, XLSX_MIME_TYPE } from './xlsx'

export type ChangeListFormat = 'csv-excel' | 'csv' | 'xlsx'
export const CHANGE_LIST_FORMATS: readonly ChangeListFormat[] = ['csv-excel', 'csv', 'xlsx']

export const CLASS_NAMES: Record<ChangeClass | 'unchanged', string> = {
  new: 'Ny',
  dropped: 'Utgått',
  moved: 'Flyttet',
  rephased: 'Ny fase',
  redated: 'Nye datoer',
  status: 'Ny status',
  renamed: 'Nytt navn/beskrivelse',
  unchanged: 'Uendret',
}

const MATCH_NAMES = { id: 'ID', key: 'Nøkkel', similar: 'Lik tittel' } as const

export const CHANGE_LIST_HEADER = [
  'Endring',
  'ID',
  'Tittel',
  'Mål',
  'Koblet på',
  'Delmål før',
  'Delmål nå',
  'Gruppering før',
  'Gruppering nå',
  'Fase før',
  'Fase nå',
  'Start før',
  'Start nå',
  'Slutt før',
  'Slutt nå',
  'Forskjøvet start (dager)',
  'Forskjøvet slutt (dager)',
  'Status før',
  'Status nå',
  'Tittel før',
] as const

const date = (p: DatePoint | undefined): string => (p ? formatDatePoint(p) : '')
const days = (n: number | null): ExportCell => (n === null ? '' : n)

/** One row per change, in the order given. */
export function changeListTable(changes: readonly ItemChange[], name = 'Endringer'): ExportTable {
  return {
    name,
    header: [...CHANGE_LIST_HEADER],
    rows: changes.map((c) => {
      const item = (c.new ?? c.old)!
      const [o, n] = [c.old, c.new]
      return [
        (c.classes.length ? c.classes : (['unchanged'] as const)).map((k) => CLASS_NAMES[k]).join(', '),
        sourceIdOf(item) ?? item.key,
        item.title,
        item.goal,
        c.match ? MATCH_NAMES[c.match.method] : '',
        subGoalLabel(c.oldSubGoal) ?? '',
        subGoalLabel(c.newSubGoal) ?? '',
        o?.grouping ?? '',
        n?.grouping ?? '',
        o?.phase ? formatPhaseSpan(o.phase) : '',
        n?.phase ? formatPhaseSpan(n.phase) : '',
        date(o?.period.start),
        date(n?.period.start),
        date(o?.period.end),
        date(n?.period.end),
        days(c.slipDays.start),
        days(c.slipDays.end),
        formatStatus(o?.status),
        formatStatus(n?.status),
        o && n && o.title !== n.title ? o.title : '',
      ]
    }),
  }
}

/** The change list as one file of the chosen format, named after `title`. */
export async function buildChangeListFile(
  changes: readonly ItemChange[],
  format: ChangeListFormat,
  title: string,
): Promise<ExportFile> {
  const base = slugify(title) || 'endringer'
  const table = changeListTable(changes)
  if (format === 'xlsx') {
    const blob = await toXlsx([table])
    return { name: `${base}.xlsx`, blob: new Blob([blob], { type: XLSX_MIME_TYPE }) }
  }
  const text = toCsv(table, format === 'csv-excel' ? 'excel' : 'plain')
  return { name: `${base}.csv`, blob: new Blob([text], { type: 'text/csv;charset=utf-8' }) }
}
