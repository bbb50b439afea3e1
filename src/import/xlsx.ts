/**
 * XLSX → raw tables, read as streams of cells: each part is inflated slice by slice and scanned
 * as it arrives, and only cells that hold a value are kept, so a sheet costs what it contains,
 * not its largest address (one cell at XFD1048576 must not make a 17-billion-cell grid). Limits
 * (see limits.ts) are checked before anything grows: the bytes inflated, the columns of each
 * value, the rows, and the cells a row will take once laid out.
 *
 * Numbers are kept as the text the file stores, so identifiers and years stay text; cells with
 * a date format become ISO dates. (The npm `xlsx` package is avoided: 0.18.5 has unfixed CVEs;
 * read-excel-file builds a dense grid from the sheet's dimension and cannot be limited.)
 *
 * The parts: xlsx-package (zip parts, budget, relationships), xlsx-shared-strings, xlsx-styles
 * (which cells are dates) and xlsx-sheet (one worksheet → rows).
 */
import { resolveLimits, type ReadLimits } from './limits'
import { finishTable, type RawTable } from './raw-table'
import { dirOf, InflateBudget, readRelationships, scanPart, type Workbook } from './xlsx-package'
import { readSharedStrings } from './xlsx-shared-strings'
import { readSheet, type SheetContext } from './xlsx-sheet'
import { readDateStyles } from './xlsx-styles'
import { listZipEntries, ZipFormatError } from './zip'

export interface XlsxOptions {
  /** Read only this sheet (by name); else every sheet, in workbook order. */
  sheet?: string
  limits?: Partial<ReadLimits>
}

const REL_WORKSHEET = /\/worksheet$/
const REL_SHARED_STRINGS = /\/sharedStrings$/
const REL_STYLES = /\/styles$/
const REL_OFFICE_DOCUMENT = /\/officeDocument$/

type Relationships = Map<string, { type: string; path: string }>

/** The workbook part: where it is, its relationships, its sheets and its date system. */
interface WorkbookPart {
  baseDir: string
  rels: Relationships
  sheets: { name: string; path: string }[]
  date1904: boolean
}

/**
 * Reads a workbook. With `sheet`, only that sheet (by name); else every sheet, in order,
 * so a strategy plan can hold one table per sheet. Throws a `LimitExceededError` when a limit
 * would be passed, and another error when the file is not a workbook.
 */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: XlsxOptions = {},
): Promise<{ tables: RawTable[]; sheetNames: string[] }> {
  const limits = resolveLimits(options.limits)
  const book: Workbook = {
    bytes,
    entries: listZipEntries(bytes),
    budget: new InflateBudget(limits.maxInflatedBytes, fileName),
    fileName,
  }
  const { baseDir, rels, sheets, date1904 } = readWorkbookPart(book)
  const sheetNames = sheets.map((s) => s.name)
  const chosen = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet)
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new Error(`sheet "${options.sheet}" not found in ${fileName} (sheets: ${sheetNames.join(', ')})`)
  }
  const ctx: Omit<SheetContext, 'sheetName'> = {
    book,
    shared: readSharedStrings(
      book,
      partPath(book, rels, REL_SHARED_STRINGS, `${baseDir}sharedStrings.xml`),
      limits,
    ),
    dateStyles: readDateStyles(book, partPath(book, rels, REL_STYLES, `${baseDir}styles.xml`)),
    date1904,
    limits,
    cells: { count: 0 },
  }
  const tables = chosen.map((s) => finishTable(s.name, readSheet({ ...ctx, sheetName: s.name }, s.path)))
  return { tables, sheetNames }
}

/** Finds the workbook part through the package's relationships and reads its sheet list. */
function readWorkbookPart(book: Workbook): WorkbookPart {
  const rootRels = readRelationships(book, '_rels/.rels', '')
  const workbookPath =
    [...rootRels.values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.path ?? 'xl/workbook.xml'
  if (!book.entries.has(workbookPath)) throw new ZipFormatError('no workbook part: not an XLSX file')
  const baseDir = dirOf(workbookPath)
  const relsPath = `${baseDir}_rels/${workbookPath.slice(baseDir.length)}.rels`
  const rels = readRelationships(book, relsPath, baseDir)

  const sheets: { name: string; path: string }[] = []
  let date1904 = false
  scanPart(book, workbookPath, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true'
      if (name !== 'sheet' || a.name === undefined) return
      const rel = a.id === undefined ? undefined : rels.get(a.id)
      if (rel && REL_WORKSHEET.test(rel.type)) sheets.push({ name: a.name, path: rel.path })
    },
    close() {},
    text() {},
  })
  return { baseDir, rels, sheets, date1904 }
}

/** The part a relationship of this type points to, else the conventional path if it exists. */
function partPath(book: Workbook, rels: Relationships, type: RegExp, fallback: string): string | undefined {
  for (const rel of rels.values()) if (type.test(rel.type)) return rel.path
  return book.entries.has(fallback) ? fallback : undefined
}
