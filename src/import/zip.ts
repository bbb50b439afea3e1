/**
 * Just enough ZIP to read a workbook's parts as streams: the central directory says where each
 * part is, and a part is inflated in small slices so that the bytes it inflates to are counted
 * (against a budget) before they pile up. The sizes a ZIP declares are not trusted: a crafted
 * file can claim 1 KB and inflate to gigabytes.
 */
import { Inflate } from 'fflate'

export interface ZipEntry {
  name: string
  /** 0 = stored, 8 = deflated. */
  method: number
  compressedSize: number
  /** The size the archive claims the entry inflates to: used to refuse early, never trusted. */
  declaredSize: number
  /** Offset of the entry's local header. */
  headerOffset: number
}

/** Thrown when the bytes are not a ZIP this reader understands. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipFormatError'
  }
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
/** Input slice per inflate step: even at DEFLATE's maximum ratio (~1:1032) a step yields ≤ 4 MB. */
const SLICE = 4096

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The entries of the central directory, by name. */
export function listZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const data = view(bytes)
  // The end-of-central-directory record is in the last 22 + 65 535 (comment) bytes.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipFormatError('no ZIP end-of-directory record')
  const count = data.getUint16(eocd + 10, true)
  const offset = data.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported')
  const entries = new Map<string, ZipEntry>()
  const decoder = new TextDecoder()
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('damaged ZIP central directory')
    }
    const method = data.getUint16(at + 10, true)
    const compressedSize = data.getUint32(at + 20, true)
    const declaredSize = data.getUint32(at + 24, true)
    const nameLength = data.getUint16(at + 28, true)
    const extraLength = data.getUint16(at + 30, true)
    const commentLength = data.getUint16(at + 32, true)
    const headerOffset = data.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.set(name, { name, method, compressedSize, declaredSize, headerOffset })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The compressed bytes of an entry (a view, not a copy). */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes)
  const at = entry.headerOffset
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`damaged ZIP entry ${entry.name}`)
  }
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw new ZipFormatError(`truncated ZIP entry ${entry.name}`)
  return bytes.subarray(start, end)
}

/**
 * Streams an entry's inflated bytes to `onChunk`. `onChunk` is called before the next slice is
 * inflated, so a budget it checks (and throws on) stops the work within one slice.
 */
export function streamZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = compressedData(bytes, entry)
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += 1 << 16) onChunk(data.subarray(i, i + (1 << 16)))
    return
  }
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} in ${entry.name}`)
  const inflate = new Inflate((chunk) => onChunk(chunk))
  if (data.length === 0) {
    inflate.push(new Uint8Array(0), true)
    return
  }
  for (let i = 0; i < data.length; i += SLICE) {
    inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length)
  }
}
