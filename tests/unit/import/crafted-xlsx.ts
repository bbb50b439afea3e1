/**
 * Builds workbooks byte by byte for the limit tests: a few KB of XML in a hand-made ZIP, with
 * sizes the test chooses (a ZIP may lie about what a part inflates to) and parts that inflate far
 * beyond their compressed size (the same DEFLATE segment repeated), without ever holding the
 * inflated bytes here.
 */
import { Deflate, deflateSync } from 'fflate'

export interface ZipPart {
  name: string
  /** The part's text or bytes; deflated here. */
  data?: string | Uint8Array
  /** Already deflated bytes (raw DEFLATE), e.g. from `repeatedDeflate`. */
  deflated?: Uint8Array
  /** The uncompressed size to claim in the ZIP; default the real one (or 0 for `deflated`). */
  declaredSize?: number
}

const utf8 = (text: string) => new TextEncoder().encode(text)

/** A ZIP of the parts, every one deflated; CRCs are left 0 (the reader does not check them). */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? utf8(part.data) : part.data
    const deflated = part.deflated ?? deflateSync(raw ?? new Uint8Array(0))
    const size = part.declaredSize ?? raw?.length ?? 0
    const name = utf8(part.name)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint16(8, 8, true)
    local.setUint32(18, deflated.length, true)
    local.setUint32(22, size, true)
    local.setUint16(26, name.length, true)
    const entry = new DataView(new ArrayBuffer(46))
    entry.setUint32(0, 0x02014b50, true)
    entry.setUint16(4, 20, true)
    entry.setUint16(6, 20, true)
    entry.setUint16(10, 8, true)
    entry.setUint32(20, deflated.length, true)
    entry.setUint32(24, size, true)
    entry.setUint16(28, name.length, true)
    entry.setUint32(42, offset, true)
    chunks.push(new Uint8Array(local.buffer), name, deflated)
    central.push(new Uint8Array(entry.buffer), name)
    offset += 30 + name.length + deflated.length
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, parts.length, true)
  end.setUint16(10, parts.length, true)
  end.setUint32(12, centralSize, true)
  end.setUint32(16, offset, true)
  const all = [...chunks, ...central, new Uint8Array(end.buffer)]
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of all) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/**
 * Raw DEFLATE that inflates to `head`, then `segment` `times` times, then `tail`: the segment is
 * deflated once (ending on a byte boundary) and its bytes repeated, so 1 MB of text repeated
 * 2 000 times inflates to 2 GB from a file of a few MB.
 */
export function repeatedDeflate(head: string, segment: string, times: number, tail: string): Uint8Array {
  const flushed = (text: string) => {
    const out: Uint8Array[] = []
    const d = new Deflate({ level: 9 }, (chunk) => out.push(chunk))
    d.push(utf8(text))
    d.flush(true)
    return out
  }
  const seg = flushed(segment)
  const chunks = flushed(head)
  for (let i = 0; i < times; i++) for (const c of seg) chunks.push(c)
  for (const c of flushed(tail)) chunks.push(c)
  chunks.push(new Uint8Array([0x03, 0x00])) // an empty final block
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A sheet's XML from its `<row>` elements. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`
}

/**
 * A minimal workbook: one sheet per entry, optional shared strings (as text, or as a ready
 * part to craft sizes) and styles.
 */
export function buildWorkbook(options: {
  sheets: { name: string; xml: string | Omit<ZipPart, 'name'> }[]
  sharedStrings?: string | Omit<ZipPart, 'name'>
  styles?: string
  date1904?: boolean
}): Uint8Array {
  const sheetEntries = options.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')
  const rels = options.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('')
  const extraRels = [
    options.sharedStrings !== undefined
      ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    options.styles !== undefined ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : '',
  ].join('')
  const part = (name: string, content: string | Omit<ZipPart, 'name'>): ZipPart =>
    typeof content === 'string' ? { name, data: content } : { name, ...content }
  const parts: ZipPart[] = [
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetEntries}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${extraRels}</Relationships>`,
    },
    ...options.sheets.map((s, i) => part(`xl/worksheets/sheet${i + 1}.xml`, s.xml)),
  ]
  if (options.sharedStrings !== undefined) parts.push(part('xl/sharedStrings.xml', options.sharedStrings))
  if (options.styles !== undefined) parts.push({ name: 'xl/styles.xml', data: options.styles })
  return buildZip(parts)
}
