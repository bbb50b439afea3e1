/**
 * Bytes → text. We decode ourselves (not the browser's File.text()) because Norwegian Excel
 * saves CSV as Windows-1252 unless told otherwise, and the report must name the encoding.
 *
 * The rule, per file: a BOM decides (UTF-8, UTF-16 LE/BE). Without one, the bytes are checked
 * as UTF-8: all valid → UTF-8. Some invalid → UTF-8 still when the valid multi-byte sequences
 * outnumber the invalid ones (a UTF-8 file with a few damaged bytes: those become U+FFFD and
 * the import warns, naming their rows); else Windows-1252 (a file saved by Excel, where «æøå»
 * are single bytes that are never valid UTF-8). One bad byte must not turn every «æøå» of a
 * UTF-8 file into mojibake.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
  /** UTF-8 chosen although this many byte sequences were invalid (each is now U+FFFD). */
  invalidSequences?: number
  /** Windows-1252 chosen although this many byte sequences were valid multi-byte UTF-8. */
  utf8Sequences?: number
}

/** Valid multi-byte and invalid sequences of the bytes read as UTF-8 (WHATWG's maximal subparts). */
export function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0
  let invalid = 0
  const n = bytes.length
  let i = 0
  while (i < n) {
    const b = bytes[i] ?? 0
    if (b < 0x80) {
      i++
      continue
    }
    let need = 0
    let lower = 0x80
    let upper = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lower = 0xa0
      if (b === 0xed) upper = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lower = 0x90
      if (b === 0xf4) upper = 0x8f
    } else {
      invalid++
      i++
      continue
    }
    let j = 1
    for (; j <= need; j++) {
      const c = bytes[i + j]
      if (c === undefined || c < (j === 1 ? lower : 0x80) || c > (j === 1 ? upper : 0xbf)) break
    }
    if (j > need) {
      multiByte++
      i += need + 1
    } else {
      invalid++
      i += j // the maximal subpart is replaced; decoding resumes at the offending byte
    }
  }
  return { multiByte, invalid }
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; see the module comment. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3)
    const { invalid } = scanUtf8(body)
    const text = new TextDecoder('utf-8').decode(body)
    return invalid > 0
      ? { text, encoding: 'utf-8-bom', invalidSequences: invalid }
      : { text, encoding: 'utf-8-bom' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  const { multiByte, invalid } = scanUtf8(bytes)
  if (invalid === 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  if (multiByte > invalid) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalidSequences: invalid }
  }
  const text = decodeWindows1252(bytes)
  return multiByte > 0
    ? { text, encoding: 'windows-1252', utf8Sequences: multiByte }
    : { text, encoding: 'windows-1252' }
}

// 0x80–0x9F of Windows-1252 (undefined bytes keep their C1 code point, as browsers do).
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/**
 * Windows-1252 by table: Node's TextDecoder treats the label as ISO-8859-1 in some builds
 * (en dash 0x96 would become U+0096), and the command-line validator runs in Node.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const codes = new Uint16Array(8192)
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j] ?? 0
      codes[j] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b
    }
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(0, chunk.length))))
  }
  return parts.join('')
}
