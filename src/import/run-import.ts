/**
 * The import pipeline: bytes → text → rows → mapped columns → validated domain content.
 * Pure apart from hashing; storage is the caller's job. The bundled data goes through here too.
 */
import { mapGoalRows } from '@/domain/goals'
import { issue, type ImportIssue } from '@/domain/import-issue'
import { mapTiltakRows } from '@/domain/tiltak'
import type { DatasetContent, Goal } from '@/domain/types'
import { sha256Hex } from './checksum'
import { mapColumns, pickCells } from './columns'
import { parseCsv, type Delimiter } from './csv'
import { decodeBytes, type TextEncodingName } from './decode'
import {
  datasetKindOf,
  detectTableKind,
  GOAL_COLUMNS,
  planYearOf,
  TILTAK_COLUMNS,
  type TableKind,
} from './formats'

export interface ImportOptions {
  fileName: string
  datasetId: string
  title?: string
  asOf?: string
  source?: string
  bundled?: boolean
  /** Overrides detection from the headers. */
  tableKind?: TableKind
  /** Overrides delimiter detection. */
  delimiter?: Delimiter
  /** Known goals, so a tiltak file may name goals by title. */
  goals?: readonly Goal[]
  /** Import time; injectable for tests. */
  now?: Date
}

export interface ImportOutcome {
  /** `null` when the file could not be read as any known format. */
  content: DatasetContent | null
  issues: ImportIssue[]
  encoding: TextEncodingName
  delimiter: Delimiter
  tableKind: TableKind | null
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ')
}

/** Reads a CSV file's bytes into dataset content plus the issues found on the way. */
export async function importCsvFile(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  const { text, encoding } = decodeBytes(bytes)
  const table = parseCsv(text, options.delimiter)
  const issues = [...table.issues]
  const tableKind = options.tableKind ?? detectTableKind(table.header)
  const base = { encoding, delimiter: table.delimiter, tableKind }
  if (!tableKind) {
    issues.push(
      issue(
        'error',
        'format-unknown',
        {
          nb: `Fant ikke kolonnene til et kjent format i «${options.fileName}». Forventet f.eks. «Mål», «Målsetting», «Hvem», «Tjeneste», «Hva skal skje i 2024?», «Totalperiode».`,
          en: `Found no known format's columns in "${options.fileName}". Expected e.g. "Mål", "Målsetting", "Hvem", "Tjeneste", "Hva skal skje i 2024?", "Totalperiode".`,
        },
        { row: 1, detail: table.header.join(' | ') },
      ),
    )
    return { ...base, content: null, issues }
  }

  const { datasetId } = options
  let goals: Goal[] = []
  let subGoals: DatasetContent['subGoals'] = []
  let items: DatasetContent['items'] = []
  let planYear: number | undefined

  if (tableKind === 'tiltak') {
    const mapping = mapColumns(table.header, TILTAK_COLUMNS)
    issues.push(...unknownColumnWarnings(mapping.unknown))
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapTiltakRows(rows, { datasetId, columnNames: mapping.names, goals: options.goals ?? [] })
    subGoals = result.subGoals
    items = result.items
    issues.push(...result.issues)
    planYear = planYearOf(table.header)
  } else {
    const mapping = mapColumns(table.header, GOAL_COLUMNS)
    issues.push(...unknownColumnWarnings(mapping.unknown))
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapGoalRows(rows, mapping.names)
    goals = result.goals
    issues.push(...result.issues)
  }

  const dataset: DatasetContent['dataset'] = {
    id: datasetId,
    kind: datasetKindOf(tableKind),
    title: options.title ?? titleFromFileName(options.fileName),
    importedAt: (options.now ?? new Date()).toISOString(),
    fileName: options.fileName,
    checksum: await sha256Hex(bytes),
    rowCount: table.rows.length,
    bundled: options.bundled ?? false,
  }
  if (options.asOf) dataset.asOf = options.asOf
  if (options.source) dataset.source = options.source
  if (planYear !== undefined) dataset.planYear = planYear
  return { ...base, content: { dataset, goals, subGoals, items }, issues }
}

function unknownColumnWarnings(unknown: { index: number; header: string }[]): ImportIssue[] {
  return unknown.map(({ header }) =>
    issue(
      'warning',
      'unknown-column',
      { nb: `Ukjent kolonne «${header}» blir ikke brukt.`, en: `Unknown column "${header}" is not used.` },
      { row: 1, column: header },
    ),
  )
}
