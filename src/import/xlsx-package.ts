/**
 * The package layer of an XLSX file: its zip parts, scanned as streams under one budget of
 * inflated bytes, and the relationships that say which part is which.
 */
import { msg } from '@/domain/import-issue'
import { LimitExceededError } from './limits'
import { XmlScanner, type XmlHandler } from './xml-scan'
import type { ZipEntry } from './zip'
import { streamZipEntry } from './zip'

/** Counts inflated bytes of the whole workbook against the limit, part by part. */
export class InflateBudget {
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

/** An opened workbook: its bytes, its parts by path, and the budget they all draw on. */
export interface Workbook {
  bytes: Uint8Array
  entries: Map<string, ZipEntry>
  budget: InflateBudget
  fileName: string
}

/** Scans one part (if present) with a handler, decoding UTF-8 across chunk boundaries. */
export function scanPart(book: Workbook, path: string, handler: XmlHandler): boolean {
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
export function readRelationships(
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

/** `xl/workbook.xml` → `xl/`; '' for a part at the root. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash + 1)
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (Excel writes CR as `_x000D_`). */
export function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text
}
