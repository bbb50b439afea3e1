/**
 * What a reader accepts before it allocates: a crafted 2 KB workbook with one cell at XFD1048576,
 * or shared strings that inflate to gigabytes, must end in a message that names the limit and the
 * file, never in a tab or a command-line run that dies out of memory.
 *
 * The limits are far above any real roadmap (the 2024 table has 99 rows and 8 columns; the views
 * are sized for 100 000 items) and low enough that a file within them is read in a worker in
 * seconds and held comfortably in memory.
 */
import { issue, type ImportIssue } from '@/domain/import-issue'

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
    /** Where in the file, e.g. `arket «Ark1», celle XFD1048576` / `sheet "Ark1", cell XFD1048576`. */
    readonly where?: { nb: string; en: string },
  ) {
    super(`${fileName}: ${limit} ${value} > ${max}${where ? ` (${where.en})` : ''}`)
    this.name = 'LimitExceededError'
  }
}

const LIMIT_NAMES: Record<LimitName, { nb: string; en: string; unit: { nb: string; en: string } }> = {
  maxFileBytes: { nb: 'filstørrelse', en: 'file size', unit: { nb: 'byte', en: 'bytes' } },
  maxRows: { nb: 'antall rader', en: 'number of rows', unit: { nb: 'rader', en: 'rows' } },
  maxColumns: { nb: 'antall kolonner', en: 'number of columns', unit: { nb: 'kolonner', en: 'columns' } },
  maxCells: { nb: 'antall celler', en: 'number of cells', unit: { nb: 'celler', en: 'cells' } },
  maxInflatedBytes: {
    nb: 'utpakket størrelse av regnearket',
    en: 'unpacked size of the workbook',
    unit: { nb: 'byte', en: 'bytes' },
  },
  maxJsonDepth: { nb: 'JSON-dybde', en: 'JSON depth', unit: { nb: 'nivåer', en: 'levels' } },
}

const nbNumber = new Intl.NumberFormat('nb-NO')
const enNumber = new Intl.NumberFormat('en-GB')

/** The error as the import report shows it: which limit, which file, where, and the numbers. */
export function limitIssue(error: LimitExceededError): ImportIssue {
  const name = LIMIT_NAMES[error.limit]
  const where = error.where
  return issue(
    'error',
    'limit-exceeded',
    {
      nb:
        `«${error.fileName}» er over grensen for ${name.nb}: Veikart leser høyst ` +
        `${nbNumber.format(error.max)} ${name.unit.nb}${where ? `, men ${where.nb}` : ''}. ` +
        'Del filen opp, eller fjern tomme eller overflødige rader og kolonner.',
      en:
        `"${error.fileName}" is over the limit for the ${name.en}: Veikart reads at most ` +
        `${enNumber.format(error.max)} ${name.unit.en}${where ? `, but ${where.en}` : ''}. ` +
        'Split the file, or remove empty or surplus rows and columns.',
    },
    { detail: `${error.limit}: ${error.value} > ${error.max}` },
  )
}
