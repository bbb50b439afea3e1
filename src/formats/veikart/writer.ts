/**
 * A roadmap dataset → the veikart export it was read from. An item's key is written as its
 * Leveranse-ID, so keys survive even for items whose source had no ID; the `Mål` column is added
 * only when a sub-goal code cannot carry the goal; items land on their source rows (`layOut`);
 * unrecognised source columns come last, in first-seen order.
 */
import { isUncertainText } from '@/domain/text'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { formatDatePoint, formatGoalRef, formatPhaseSpan, formatStatus } from '../cell-text'
import type { ExportTable } from '../format'
import { extraKeysOf, isNamedBy, layOut, nameOf, type Line } from '../write-table'
import { VEIKART_COLUMNS } from './columns'

/** The table name; also the XLSX sheet name. */
export const VEIKART_TABLE_NAME = 'Veikart'

/** The phase cell. A "?" the title does not explain came from the phase cell, so it goes back there. */
function veikartPhaseText(item: RoadmapItem): string {
  const mark = item.uncertain && !isUncertainText(item.title) ? '?' : ''
  if (item.phase) return formatPhaseSpan(item.phase) + mark
  // No phase and no `no-phase` flag: the source named a phase the importer did not know.
  return item.flags.includes('no-phase') ? '' : `Ukjent${mark}`
}

/** The dataset as one veikart table. */
export function writeVeikartTable(content: DatasetContent): ExportTable {
  const { dataset, items, subGoals } = content
  const extras = extraKeysOf(items)
  const byId = new Map(subGoals.map((s) => [s.id, s]))
  const subGoalOf = (item: RoadmapItem) =>
    item.subGoalId === undefined ? undefined : byId.get(item.subGoalId)
  // The importer reads the goal from the sub-goal's code; a goal column is needed only without one,
  // or when an extra field would otherwise be taken for it.
  const withGoal =
    items.some((item) => subGoalOf(item)?.code === undefined) ||
    extras.some((key) => isNamedBy(key, VEIKART_COLUMNS, 'goal'))
  const columns = [
    'id',
    'title',
    'description',
    'phase',
    'start',
    'end',
    'subGoal',
    'grouping',
    'status',
    'actor',
    'version',
    ...(withGoal ? (['goal'] as const) : []),
  ] as const
  const header = [...columns.map((c) => nameOf(VEIKART_COLUMNS, c)), ...extras]
  const lines = items.map((item): Line => {
    const subGoal = subGoalOf(item)
    const cells: Record<(typeof columns)[number], string> = {
      id: item.key,
      title: item.title,
      description: item.description ?? '',
      phase: veikartPhaseText(item),
      start: item.period.start ? formatDatePoint(item.period.start) : '',
      end: item.period.end ? formatDatePoint(item.period.end) : '',
      subGoal: subGoal ? (subGoal.code ? `${subGoal.code} - ${subGoal.title}` : subGoal.title) : '',
      grouping: item.grouping ?? '',
      status: formatStatus(item.status),
      // Derived actors are left out: the importer derives them again from the name.
      actor: item.actorsDerived ? '' : item.actors.join(', '),
      version: dataset.asOf ?? '',
      goal: formatGoalRef(item.goal),
    }
    return {
      row: item.source.row,
      cells: [...columns.map((c) => cells[c]), ...extras.map((key) => item.extra?.[key] ?? '')],
    }
  })
  return { name: VEIKART_TABLE_NAME, header, rows: layOut(lines, header.length) }
}
