/**
 * What the import page shows before the user commits: a summary, the column mapping, the
 * issues and a preview. Built from an ImportOutcome, small enough to post from the worker
 * to the page even for 100k-row files (issues and preview are capped; counts are not).
 */
import type { ImportIssue } from '@/domain/import-issue'
import type { Dataset, RoadmapItem } from '@/domain/types'
import type { ColumnReport, ImportOutcome, StoredRows } from './run-import'
import type { TableKind } from '@/formats/format'

export const ISSUE_LIMIT = 2000
export const PREVIEW_LIMIT = 50

export interface ImportReport {
  fileName: string
  format: ImportOutcome['format']
  encoding: string | null
  delimiter: string | null
  tableKind: TableKind | null
  sheetNames: string[]
  columns: ColumnReport[]
  /** Data rows in the file. */
  rowCount: number
  /** What will be stored. */
  counts: { items: number; subGoals: number; goals: number; indicators: number; measurements: number }
  errorCount: number
  warningCount: number
  /** Rows with errors: never stored. */
  errorRows: number[]
  /** Exactly which rows a commit stores, per table, as inclusive ranges. */
  storedRows: StoredRows[]
  issueCountByCode: Record<string, number>
  /** The first issues, errors first, then by row. */
  issues: ImportIssue[]
  preview: RoadmapItem[]
  /** The dataset as it will be stored (null when nothing usable was read). */
  dataset: Dataset | null
  /** An earlier import of the same bytes. */
  duplicateOf: Pick<Dataset, 'id' | 'title' | 'importedAt'> | null
}

/** Summarises an import outcome for display. */
export function buildImportReport(
  outcome: ImportOutcome,
  fileName: string,
  duplicateOf: ImportReport['duplicateOf'] = null,
): ImportReport {
  const content = outcome.content
  const errors = outcome.issues.filter((i) => i.severity === 'error')
  const issueCountByCode: Record<string, number> = {}
  for (const i of outcome.issues) issueCountByCode[i.code] = (issueCountByCode[i.code] ?? 0) + 1
  const sorted = [...outcome.issues].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.row ?? 0) - (b.row ?? 0),
  )
  return {
    fileName,
    format: outcome.format,
    encoding: outcome.encoding ?? null,
    delimiter: outcome.delimiter ?? null,
    tableKind: outcome.tableKind,
    sheetNames: outcome.sheetNames ?? [],
    columns: outcome.columns,
    rowCount: outcome.rowCount,
    counts: {
      items: content?.items.length ?? 0,
      subGoals: content?.subGoals.length ?? 0,
      goals: content?.goals.length ?? 0,
      indicators: content?.indicators.length ?? 0,
      measurements: content?.measurements.length ?? 0,
    },
    errorCount: errors.length,
    warningCount: outcome.issues.length - errors.length,
    errorRows: [...new Set(errors.map((e) => e.row).filter((r): r is number => r !== undefined))].sort(
      (a, b) => a - b,
    ),
    storedRows: outcome.content ? outcome.storedRows : [],
    issueCountByCode,
    issues: sorted.slice(0, ISSUE_LIMIT),
    preview: content?.items.slice(0, PREVIEW_LIMIT) ?? [],
    dataset: content?.dataset ?? null,
    duplicateOf,
  }
}

/** True when there is something to store: any items, goals, sub-goals or indicators. */
export function hasStorableContent(report: ImportReport): boolean {
  const c = report.counts
  return report.dataset !== null && c.items + c.goals + c.subGoals + c.indicators > 0
}
