/**
 * One worksheet part → rows of text cells. The reader keeps only cells that hold a value and
 * checks the limits (columns of each value, rows, cells a row takes once laid out) before a row
 * is built, so a sheet costs what it contains, not its largest address.
 */
import { msg, type IssueMessage } from '@/domain/import-issue'
import { LimitExceededError, type ReadLimits } from './limits'
import { columnName } from './raw-table'
import type { XmlHandler } from './xml-scan'
import { scanPart, unescapeOoxml, type Workbook } from './xlsx-package'
import { serialToIsoDate } from './xlsx-styles'

/** What reading a sheet needs from the rest of the workbook. */
export interface SheetContext {
  book: Workbook
  sheetName: string
  shared: string[]
  dateStyles: boolean[]
  date1904: boolean
  limits: ReadLimits
  /** Cells laid out so far, all sheets together. */
  cells: { count: number }
}

/** A row of a sheet: its 1-based number and its cells, '' where a cell is empty. */
export interface SheetRow {
  row: number
  cells: string[]
}

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

/** One worksheet as rows of text cells; only rows that hold a value. */
export function readSheet(ctx: SheetContext, path: string): SheetRow[] {
  const reader = new SheetReader(ctx)
  scanPart(ctx.book, path, reader)
  reader.finishRow()
  return reader.rows
}

/** The scanner's handler for a worksheet: the state of the row and cell being read. */
class SheetReader implements XmlHandler {
  readonly rows: SheetRow[] = []
  private rowNumber = 0
  private rowCells: [number, string][] = []
  private column = -1
  private cellRef = ''
  private type = ''
  private style = 0
  private value: string[] | null = null
  private inline: string[] | null = null
  private inText = false
  private phonetic = 0

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, a: Record<string, string>, selfClosing: boolean): void {
    switch (name) {
      case 'row':
        this.startRow(a.r)
        break
      case 'c':
        this.startCell(a)
        break
      case 'v':
        if (!selfClosing) this.value = []
        break
      case 'is':
        this.inline = []
        break
      case 'rPh':
        this.phonetic++
        break
      case 't':
        if (!selfClosing && this.inline) this.inText = true
        break
    }
  }

  close(name: string): void {
    switch (name) {
      case 'c':
        this.endCell()
        break
      case 'row':
        this.finishRow()
        break
      case 'rPh':
        this.phonetic--
        break
      case 't':
        this.inText = false
        break
    }
  }

  text(text: string): void {
    if (this.inText && this.phonetic === 0 && this.inline) this.inline.push(text)
    else if (this.value && !this.inline) this.value.push(text)
  }

  /** Lays out the cells read since the last row, once the limits allow it. */
  finishRow(): void {
    if (this.rowCells.length === 0) return
    const { limits, book } = this.ctx
    if (this.rows.length >= limits.maxRows) {
      throw new LimitExceededError(
        'maxRows',
        this.rows.length + 1,
        limits.maxRows,
        book.fileName,
        this.where(msg('limit.xlsxRows', { row: this.rowNumber })),
      )
    }
    let width = 0
    for (const [c] of this.rowCells) width = Math.max(width, c + 1)
    this.ctx.cells.count += width
    if (this.ctx.cells.count > limits.maxCells) {
      throw new LimitExceededError(
        'maxCells',
        this.ctx.cells.count,
        limits.maxCells,
        book.fileName,
        this.where(msg('limit.xlsxCells', { row: this.rowNumber })),
      )
    }
    const cells = new Array<string>(width).fill('')
    for (const [c, text] of this.rowCells) cells[c] = text
    this.rows.push({ row: this.rowNumber, cells })
    this.rowCells = []
  }

  private startRow(r: string | undefined): void {
    const n = Number(r)
    this.rowNumber = Number.isInteger(n) && n > 0 ? n : this.rowNumber + 1
    this.column = -1
  }

  private startCell(a: Record<string, string>): void {
    this.cellRef = a.r ?? ''
    const fromRef = columnIndex(this.cellRef)
    this.column = fromRef >= 0 ? fromRef : this.column + 1
    this.type = a.t ?? ''
    this.style = Number(a.s ?? 0)
    this.value = null
    this.inline = null
  }

  /** Keeps the cell's text when it has one, refusing a column past the limit. */
  private endCell(): void {
    const text = this.cellText()
    if (text !== '') {
      const { limits, book } = this.ctx
      if (this.column >= limits.maxColumns) {
        const ref = this.cellRef || `${columnName(this.column)}${this.rowNumber}`
        throw new LimitExceededError(
          'maxColumns',
          this.column + 1,
          limits.maxColumns,
          book.fileName,
          this.where(msg('limit.xlsxColumns', { cell: ref, column: this.column + 1 })),
        )
      }
      this.rowCells.push([this.column, text])
    }
    this.value = null
    this.inline = null
  }

  /** The cell's value as text, by its type: shared string, inline, boolean, date or number. */
  private cellText(): string {
    if (this.type === 'inlineStr') return unescapeOoxml((this.inline ?? []).join(''))
    const raw = (this.value ?? []).join('')
    if (raw === '') return ''
    switch (this.type) {
      case 's':
        return this.sharedString(raw)
      case 'str':
        return unescapeOoxml(raw)
      case 'b':
        return raw === '1' || raw === 'true' ? 'true' : 'false'
      case 'd':
        return raw.slice(0, 10)
      case 'e':
        return raw
      default:
        return this.ctx.dateStyles[this.style] ? serialToIsoDate(raw, this.ctx.date1904) : raw
    }
  }

  private sharedString(raw: string): string {
    const index = Number(raw)
    const { shared } = this.ctx
    return Number.isInteger(index) && index >= 0 && index < shared.length ? (shared[index] ?? '') : ''
  }

  private where(what: IssueMessage): IssueMessage {
    return msg('limit.xlsxSheet', { sheet: this.ctx.sheetName, what })
  }
}
