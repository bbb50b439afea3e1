/** Reading a portfolio table's rows: cell errors per row, incomplete rows kept and warned about. */
import { parseDateCell } from '@/domain/date-cell'
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'
import { parseNorwegianNumber } from '@/domain/number'
import type { Criticality, RagStatus } from '@/domain/portfolio'
import { shortHash, slugify, squashSpaces } from '@/domain/text'
import type { Goal, GoalNumber } from '@/domain/types'
import type { RawRow } from '../raw-row'
import { parseCriticality, parseGoalList, parseRagStatus } from './cells'

/** The file's header for each column key. */
export type Names<K extends string> = Partial<Record<K, string>>

/** Collects a row's cell errors; a row with any is skipped. */
export class RowReader<K extends string> {
  readonly issues: ImportIssue[] = []
  constructor(
    private readonly row: number,
    private readonly cells: Partial<Record<K, string>>,
    private readonly names: Names<K>,
  ) {}

  col(c: K): string {
    return this.names[c] ?? c
  }

  text(c: K): string {
    return squashSpaces(this.cells[c] ?? '')
  }

  private fail(c: K, code: string, message: IssueMessage): undefined {
    this.issues.push(
      issue('error', code, message, { row: this.row, column: this.col(c), detail: this.text(c) }),
    )
    return undefined
  }

  required(c: K): string | undefined {
    const value = this.text(c)
    if (value !== '') return value
    return this.fail(c, 'value-missing', msg('portfolio.valueMissing', { column: this.col(c) }))
  }

  rag(c: K): RagStatus | undefined {
    const value = parseRagStatus(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'status-unknown', msg('portfolio.statusUnknown', { text: this.text(c) }))
  }

  criticality(c: K): Criticality | undefined {
    const value = parseCriticality(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'criticality-unknown', msg('portfolio.criticalityUnknown', { text: this.text(c) }))
  }

  number(c: K): number | undefined {
    if (this.text(c) === '') return undefined
    const value = parseNorwegianNumber(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'number-unreadable', msg('strategy.numberUnreadable', { text: this.text(c) }))
  }

  year(c: K): number | undefined {
    const value = this.number(c)
    if (value === undefined || (Number.isInteger(value) && value >= 1900 && value <= 2100)) return value
    return this.fail(c, 'year-unreadable', msg('portfolio.yearUnreadable', { text: this.text(c) }))
  }

  date(c: K): string | undefined {
    const result = parseDateCell(this.text(c))
    if (result.ok) return result.value?.date
    return this.fail(c, result.error.code, result.error.message)
  }

  goals(c: K, goals: readonly Goal[]): GoalNumber[] {
    const value = parseGoalList(this.text(c), goals)
    if (value !== null) return value
    this.fail(c, 'goal-unknown', msg('portfolio.goalsUnknown', { text: this.text(c) }))
    return []
  }

  /** The columns of `expected` left blank (column keys; messages use the file's headers). */
  blanks(expected: readonly K[]): K[] {
    return expected.filter((c) => this.text(c) === '')
  }
}

function incompleteWarning(row: number, missing: string[]): ImportIssue {
  return issue('warning', 'row-incomplete', msg('portfolio.rowIncomplete', { missing: missing.join(', ') }), {
    row,
    detail: missing.join(', '),
  })
}

/** A record's id: stable for the same text on the same row. */
export function recordId(datasetId: string, prefix: string, text: string, row: number): string {
  return `${datasetId}/${prefix}-${slugify(text).slice(0, 40)}-${shortHash(`${text}|${row}`)}`
}

export interface MapContext<K extends string> {
  datasetId: string
  columnNames: Names<K>
  goals?: readonly Goal[]
}

/** Runs `build` on each row; rows with cell errors are skipped, incomplete ones warned about. */
export function mapRows<K extends string, T extends { missing: string[] }>(
  rows: readonly RawRow<K>[],
  names: Names<K>,
  build: (r: RowReader<K>, row: number) => T | undefined,
): { records: T[]; issues: ImportIssue[] } {
  const records: T[] = []
  const issues: ImportIssue[] = []
  for (const { row, cells } of rows) {
    const reader = new RowReader(row, cells, names)
    const record = build(reader, row)
    for (const i of reader.issues) issues.push(i)
    if (!record || reader.issues.length > 0) continue
    if (record.missing.length > 0) {
      issues.push(
        incompleteWarning(
          row,
          record.missing.map((c) => reader.col(c as K)),
        ),
      )
    }
    records.push(record)
  }
  return { records, issues }
}
