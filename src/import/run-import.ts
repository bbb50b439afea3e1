/**
 * The import pipeline: bytes → raw tables → mapped columns → validated domain content.
 * Pure apart from hashing; storage is the caller's job. The bundled data, the import page,
 * the worker and the command-line validator all go through `importFile`.
 */
import { pushAll } from '@/domain/array'
import { readBundle } from '@/formats/bundle/bundle'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { toRanges } from '@/domain/row-ranges'
import type { Dataset, DatasetContent, DatasetKind, Goal } from '@/domain/types'
import type { ColumnReport, KnownTable, ReadResult, TableKind } from '@/formats/format'
export type { TableKind }
import { chooseFormat, detectTableKind, formatOfTable } from '@/formats/registry'
import { sha256Hex } from './checksum'
import type { Delimiter } from './csv'
import type { TextEncodingName } from './decode'
import type { ReadLimits } from './limits'
import type { RawTable } from './raw-table'
import { readFile, type FileFormat } from './read-file'

export type { ColumnReport }

export interface ImportOptions {
  fileName: string
  datasetId: string
  title?: string
  asOf?: string
  source?: string
  bundled?: boolean
  /** Overrides detection from the headers (single-table files). */
  tableKind?: TableKind
  /** Overrides delimiter detection (CSV). */
  delimiter?: Delimiter
  /** XLSX: read only this sheet. */
  sheet?: string
  /** The user's column mapping: header index → column name, or null for "not used". */
  columns?: Readonly<Record<number, string | null>>
  /** Known goals, so a file may name goals by title. */
  goals?: readonly Goal[]
  /** Import time; injectable for tests. */
  now?: Date
  /** A bundle with several datasets: read the one with this identity (checksum prefix), if present. */
  want?: { kind: DatasetKind; checksum: string }
  /** Lower read limits than the defaults (tests). */
  limits?: Partial<ReadLimits>
}

export interface ImportOutcome {
  /** `null` when nothing usable could be read. */
  content: DatasetContent | null
  issues: ImportIssue[]
  format: FileFormat
  encoding?: TextEncodingName
  delimiter?: Delimiter
  tableKind: TableKind | null
  sheetNames?: string[]
  /** The mapping of the main table's headers. */
  columns: ColumnReport[]
  /** Data rows read (all tables). */
  rowCount: number
  /**
   * Exactly which rows the content holds, per table, as inclusive ranges of the row numbers a
   * spreadsheet shows: for an item table the rows that became items; for strategy tables the
   * rows without errors. Rows with errors are never stored.
   */
  storedRows: StoredRows[]
}

/** The rows of one table that are stored, as inclusive ranges: `[[2, 6], [9, 9]]`. */
export interface StoredRows {
  table: string
  ranges: [number, number][]
}

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ')
}

function withTable(issues: ImportIssue[], table: RawTable, many: boolean): ImportIssue[] {
  return many ? issues.map((i) => ({ ...i, table: table.name })) : issues
}

function formatUnknown(table: RawTable, fileName: string): ImportIssue {
  return issue('error', 'format-unknown', msg('table.formatUnknown', { name: table.name || fileName }), {
    row: 1,
    table: table.name,
    detail: table.header.join(' | '),
  })
}

/** Reads any supported file into dataset content plus the issues found on the way. */
export async function importFile(bytes: Uint8Array, options: ImportOptions): Promise<ImportOutcome> {
  const read = await readFile(bytes, options.fileName, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  })
  const base = {
    format: read.format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    ...(read.delimiter ? { delimiter: read.delimiter } : {}),
    ...(read.sheetNames ? { sheetNames: read.sheetNames } : {}),
  }
  const issues: ImportIssue[] = [...read.issues, ...read.tables.flatMap((t) => t.issues)]
  const checksum = await sha256Hex(bytes)
  const importedAt = (options.now ?? new Date()).toISOString()

  if (read.bundle !== undefined)
    return importBundle(read.bundle, { base, issues, options, importedAt, checksum })

  const known = classifyTables(read.tables, options, issues)
  const rowCount = read.tables.reduce((n, t) => n + (t.rowsRead ?? t.rows.length), 0)
  if (known.length === 0) {
    return { ...base, content: null, issues, tableKind: null, columns: [], rowCount, storedRows: [] }
  }
  if (known.every((c) => c.table.rows.length === 0)) issues.push(noRows(known.map((c) => c.table)))

  const first = known.find((c) => formatOfTable(c.kind) === chooseFormat(known.map((k) => k.kind)))
  if (!first) throw new Error('a known table has no format') // unreachable: `known` is not empty
  const format = formatOfTable(first.kind)
  const tableKind = first.kind
  // A single-table format (an item list) reads its first table; every other table is skipped.
  const main = format.singleTable ? first : undefined
  const mapped = format.read(main ? [main] : known, options)
  if (main) {
    mapped.issues = withTable(mapped.issues, main.table, read.tables.length > 1)
    for (const other of known) {
      if (other === main) continue
      issues.push(
        issue('warning', 'table-ignored', msg('table.oneItemTable', { name: other.table.name }), {
          table: other.table.name,
        }),
      )
    }
  }
  pushAll(issues, mapped.issues)
  const storedRows = storedRowsOf(mapped, issues, main, known)

  const dataset = datasetOf(options, mapped, {
    kind: format.kind,
    importedAt,
    checksum,
    rowCount: main ? (main.table.rowsRead ?? main.table.rows.length) : rowCount,
  })
  return {
    ...base,
    content: { dataset, ...mapped.content },
    issues,
    tableKind,
    columns: mapped.columns,
    rowCount,
    storedRows,
  }
}

type OutcomeBase = Pick<ImportOutcome, 'format' | 'encoding' | 'delimiter' | 'sheetNames'>

/** A JSON bundle: one of its datasets, moved to this import's id. */
function importBundle(
  raw: unknown,
  ctx: {
    base: OutcomeBase
    issues: ImportIssue[]
    options: ImportOptions
    importedAt: string
    checksum: string
  },
): ImportOutcome {
  const { base, issues, options, importedAt, checksum } = ctx
  // The bundle reader does not validate portfolio tables yet: refuse rather than store an
  // empty dataset. CSV and XLSX exports of a portfolio dataset read back losslessly.
  if (firstBundleKind(raw) === 'portfolio') {
    issues.push(issue('error', 'bundle-portfolio-unsupported', msg('bundle.portfolioUnsupported')))
    return { ...base, content: null, issues, tableKind: null, columns: [], rowCount: 0, storedRows: [] }
  }
  const bundle = readBundle(raw, {
    datasetId: options.datasetId,
    fileName: options.fileName,
    importedAt,
    checksum,
    fallbackTitle: titleFromFileName(options.fileName),
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...(options.bundled !== undefined ? { bundled: options.bundled } : {}),
    ...(options.want ? { want: options.want } : {}),
  })
  pushAll(issues, bundle.issues)
  if (!bundle.content) {
    return { ...base, content: null, issues, tableKind: null, columns: [], rowCount: 0, storedRows: [] }
  }
  return {
    ...base,
    content: bundle.content,
    issues,
    tableKind: null,
    columns: [],
    rowCount: bundle.content.dataset.rowCount,
    storedRows: [],
  }
}

/** Each table with the kind its headers (or the caller) name; a table of no known kind is reported. */
function classifyTables(
  tables: readonly RawTable[],
  options: ImportOptions,
  issues: ImportIssue[],
): { table: RawTable; kind: TableKind }[] {
  const classified = tables.map((table) => ({
    table,
    kind: (tables.length === 1 ? options.tableKind : undefined) ?? detectTableKind(table.header),
  }))
  const known = classified.filter((c): c is { table: RawTable; kind: TableKind } => c.kind !== null)
  for (const c of classified) {
    if (c.kind !== null) continue
    if (known.length === 0) issues.push(formatUnknown(c.table, options.fileName))
    else
      issues.push(
        issue('warning', 'table-ignored', msg('table.unknownSkipped', { name: c.table.name }), {
          table: c.table.name,
        }),
      )
  }
  return known
}

/** The dataset record: the user's title, else the export's version, else the file name. */
function datasetOf(
  options: ImportOptions,
  mapped: ReadResult,
  facts: { kind: DatasetKind; importedAt: string; checksum: string; rowCount: number },
): Dataset {
  const dataset: Dataset = {
    id: options.datasetId,
    kind: facts.kind,
    title:
      options.title ?? (mapped.version ? `Veikart ${mapped.version}` : titleFromFileName(options.fileName)),
    importedAt: facts.importedAt,
    fileName: options.fileName,
    checksum: facts.checksum,
    rowCount: facts.rowCount,
    bundled: options.bundled ?? false,
  }
  const asOf = options.asOf ?? mapped.version
  if (asOf) dataset.asOf = asOf
  if (options.source) dataset.source = options.source
  if (mapped.planYear !== undefined) dataset.planYear = mapped.planYear
  return dataset
}

/**
 * The rows the content holds: for an item table the rows that became items (a row with an error
 * is never stored, whatever the reader did with it, so such items are dropped here); for other
 * tables the rows without errors.
 */
function storedRowsOf(
  mapped: ReadResult,
  issues: readonly ImportIssue[],
  main: KnownTable | undefined,
  known: readonly KnownTable[],
): StoredRows[] {
  const errorRows = errorRowsByTable(issues, main ? [main.table] : known.map((c) => c.table))
  if (main) {
    const bad = errorRows.get(main.table.name)
    if (bad && bad.size > 0) {
      mapped.content.items = mapped.content.items.filter((item) => !bad.has(item.source.row))
    }
    return [{ table: main.table.name, ranges: toRanges(mapped.content.items.map((i) => i.source.row)) }]
  }
  return known.map(({ table }) => {
    const bad = errorRows.get(table.name)
    return { table: table.name, ranges: toRanges(table.rows.map((r) => r.row).filter((r) => !bad?.has(r))) }
  })
}

/** Rows with an error, per table name; an issue without a table belongs to the only table. */
function errorRowsByTable(
  issues: readonly ImportIssue[],
  tables: readonly { name: string }[],
): Map<string, Set<number>> {
  const byTable = new Map<string, Set<number>>()
  const only = tables.length === 1 ? tables[0]?.name : undefined
  for (const i of issues) {
    if (i.severity !== 'error' || i.row === undefined) continue
    const name = i.table ?? only
    if (name === undefined) continue
    let rows = byTable.get(name)
    if (!rows) byTable.set(name, (rows = new Set()))
    rows.add(i.row)
  }
  return byTable
}

function noRows(tables: readonly RawTable[]): ImportIssue {
  const names = tables.map((t) => t.name).join(', ')
  return issue('error', 'no-rows', msg('table.noRows', { names }), { detail: names })
}

/** The kind the first dataset of a JSON bundle states, unvalidated. */
function firstBundleKind(bundle: unknown): unknown {
  if (typeof bundle !== 'object' || bundle === null) return undefined
  const datasets = (bundle as { datasets?: unknown }).datasets
  const first: unknown = Array.isArray(datasets) ? datasets[0] : undefined
  if (typeof first !== 'object' || first === null) return undefined
  const dataset = (first as { dataset?: unknown }).dataset
  return typeof dataset === 'object' && dataset !== null ? (dataset as { kind?: unknown }).kind : undefined
}
