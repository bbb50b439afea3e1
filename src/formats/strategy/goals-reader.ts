/** The goals table of a strategy plan: number, title, optional description. */
import { isGoalNumber, parseGoalRef } from '@/domain/goal-ref'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import type { RawRow } from '@/formats/raw-row'
import { squashSpaces } from '@/domain/text'
import type { Goal } from '@/domain/types'

export type GoalColumn = 'number' | 'title' | 'description'

export type RawGoalRow = RawRow<GoalColumn>

export interface GoalsResult {
  goals: Goal[]
  issues: ImportIssue[]
}

/** Validates goal rows: each needs a number 1–5 (once) and a title. */
export function mapGoalRows(
  rows: readonly RawGoalRow[],
  columnNames: Partial<Record<GoalColumn, string>> = {},
): GoalsResult {
  const goals: Goal[] = []
  const issues: ImportIssue[] = []
  for (const { row, cells } of rows) {
    const numberText = cells.number?.trim() ?? ''
    const title = squashSpaces(cells.title ?? '')
    if (numberText === '' && title === '') continue
    const n = parseGoalRef(numberText)
    if (n === null || !isGoalNumber(n)) {
      issues.push(
        issue('error', 'goal-unknown', msg('strategy.goalNumberUnknown', { text: numberText }), {
          row,
          column: columnNames.number ?? 'number',
          detail: numberText,
        }),
      )
      continue
    }
    if (title === '') {
      issues.push(
        issue('error', 'title-missing', msg('strategy.goalTitleMissing'), {
          row,
          column: columnNames.title ?? 'title',
        }),
      )
      continue
    }
    if (goals.some((g) => g.number === n)) {
      issues.push(
        issue('error', 'duplicate-id', msg('strategy.goalTwice', { goal: n }), {
          row,
          column: columnNames.number ?? 'number',
        }),
      )
      continue
    }
    const goal: Goal = { number: n, title }
    const description = squashSpaces(cells.description ?? '')
    if (description !== '') goal.description = description
    goals.push(goal)
  }
  goals.sort((a, b) => a.number - b.number)
  return { goals, issues }
}
