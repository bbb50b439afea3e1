/**
 * Which cells of a workbook hold dates: XLSX stores a date as a serial day number and tells it
 * apart only by the cell's number format, built in or custom (in the styles part).
 */
import { scanPart, type Workbook } from './xlsx-package'

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
export function readDateStyles(book: Workbook, path: string | undefined): boolean[] {
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

/** An Excel serial day number → ISO date (1900 or 1904 system); the text as is when not a number. */
export function serialToIsoDate(text: string, date1904: boolean): string {
  const serial = Number(text)
  if (!Number.isFinite(serial)) return text
  const days = serial + (date1904 ? 1462 : 0) - 25_569 // 25 569 = 1970-01-01 in the 1900 system
  const date = new Date(Math.round(days * 86_400_000))
  return Number.isNaN(date.getTime()) ? text : date.toISOString().slice(0, 10)
}
