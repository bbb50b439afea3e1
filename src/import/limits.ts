/**
 * What a reader accepts before it allocates: a crafted 2 KB workbook with one cell at XFD1048576,
 * or shared strings that inflate to gigabytes, must end in a message that names the limit and the
 * file, never in a tab or a command-line run that dies out of memory.
 *
 * The limits are far above any real roadmap (the 2024 table has 99 rows and 8 columns; the views
 * are sized for 100 000 items) and low enough that a file within them is read in a worker in
 * seconds and held comfortably in memory.
 */
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'

export interface ReadLimits {
  /** Bytes of a CSV or JSON file (a workbook is bounded by `maxInflatedBytes`). */
  maxFileBytes: number
  /** Data rows of one table (blank rows are not counted). */
  maxRows: number
  /** Columns of one table; in a workbook, the rightmost column that holds a value. */
  maxColumns: number
  /** Cells of all tables together, counted as the rows are laid out (row width × rows). */
  maxCells: number
  /** Bytes a workbook's parts inflate to, all parts read together (sheets, shared strings, styles). */
  maxInflatedBytes: number
  /** Nesting of arrays and objects in a JSON file. */
  maxJsonDepth: number
}

export const READ_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 256 * 1024 * 1024,
  maxRows: 500_000,
  maxColumns: 1_000,
  maxCells: 10_000_000,
  maxInflatedBytes: 256 * 1024 * 1024,
  maxJsonDepth: 64,
}

export type LimitName = keyof ReadLimits

/** The limits in force: the defaults, with any the caller (a test) lowers. */
export function resolveLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...READ_LIMITS, ...overrides }
}

/** Thrown by a reader the moment a limit would be passed; turned into an issue by `limitIssue`. */
export class LimitExceededError extends Error {
  constructor(
    readonly limit: LimitName,
    /** The value that would pass the limit (a column number, a byte count …). */
    readonly value: number,
    readonly max: number,
    readonly fileName: string,
    /** Where in the file, e.g. `arket «Ark1», celle XFD1048576` (a message of the `limit` group). */
    readonly where?: IssueMessage,
  ) {
    super(`${fileName}: ${limit} ${value} > ${max}${where ? ` (${where.key})` : ''}`)
    this.name = 'LimitExceededError'
  }
}

/** The error as the import report shows it: which limit, which file, where, and the numbers. */
export function limitIssue(error: LimitExceededError): ImportIssue {
  const params = {
    file: error.fileName,
    limit: msg(`limit.name.${error.limit}`),
    max: { number: error.max },
    unit: msg(`limit.unit.${error.limit}`),
  }
  return issue(
    'error',
    'limit-exceeded',
    error.where
      ? msg('limit.exceededWhere', { ...params, where: error.where })
      : msg('limit.exceeded', params),
    { detail: `${error.limit}: ${error.value} > ${error.max}` },
  )
}
