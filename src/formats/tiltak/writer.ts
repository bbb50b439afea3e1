/**
 * A measures dataset → the tiltak table it was read from, so the reader reads an export back to
 * the same content:
 *
 * - Rows are written in full (goal, målsetting, condition and note on every row), so the
 *   reader's fill-down has nothing to fill: a non-blank goal starts a new block on every row.
 *   A sub-goal without items, and a condition no item carries, get a heading row of their own,
 *   placed so sub-goals and conditions keep their order.
 * - Items land on their source row when the rows allow it (see `layOut`), so source rows and
 *   row numbers in messages stay the same.
 * - Unrecognised source columns (item.extra) come last, in first-seen order.
 */
import type { DatasetContent, SubGoal } from '@/domain/types'
import { formatGoalRef } from '../cell-text'
import type { ExportTable } from '../format'
import { extraKeysOf, layOut, nameOf, type Line } from '../write-table'
import { TILTAK_COLUMNS } from './columns'

/** The table name; also the XLSX sheet name. */
export const TILTAK_TABLE_NAME = 'Tiltak'

/** The dataset as one tiltak table. */
export function writeTiltakTable(content: DatasetContent): ExportTable {
  const { dataset, items, subGoals } = content
  const extras = extraKeysOf(items)
  const name = (c: keyof typeof TILTAK_COLUMNS) => nameOf(TILTAK_COLUMNS, c)
  const activity =
    dataset.planYear === undefined
      ? nameOf(TILTAK_COLUMNS, 'activity')
      : `Hva skal skje i ${dataset.planYear}?`
  const header = [
    name('goal'),
    name('subGoal'),
    name('condition'),
    name('note'),
    name('actor'),
    name('service'),
    activity,
    name('period'),
    ...extras,
  ]
  const byId = new Map(subGoals.map((s) => [s.id, s]))
  // Sub-goals written so far, with the conditions their rows have carried.
  const seen = new Map<string, Set<string>>()
  const lines: Line[] = []
  const mark = (s: SubGoal, condition: string): void => {
    const conditions = seen.get(s.id) ?? new Set<string>()
    if (condition !== '') conditions.add(condition)
    seen.set(s.id, conditions)
  }
  const heading = (s: SubGoal, condition: string): void => {
    mark(s, condition)
    const blank = ['', '', '', '', ...extras.map(() => '')]
    lines.push({ cells: [formatGoalRef(s.goal), s.title, condition, s.note ?? '', ...blank] })
  }
  // A heading row for each condition before index `upTo` that no row has carried yet.
  const headingsBefore = (s: SubGoal, upTo: number): void => {
    for (const c of s.conditions.slice(0, upTo)) if (!seen.get(s.id)?.has(c)) heading(s, c)
  }
  // Writes what is left of a sub-goal: its uncarried conditions, or a bare heading if it has no row yet.
  const flush = (s: SubGoal): void => {
    headingsBefore(s, s.conditions.length)
    if (!seen.has(s.id)) heading(s, '')
  }

  for (const item of items) {
    const subGoal = item.subGoalId === undefined ? undefined : byId.get(item.subGoalId)
    const condition = subGoal ? (item.condition ?? '') : ''
    // Sub-goals listed before this item's own (for an item without one: before the first
    // sub-goal of its goal or a later one) that no row has named yet stood on heading rows.
    const firstLater = subGoals.findIndex((s) => s.goal >= item.goal)
    const due = subGoal ? subGoals.indexOf(subGoal) : firstLater < 0 ? subGoals.length : firstLater
    for (const earlier of subGoals.slice(0, due)) if (!seen.has(earlier.id)) flush(earlier)
    if (subGoal) {
      headingsBefore(subGoal, Math.max(0, subGoal.conditions.indexOf(condition)))
      mark(subGoal, condition)
    }
    lines.push({
      row: item.source.row,
      cells: [
        formatGoalRef(item.goal),
        subGoal?.title ?? '',
        condition,
        subGoal?.note ?? '',
        item.actors.join(', '),
        item.service ?? '',
        // The importer titles a row without activity by its service; a blank cell says so again.
        item.flags.includes('no-activity') ? '' : item.title,
        item.periodText ?? '',
        ...extras.map((key) => item.extra?.[key] ?? ''),
      ],
    })
  }
  for (const s of subGoals) flush(s)
  return { name: TILTAK_TABLE_NAME, header, rows: layOut(lines, header.length) }
}
