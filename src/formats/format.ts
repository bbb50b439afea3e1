/**
 * What every source format provides, so the importer and the exporter need no knowledge of
 * any one of them: the tables it consists of (columns, synonyms, the columns that identify it),
 * a reader (rows → domain content + issues) and a writer (content → tables of the same format).
 */
import type { ImportIssue } from '@/domain/import-issue'
import type { DatasetContent, DatasetKind, Goal } from '@/domain/types'
import type { ColumnSynonyms } from './columns'

/** Every table kind Veikart recognises; a dataset kind is made of one or more of them. */
export type TableKind =
  | 'tiltak'
  | 'veikart'
  | 'strategy-goals'
  | 'strategy-initiatives'
  | 'strategy-indicators'
  | 'strategy-measurements'
  | PortfolioTableKind

/** The portfolio's tables; one import may hold several (an XLSX sheet or JSON key each). */
export type PortfolioTableKind =
  | 'portfolio-measures'
  | 'portfolio-dependencies'
  | 'portfolio-costs'
  | 'portfolio-rounds'
  | 'portfolio-decisions'

/** A table as the import layer hands it over: text cells under a header (`RawTable` fits). */
export interface SourceTable {
  /** File name, sheet name or JSON key: used in messages. */
  name: string
  header: string[]
  headerRow?: number
  rows: { row: number; cells: string[] }[]
  /** Header indexes the import layer named itself; already warned about. */
  syntheticColumns?: number[]
}

/** A table whose kind is known. */
export interface KnownTable {
  table: SourceTable
  kind: TableKind
}

/** How one header was understood; shown to the user, who may change it. */
export interface ColumnReport {
  index: number
  header: string
  /** The column it maps to, or null when unknown (kept as an extra field). */
  column: string | null
}

export interface ReadOptions {
  datasetId: string
  /** The user's column mapping of a single-table file: header index → column, or null for none. */
  columns?: Readonly<Record<number, string | null>>
  /** Known goals, so a file may name goals by title. */
  goals?: readonly Goal[]
}

/** What a reader makes of its tables. */
export interface ReadResult {
  content: Omit<DatasetContent, 'dataset'>
  issues: ImportIssue[]
  /** The mapping of the first table's headers. */
  columns: ColumnReport[]
  /** The plan year the header names (tiltak). */
  planYear?: number
  /** The source's version (veikart), which also dates it. */
  version?: string
}

/** A number cell stays a number (XLSX number cell, CSV digits); everything else is text. */
export type ExportCell = string | number

/** One table of an export: a CSV file or an XLSX sheet. */
export interface ExportTable {
  name: string
  header: string[]
  rows: ExportCell[][]
}

/** One table kind: its columns, and which of them a header must have to be taken for it. */
export interface TableFormat {
  kind: TableKind
  columns: ColumnSynonyms<string>
  /** Each inner list: any one of these columns. */
  required: readonly (readonly string[])[]
}

/** A source format: one dataset kind, its tables, reader and writer. */
export interface DatasetFormat {
  kind: DatasetKind
  tables: readonly TableFormat[]
  /**
   * True when an import reads exactly one table of this format (an item list): it wins over
   * any other table in the file, which is skipped with a warning.
   */
  singleTable: boolean
  read(tables: readonly KnownTable[], options: ReadOptions): ReadResult
  write(content: DatasetContent): ExportTable[]
}
