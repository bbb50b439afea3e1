/**
 * A small streaming XML tokenizer for the parts of a workbook: text arrives in chunks, and
 * elements are reported as they complete, so a sheet is read cell by cell without its whole text
 * (or a DOM of it) in memory. It knows what SpreadsheetML uses: elements, attributes, text,
 * character references and the five predefined entities, CDATA, comments and processing
 * instructions. Declared entities are never expanded (no entity-expansion bombs).
 */

export interface XmlHandler {
  /** An element starts; `name` without its namespace prefix. */
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void
  close(name: string): void
  /** Text between tags, entities decoded. */
  text(text: string): void
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** `&lt;`, `&#229;`, `&#xE5;` → their characters; anything else stays as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return Object.hasOwn(ENTITIES, ref) ? (ENTITIES[ref] ?? whole) : whole
  })
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':')
  return colon < 0 ? qualified : qualified.slice(colon + 1)
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>
  if (raw.trim() === '') return attributes
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1]
    if (name === undefined || name.startsWith('xmlns')) continue
    attributes[localName(name)] = decodeXmlText(m[2] ?? m[3] ?? '')
  }
  return attributes
}

/**
 * Feeds text to a handler; `push` may be called with any split of the document. Text that runs
 * over many chunks (a shared string of megabytes) is kept as a list of pieces and joined once,
 * so a long text costs its length, not its length times the number of chunks.
 */
export class XmlScanner {
  /** An incomplete `<…` at the end of the last chunk. */
  private partial = ''
  /** Text read since the last tag, not yet reported. */
  private textParts: string[] = []

  constructor(private readonly handler: XmlHandler) {}

  private flushText(last: string): void {
    if (this.textParts.length === 0) {
      if (last !== '') this.handler.text(decodeXmlText(last))
      return
    }
    this.textParts.push(last)
    const text = this.textParts.join('')
    this.textParts = []
    if (text !== '') this.handler.text(decodeXmlText(text))
  }

  push(chunk: string, final = false): void {
    let buf: string
    if (this.partial !== '') {
      buf = this.partial + chunk
      this.partial = ''
    } else if (!final && chunk.indexOf('<') < 0) {
      if (chunk !== '') this.textParts.push(chunk)
      return
    } else {
      buf = chunk
    }
    const length = buf.length
    let i = 0
    for (;;) {
      const lt = buf.indexOf('<', i)
      if (lt < 0) {
        if (final) this.flushText(buf.slice(i))
        else if (i < length) this.textParts.push(buf.slice(i))
        i = length
        break
      }
      this.flushText(buf.slice(i, lt))
      i = lt
      const next = buf.charCodeAt(lt + 1)
      if (next === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4)
          if (end < 0) break
          i = end + 3
          continue
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9)
          if (end < 0) break
          // CDATA is literal: its `&` is escaped so that decoding the joined text restores it.
          this.textParts.push(buf.slice(lt + 9, end).replace(/&/g, '&amp;'))
          i = end + 3
          continue
        }
        if (length - lt < 9) break // may still become `<![CDATA[`
        const end = buf.indexOf('>', lt) // <!DOCTYPE …>: skipped, its entities never used
        if (end < 0) break
        i = end + 1
        continue
      }
      if (next === 63 /* ? */) {
        const end = buf.indexOf('?>', lt + 2)
        if (end < 0) break
        i = end + 2
        continue
      }
      // Find the tag's `>`, skipping quoted attribute values (which may hold `>`).
      let j = lt + 1
      let quote = 0
      for (; j < length; j++) {
        const c = buf.charCodeAt(j)
        if (quote !== 0) {
          if (c === quote) quote = 0
        } else if (c === 34 || c === 39) quote = c
        else if (c === 62) break
      }
      if (j >= length) break
      const tag = buf.slice(lt + 1, j)
      i = j + 1
      if (tag[0] === '/') {
        this.handler.close(localName(tag.slice(1).trim()))
        continue
      }
      const selfClosing = tag.endsWith('/')
      const body = selfClosing ? tag.slice(0, -1) : tag
      const space = body.search(/\s/)
      const name = localName(space < 0 ? body : body.slice(0, space))
      this.handler.open(name, parseAttributes(space < 0 ? '' : body.slice(space)), selfClosing)
      if (selfClosing) this.handler.close(name)
    }
    if (i < length) this.partial = buf.slice(i)
    if (final && this.partial !== '') throw new Error('the XML ends inside a tag')
  }
}
