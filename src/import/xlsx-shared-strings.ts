/** The shared-strings part of a workbook: the text that cells of type `s` point to by index. */
import { msg } from '@/domain/import-issue'
import { LimitExceededError, type ReadLimits } from './limits'
import { scanPart, unescapeOoxml, type Workbook } from './xlsx-package'

/** The shared strings, in order; rich-text runs joined, phonetic runs left out. */
export function readSharedStrings(book: Workbook, path: string | undefined, limits: ReadLimits): string[] {
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
