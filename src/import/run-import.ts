/**
 * The import pipeline: bytes → raw tables → mapped columns → validated domain content.
 * Pure apart from hashing; storage is the caller's job. The bundled data, the import page,
 * the worker and the command-line validator all go through `importFile`.
 */
import { pushAll } from '@/domain/array'
import { readBundle } from '@/domain/bundle'
import { toRanges } from '@/domain/row-ranges'
import { mapGoalRows } from '@/domain/goals'
import { issue, type ImportIssue } from '@/domain/import-issue'
import {
  emptyPortfolio,
  mapDecisionRows,
  mapDependencyRows,
  mapPortfolioMeasureRows,
  mapRoundRows,
  mapRunningCostRows,
} from '@/domain/portfolio'
import { mapIndicatorRows, mapInitiativeRows, mapMeasurementRows } from '@/domain/strategy'
import { mapTiltakRows } from '@/domain/tiltak'
import type { Dataset, DatasetContent, DatasetKind, Goal } from '@/domain/types'
import { mapVeikartRows } from '@/domain/veikart'
import { sha256Hex } from './checksum'
import { createCellPicker, mapColumns, pickCells, pickExtra, type ColumnMapping } from './columns'
import type { Delimiter } from './csv'
import type { TextEncodingName } from './decode'
import {
  datasetKindOf,
  detectTableKind,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  INITIATIVE_COLUMNS,
  isPortfolioTableKind,
  MEASUREMENT_COLUMNS,
  planYearOf,
  TILTAK_COLUMNS,
  VEIKART_COLUMNS,
  type TableKind,
} from './formats'
import type { ReadLimits } from './limits'
import {
  PORTFOLIO_COST_COLUMNS,
  PORTFOLIO_DECISION_COLUMNS,
  PORTFOLIO_DEPENDENCY_COLUMNS,
  PORTFOLIO_MEASURE_COLUMNS,
  PORTFOLIO_ROUND_COLUMNS,
} from '@/formats/portfolio/columns'
import type { RawTable } from './raw-table'
import { readFile, type FileFormat } from './read-file'

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

/** How one header was understood; shown to the user, who may change it. */
export interface ColumnReport {
  index: number
  header: string
  /** The column it maps to, or null when unknown (kept as an extra field). */
  column: string | null
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

function columnReport<K extends string>(table: RawTable, mapping: ColumnMapping<K>): ColumnReport[] {
  return table.header.map((header, index) => {
    const entry = (Object.entries(mapping.indexOf) as [K, number][]).find(([, i]) => i === index)
    return { index, header, column: entry ? entry[0] : null }
  })
}

function unknownColumnWarnings(table: RawTable, unknown: { index: number; header: string }[]): ImportIssue[] {
  // Columns Veikart named itself have been warned about row by row already (raw-table.ts).
  const synthetic = new Set(table.syntheticColumns ?? [])
  return unknown
    .filter(({ index }) => !synthetic.has(index))
    .map(({ header }) =>
      issue(
        'warning',
        'unknown-column',
        {
          nb: `Ukjent kolonne «${header}» er tatt vare på som ekstra felt.`,
          en: `Unknown column "${header}" is kept as an extra field.`,
        },
        { row: table.headerRow ?? 1, column: header, table: table.name },
      ),
    )
}

function withTable(issues: ImportIssue[], table: RawTable, many: boolean): ImportIssue[] {
  return many ? issues.map((i) => ({ ...i, table: table.name })) : issues
}

interface Mapped {
  content: Omit<DatasetContent, 'dataset'>
  issues: ImportIssue[]
  columns: ColumnReport[]
  planYear?: number
  version?: string
}

function empty(): Omit<DatasetContent, 'dataset'> {
  return { goals: [], subGoals: [], items: [], indicators: [], measurements: [] }
}

/** Each row's mapped cells, plus its unrecognised cells as `extra` when there are any. */
function pickRows<K extends string>(
  table: RawTable,
  mapping: ColumnMapping<K>,
): { row: number; cells: Partial<Record<K, string>>; extra?: Record<string, string> }[] {
  const pick = createCellPicker(mapping)
  return table.rows.map(({ row, cells }) => {
    const extra = pickExtra(cells, mapping)
    return extra ? { row, cells: pick(cells), extra } : { row, cells: pick(cells) }
  })
}

function mapItemTable(table: RawTable, kind: 'tiltak' | 'veikart', options: ImportOptions): Mapped {
  const overrides = options.columns ?? {}
  const datasetId = options.datasetId
  if (kind === 'tiltak') {
    const mapping = mapColumns(table.header, TILTAK_COLUMNS, overrides as Record<number, never>)
    const rows = pickRows(table, mapping)
    const result = mapTiltakRows(rows, { datasetId, columnNames: mapping.names, goals: options.goals ?? [] })
    const planYear = planYearOf(table.header)
    return {
      content: { ...empty(), subGoals: result.subGoals, items: result.items },
      issues: [...unknownColumnWarnings(table, mapping.unknown), ...result.issues],
      columns: columnReport(table, mapping),
      ...(planYear !== undefined ? { planYear } : {}),
    }
  }
  const mapping = mapColumns(table.header, VEIKART_COLUMNS, overrides as Record<number, never>)
  const rows = pickRows(table, mapping)
  const result = mapVeikartRows(rows, { datasetId, columnNames: mapping.names })
  return {
    content: { ...empty(), subGoals: result.subGoals, items: result.items },
    issues: [...unknownColumnWarnings(table, mapping.unknown), ...result.issues],
    columns: columnReport(table, mapping),
    ...(result.version ? { version: result.version } : {}),
  }
}

/** Strategy plan: goals, initiatives, indicators, then measurements (which refer to indicators). */
function mapStrategyTables(tables: { table: RawTable; kind: TableKind }[], options: ImportOptions): Mapped {
  const content = empty()
  const issues: ImportIssue[] = []
  let columns: ColumnReport[] = []
  const many = tables.length > 1
  const byKind = (kind: TableKind) => tables.filter((t) => t.kind === kind).map((t) => t.table)
  const datasetId = options.datasetId
  for (const table of byKind('strategy-goals')) {
    const mapping = mapColumns(table.header, GOAL_COLUMNS)
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapGoalRows(rows, mapping.names)
    pushAll(content.goals, result.goals)
    pushAll(
      issues,
      withTable([...unknownColumnWarnings(table, mapping.unknown), ...result.issues], table, many),
    )
    if (columns.length === 0) columns = columnReport(table, mapping)
  }
  const goals = content.goals.length > 0 ? content.goals : (options.goals ?? [])
  for (const table of byKind('strategy-initiatives')) {
    const mapping = mapColumns(table.header, INITIATIVE_COLUMNS)
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapInitiativeRows(rows, { datasetId, columnNames: mapping.names, goals })
    pushAll(content.subGoals, result.subGoals)
    pushAll(
      issues,
      withTable([...unknownColumnWarnings(table, mapping.unknown), ...result.issues], table, many),
    )
    if (columns.length === 0) columns = columnReport(table, mapping)
  }
  for (const table of byKind('strategy-indicators')) {
    const mapping = mapColumns(table.header, INDICATOR_COLUMNS)
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapIndicatorRows(rows, { datasetId, columnNames: mapping.names, goals })
    pushAll(content.indicators, result.indicators)
    pushAll(
      issues,
      withTable([...unknownColumnWarnings(table, mapping.unknown), ...result.issues], table, many),
    )
    if (columns.length === 0) columns = columnReport(table, mapping)
  }
  for (const table of byKind('strategy-measurements')) {
    const mapping = mapColumns(table.header, MEASUREMENT_COLUMNS)
    const rows = table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    const result = mapMeasurementRows(rows, {
      datasetId,
      columnNames: mapping.names,
      indicators: content.indicators,
    })
    pushAll(content.measurements, result.measurements)
    pushAll(
      issues,
      withTable([...unknownColumnWarnings(table, mapping.unknown), ...result.issues], table, many),
    )
    if (columns.length === 0) columns = columnReport(table, mapping)
  }
  return { content, issues, columns }
}

/** Portfolio tables: measures, dependencies, costs, rounds and decisions, in any combination. */
function mapPortfolioTables(tables: { table: RawTable; kind: TableKind }[], options: ImportOptions): Mapped {
  const portfolio = emptyPortfolio()
  const issues: ImportIssue[] = []
  let columns: ColumnReport[] = []
  const many = tables.length > 1
  const datasetId = options.datasetId
  const goals = options.goals ?? []
  for (const { table, kind } of tables) {
    const report = <K extends string>(mapping: ColumnMapping<K>, found: ImportIssue[]) => {
      pushAll(issues, withTable([...unknownColumnWarnings(table, mapping.unknown), ...found], table, many))
      if (columns.length === 0) columns = columnReport(table, mapping)
    }
    const rowsOf = <K extends string>(mapping: ColumnMapping<K>) =>
      table.rows.map(({ row, cells }) => ({ row, cells: pickCells(cells, mapping) }))
    if (kind === 'portfolio-measures') {
      const mapping = mapColumns(table.header, PORTFOLIO_MEASURE_COLUMNS)
      const r = mapPortfolioMeasureRows(rowsOf(mapping), { datasetId, columnNames: mapping.names, goals })
      pushAll(portfolio.measures, r.measures)
      report(mapping, r.issues)
    } else if (kind === 'portfolio-dependencies') {
      const mapping = mapColumns(table.header, PORTFOLIO_DEPENDENCY_COLUMNS)
      const r = mapDependencyRows(rowsOf(mapping), { datasetId, columnNames: mapping.names })
      pushAll(portfolio.dependencies, r.dependencies)
      report(mapping, r.issues)
    } else if (kind === 'portfolio-costs') {
      const mapping = mapColumns(table.header, PORTFOLIO_COST_COLUMNS)
      const r = mapRunningCostRows(rowsOf(mapping), { datasetId, columnNames: mapping.names })
      pushAll(portfolio.costs, r.costs)
      report(mapping, r.issues)
    } else if (kind === 'portfolio-rounds') {
      const mapping = mapColumns(table.header, PORTFOLIO_ROUND_COLUMNS)
      const r = mapRoundRows(rowsOf(mapping), { datasetId, columnNames: mapping.names })
      pushAll(portfolio.rounds, r.rounds)
      report(mapping, r.issues)
    } else if (kind === 'portfolio-decisions') {
      const mapping = mapColumns(table.header, PORTFOLIO_DECISION_COLUMNS)
      const r = mapDecisionRows(rowsOf(mapping), { datasetId, columnNames: mapping.names, goals })
      pushAll(portfolio.decisions, r.decisions)
      report(mapping, r.issues)
    } else {
      issues.push(issue('warning', 'table-ignored', { nb: `«${table.name}» er hoppet over: en porteføljeimport leser bare porteføljetabeller.`, en: `"${table.name}" was skipped: a portfolio import reads only portfolio tables.` }, { table: table.name })) // prettier-ignore
    }
  }
  return { content: { ...empty(), portfolio }, issues, columns }
}

function formatUnknown(table: RawTable, fileName: string): ImportIssue {
  return issue(
    'error',
    'format-unknown',
    {
      nb: `Fant ikke kolonnene til et kjent format i «${table.name || fileName}». Forventet f.eks. veikarteksport («Leveransenavn i veikartet», «Veikartfase», «Startdato», «Strategisk delmål») eller tiltaksliste («Mål», «Målsetting», «Hvem», «Tjeneste», «Hva skal skje i 2024?», «Totalperiode»).`,
      en: `Found no known format's columns in "${table.name || fileName}". Expected e.g. a roadmap export ("Leveransenavn i veikartet", "Veikartfase", "Startdato", "Strategisk delmål") or a measures table ("Mål", "Målsetting", "Hvem", "Tjeneste", "Hva skal skje i 2024?", "Totalperiode").`,
    },
    { row: 1, table: table.name, detail: table.header.join(' | ') },
  )
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

  if (read.bundle !== undefined) {
    // The bundle reader does not validate portfolio tables yet: refuse rather than store an
    // empty dataset. CSV and XLSX exports of a portfolio dataset read back losslessly.
    if (firstBundleKind(read.bundle) === 'portfolio') {
      issues.push(issue('error', 'bundle-portfolio-unsupported', { nb: 'En JSON-pakke med porteføljedata kan ikke leses ennå. Eksporter porteføljedatasettet som CSV eller XLSX og importer den filen.', en: 'A JSON bundle with portfolio data cannot be read yet. Export the portfolio dataset as CSV or XLSX and import that file.' })) // prettier-ignore
      return { ...base, content: null, issues, tableKind: null, columns: [], rowCount: 0, storedRows: [] }
    }
    const bundle = readBundle(read.bundle, {
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

  const classified = read.tables.map((table) => ({
    table,
    kind: (read.tables.length === 1 ? options.tableKind : undefined) ?? detectTableKind(table.header),
  }))
  const known = classified.filter((c): c is { table: RawTable; kind: TableKind } => c.kind !== null)
  for (const c of classified) {
    if (c.kind !== null) continue
    if (known.length === 0) issues.push(formatUnknown(c.table, options.fileName))
    else issues.push(issue('warning', 'table-ignored', { nb: `«${c.table.name}» har ikke kolonnene til et kjent format og er hoppet over.`, en: `"${c.table.name}" has no known format's columns and was skipped.` }, { table: c.table.name })) // prettier-ignore
  }
  const rowCount = read.tables.reduce((n, t) => n + (t.rowsRead ?? t.rows.length), 0)
  if (known.length === 0) {
    return { ...base, content: null, issues, tableKind: null, columns: [], rowCount, storedRows: [] }
  }
  if (known.every((c) => c.table.rows.length === 0)) issues.push(noRows(known.map((c) => c.table)))

  const main = known.find((c) => c.kind === 'tiltak' || c.kind === 'veikart')
  let mapped: Mapped
  let tableKind: TableKind
  if (main) {
    tableKind = main.kind
    mapped = mapItemTable(main.table, main.kind as 'tiltak' | 'veikart', options)
    mapped.issues = withTable(mapped.issues, main.table, read.tables.length > 1)
    for (const other of known) {
      if (other === main) continue
      issues.push(issue('warning', 'table-ignored', { nb: `«${other.table.name}» er hoppet over: en import leser én tabell med tiltak eller leveranser.`, en: `"${other.table.name}" was skipped: an import reads one table of measures or deliverables.` }, { table: other.table.name })) // prettier-ignore
    }
  } else if (known.some((c) => isPortfolioTableKind(c.kind))) {
    const first = known.find((c) => isPortfolioTableKind(c.kind))
    tableKind = first?.kind ?? 'portfolio-measures'
    mapped = mapPortfolioTables(known, options)
  } else {
    tableKind = known[0]?.kind ?? 'strategy-goals'
    mapped = mapStrategyTables(known, options)
  }
  pushAll(issues, mapped.issues)
  const errorRows = errorRowsByTable(issues, main ? [main.table] : known.map((c) => c.table))
  let storedRows: StoredRows[]
  if (main) {
    // A row with an error is never stored, whatever a mapper did with it.
    const bad = errorRows.get(main.table.name)
    if (bad && bad.size > 0) {
      mapped.content.items = mapped.content.items.filter((item) => !bad.has(item.source.row))
    }
    storedRows = [{ table: main.table.name, ranges: toRanges(mapped.content.items.map((i) => i.source.row)) }]
  } else {
    storedRows = known.map(({ table }) => {
      const bad = errorRows.get(table.name)
      return { table: table.name, ranges: toRanges(table.rows.map((r) => r.row).filter((r) => !bad?.has(r))) }
    })
  }

  const datasetKind = datasetKindOf(tableKind)
  const dataset: Dataset = {
    id: options.datasetId,
    kind: datasetKind,
    title:
      options.title ?? (mapped.version ? `Veikart ${mapped.version}` : titleFromFileName(options.fileName)),
    importedAt,
    fileName: options.fileName,
    checksum,
    rowCount: main ? (main.table.rowsRead ?? main.table.rows.length) : rowCount,
    bundled: options.bundled ?? false,
  }
  const asOf = options.asOf ?? mapped.version
  if (asOf) dataset.asOf = asOf
  if (options.source) dataset.source = options.source
  if (mapped.planYear !== undefined) dataset.planYear = mapped.planYear
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

/** Rows with an error, per table name; an issue without a table belongs to the only table. */
function errorRowsByTable(
  issues: readonly ImportIssue[],
  tables: readonly RawTable[],
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
  return issue(
    'error',
    'no-rows',
    {
      nb: `«${names}» har overskrifter, men ingen rader med data.`,
      en: `"${names}" has headers but no rows of data.`,
    },
    { detail: names },
  )
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
