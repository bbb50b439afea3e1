/**
 * A PDF of full-page JPEG images, one per page: the presentation handout. The format needs
 * only a catalog, a page tree, and per page an image XObject (JPEG bytes as they are, DCTDecode)
 * and a content stream that paints it, so we write it ourselves rather than ship a PDF library.
 */

export interface PdfImagePage {
  /** JPEG file bytes. */
  jpeg: Uint8Array
  /** Pixel size of the image. */
  width: number
  height: number
}

/** Page size in points (1/72 inch). */
export interface PdfPageSize {
  width: number
  height: number
}

/** A4 landscape and 16:9 (same width as A4 landscape). */
export const PAGE_SIZES = {
  a4: { width: 841.89, height: 595.28 },
  '16:9': { width: 841.89, height: 473.56 },
} as const satisfies Record<string, PdfPageSize>

const encoder = new TextEncoder()

/** Builds the PDF; each image is scaled to fit its page and centred. */
export function buildImagePdf(pages: readonly PdfImagePage[], size: PdfPageSize = PAGE_SIZES.a4): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part
    chunks.push(bytes)
    length += bytes.length
  }
  const object = (id: number, body: () => void) => {
    offsets[id] = length
    push(`${id} 0 obj\n`)
    body()
    push('\nendobj\n')
  }

  // Object ids: 1 catalog, 2 page tree, then per page: page, image, content.
  const pageIds = pages.map((_, i) => 3 + i * 3)
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n')
  object(1, () => push('<< /Type /Catalog /Pages 2 0 R >>'))
  object(2, () =>
    push(`<< /Type /Pages /Count ${pages.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`),
  )
  pages.forEach((page, i) => {
    const pageId = pageIds[i] as number
    const imageId = pageId + 1
    const contentId = pageId + 2
    const scale = Math.min(size.width / page.width, size.height / page.height)
    const w = page.width * scale
    const h = page.height * scale
    const x = (size.width - w) / 2
    const y = (size.height - h) / 2
    const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} ${x.toFixed(2)} ${y.toFixed(2)} cm /Im${i} Do Q`
    object(pageId, () =>
      push(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size.width} ${size.height}] ` +
          `/Resources << /XObject << /Im${i} ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    )
    object(imageId, () => {
      push(
        `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} ` +
          `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`,
      )
      push(page.jpeg)
      push('\nendstream')
    })
    object(contentId, () => push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`))
  })
  const objectCount = 3 + pages.length * 3
  const xref = length
  push(`xref\n0 ${objectCount}\n0000000000 65535 f \n`)
  for (let id = 1; id < objectCount; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`)
  push(`trailer\n<< /Size ${objectCount} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)

  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
