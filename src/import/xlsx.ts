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
 */
import { msg, type IssueMessage } from '@/domain/import-issue'
import { LimitExceededError, resolveLimits, type ReadLimits } from './limits'
import { columnName, finishTable, type RawTable } from './raw-table'
import { XmlScanner, type XmlHandler } from './xml-scan'
import { listZipEntries, streamZipEntry, ZipFormatError, type ZipEntry } from './zip'

export interface XlsxOptions {
  /** Read only this sheet (by name); else every sheet, in workbook order. */
  sheet?: string
  limits?: Partial<ReadLimits>
}

const REL_WORKSHEET = /\/worksheet$/
const REL_SHARED_STRINGS = /\/sharedStrings$/
const REL_STYLES = /\/styles$/
const REL_OFFICE_DOCUMENT = /\/officeDocument$/

/** `A` → 0, `XFD` → 16 383; -1 when the reference has no column letters. */
export function columnIndex(ref: string): number {
  let n = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64)
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96)
    else break
  }
  return i === 0 ? -1 : n - 1
}

/** Counts inflated bytes of the whole workbook against the limit, part by part. */
class InflateBudget {
  private used = 0
  constructor(
    private readonly max: number,
    private readonly fileName: string,
  ) {}

  /** Refuses at once when a part claims a size that cannot fit (an honest bomb costs nothing). */
  expect(bytes: number, part: string): void {
    if (this.used + bytes > this.max) this.take(bytes, part)
  }

  take(bytes: number, part: string): void {
    this.used += bytes
    if (this.used > this.max) {
      throw new LimitExceededError(
        'maxInflatedBytes',
        this.used,
        this.max,
        this.fileName,
        msg('limit.xlsxPart', { part }),
      )
    }
  }
}

interface Workbook {
  bytes: Uint8Array
  entries: Map<string, ZipEntry>
  budget: InflateBudget
  fileName: string
}

/** Scans one part (if present) with a handler, decoding UTF-8 across chunk boundaries. */
function scanPart(book: Workbook, path: string, handler: XmlHandler): boolean {
  const entry = book.entries.get(path)
  if (!entry) return false
  book.budget.expect(entry.declaredSize, path)
  const decoder = new TextDecoder('utf-8')
  const scanner = new XmlScanner(handler)
  streamZipEntry(book.bytes, entry, (chunk) => {
    book.budget.take(chunk.length, path)
    scanner.push(decoder.decode(chunk, { stream: true }))
  })
  scanner.push(decoder.decode(), true)
  return true
}

/** Relationships of a part: id → { type, target path }. */
function readRelationships(
  book: Workbook,
  relsPath: string,
  baseDir: string,
): Map<string, { type: string; path: string }> {
  const rels = new Map<string, { type: string; path: string }>()
  scanPart(book, relsPath, {
    open(name, a) {
      if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined) return
      if (a.TargetMode === 'External') return
      rels.set(a.Id, { type: a.Type ?? '', path: resolvePath(baseDir, a.Target) })
    },
    close() {},
    text() {},
  })
  return rels
}

/** `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute. */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash + 1)
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (Excel writes CR as `_x000D_`). */
function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text
}

/** The shared strings, in order; rich-text runs joined, phonetic runs left out. */
function readSharedStrings(book: Workbook, path: string | undefined, limits: ReadLimits): string[] {
  const strings: string[] = []
  if (path === undefined) return strings
  let current: string[] | null = null
  let inText = false
  let phonetic = 0
  scanPart(book, path, {
    open(name, _a, selfClosing) {
      if (name === 'si') current = []
      else if (name === 'rPh') phonetic++
      else if (name === 't' && !selfClosing) inText = true
    },
    close(name) {
      if (name === 'si' && current) {
        if (strings.length >= limits.maxCells) {
          throw new LimitExceededError(
            'maxCells',
            strings.length + 1,
            limits.maxCells,
            book.fileName,
            msg('limit.xlsxStrings'),
          )
        }
        strings.push(unescapeOoxml(current.join('')))
        current = null
      } else if (name === 'rPh') phonetic--
      else if (name === 't') inText = false
    },
    text(text) {
      if (inText && phonetic === 0 && current) current.push(text)
    },
  })
  return strings
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the CJK ones Excel uses). */
function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
}

/** A custom format shows a date when, outside quotes, escapes and [brackets], it has d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '')
  return /[dmyhs]/i.test(bare.split(';')[0] ?? '')
}

/** For each cell style index (`s`), whether it formats numbers as dates. */
function readDateStyles(book: Workbook, path: string | undefined): boolean[] {
  const custom = new Map<number, string>()
  const styles: boolean[] = []
  if (path === undefined) return styles
  let inCellXfs = false
  scanPart(book, path, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0)
        const code = custom.get(id)
        styles.push(code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    text() {},
  })
  return styles
}

/** An Excel serial day number → ISO date (1900 or 1904 system); '' when not a number. */
export function serialToIsoDate(text: string, date1904: boolean): string {
  const serial = Number(text)
  if (!Number.isFinite(serial)) return text
  const days = serial + (date1904 ? 1462 : 0) - 25_569 // 25 569 = 1970-01-01 in the 1900 system
  const date = new Date(Math.round(days * 86_400_000))
  return Number.isNaN(date.getTime()) ? text : date.toISOString().slice(0, 10)
}

interface SheetContext {
  book: Workbook
  sheetName: string
  shared: string[]
  dateStyles: boolean[]
  date1904: boolean
  limits: ReadLimits
  /** Cells laid out so far, all sheets together. */
  cells: { count: number }
}

/** One worksheet as rows of text cells; only rows that hold a value. */
function readSheet(ctx: SheetContext, path: string): { row: number; cells: string[] }[] {
  const { limits, book, sheetName } = ctx
  const rows: { row: number; cells: string[] }[] = []
  let rowNumber = 0
  let rowCells: [number, string][] = []
  let column = -1
  let cellRef = ''
  let type = ''
  let style = 0
  let value: string[] | null = null
  let inline: string[] | null = null
  let inText = false
  let phonetic = 0

  const where = (what: IssueMessage) => msg('limit.xlsxSheet', { sheet: sheetName, what })

  const finishRow = () => {
    if (rowCells.length === 0) return
    if (rows.length >= limits.maxRows) {
      throw new LimitExceededError(
        'maxRows',
        rows.length + 1,
        limits.maxRows,
        book.fileName,
        where(msg('limit.xlsxRows', { row: rowNumber })),
      )
    }
    let width = 0
    for (const [c] of rowCells) width = Math.max(width, c + 1)
    ctx.cells.count += width
    if (ctx.cells.count > limits.maxCells) {
      throw new LimitExceededError(
        'maxCells',
        ctx.cells.count,
        limits.maxCells,
        book.fileName,
        where(msg('limit.xlsxCells', { row: rowNumber })),
      )
    }
    const cells = new Array<string>(width).fill('')
    for (const [c, text] of rowCells) cells[c] = text
    rows.push({ row: rowNumber, cells })
    rowCells = []
  }

  const cellText = (): string => {
    if (type === 'inlineStr') return unescapeOoxml((inline ?? []).join(''))
    const raw = (value ?? []).join('')
    if (raw === '') return ''
    switch (type) {
      case 's': {
        const index = Number(raw)
        return Number.isInteger(index) && index >= 0 && index < ctx.shared.length
          ? (ctx.shared[index] ?? '')
          : ''
      }
      case 'str':
        return unescapeOoxml(raw)
      case 'b':
        return raw === '1' || raw === 'true' ? 'true' : 'false'
      case 'd':
        return raw.slice(0, 10)
      case 'e':
        return raw
      default:
        return ctx.dateStyles[style] ? serialToIsoDate(raw, ctx.date1904) : raw
    }
  }

  scanPart(book, path, {
    open(name, a, selfClosing) {
      switch (name) {
        case 'row': {
          const r = Number(a.r)
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
          column = -1
          break
        }
        case 'c': {
          cellRef = a.r ?? ''
          const fromRef = columnIndex(cellRef)
          column = fromRef >= 0 ? fromRef : column + 1
          type = a.t ?? ''
          style = Number(a.s ?? 0)
          value = null
          inline = null
          if (selfClosing) value = null
          break
        }
        case 'v':
          if (!selfClosing) value = []
          break
        case 'is':
          inline = []
          break
        case 'rPh':
          phonetic++
          break
        case 't':
          if (!selfClosing && inline) inText = true
          break
      }
    },
    close(name) {
      switch (name) {
        case 'c': {
          const text = cellText()
          if (text !== '') {
            if (column >= limits.maxColumns) {
              const ref = cellRef || `${columnName(column)}${rowNumber}`
              throw new LimitExceededError(
                'maxColumns',
                column + 1,
                limits.maxColumns,
                book.fileName,
                where(msg('limit.xlsxColumns', { cell: ref, column: column + 1 })),
              )
            }
            rowCells.push([column, text])
          }
          value = null
          inline = null
          break
        }
        case 'row':
          finishRow()
          break
        case 'v':
          break
        case 'rPh':
          phonetic--
          break
        case 't':
          inText = false
          break
      }
    },
    text(text) {
      if (inText && phonetic === 0 && inline) inline.push(text)
      else if (value && !inline) value.push(text)
    },
  })
  finishRow()
  return rows
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
  const sheetNames = sheets.map((s) => s.name)
  const chosen = options.sheet === undefined ? sheets : sheets.filter((s) => s.name === options.sheet)
  if (options.sheet !== undefined && chosen.length === 0) {
    throw new Error(`sheet "${options.sheet}" not found in ${fileName} (sheets: ${sheetNames.join(', ')})`)
  }
  const relList = [...rels.values()]
  const sharedPath =
    relList.find((r) => REL_SHARED_STRINGS.test(r.type))?.path ??
    (book.entries.has(`${baseDir}sharedStrings.xml`) ? `${baseDir}sharedStrings.xml` : undefined)
  const stylesPath =
    relList.find((r) => REL_STYLES.test(r.type))?.path ??
    (book.entries.has(`${baseDir}styles.xml`) ? `${baseDir}styles.xml` : undefined)
  const ctx: Omit<SheetContext, 'sheetName'> = {
    book,
    shared: readSharedStrings(book, sharedPath, limits),
    dateStyles: readDateStyles(book, stylesPath),
    date1904,
    limits,
    cells: { count: 0 },
  }
  const tables = chosen.map((s) => finishTable(s.name, readSheet({ ...ctx, sheetName: s.name }, s.path)))
  return { tables, sheetNames }
}
