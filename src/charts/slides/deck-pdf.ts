/**
 * The presentation as a PDF, made in the browser from the slides' SVG: jsPDF writes the pages
 * and svg2pdf.js draws each SVG into them as vectors, so text stays sharp at any zoom and can be
 * selected and searched. Both load only when a PDF is made. Every page is first filled with
 * the theme's ground, so no page is ever black or transparent, and the 16:9 slide is centred
 * on the page (A4 landscape leaves bands above and below, in the same colour).
 */
import { makeTextPdfSafe } from './pdf-text'
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-types'

/** Page sizes in points (1/72 inch): A4 landscape, and 16:9 of the same width. */
export const PAGE_SIZES = {
  a4: { width: 841.89, height: 595.28 },
  '16:9': { width: 841.89, height: 473.56 },
} as const

export type PdfPageFormat = keyof typeof PAGE_SIZES

export interface DeckPdfInput {
  title: string
  lang: string
  format: PdfPageFormat
  /** `#rrggbb` of the theme's ground. */
  background: string
  /** Standalone SVG documents, one per page. */
  slides: readonly string[]
}

export async function buildDeckPdf(input: DeckPdfInput): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')])
  const { width, height } = PAGE_SIZES[input.format]
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [width, height], compress: true })
  doc.setProperties({ title: input.title, creator: 'Veikart' })
  doc.setLanguage(input.lang as Parameters<typeof doc.setLanguage>[0])
  const scale = Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT)
  const w = SLIDE_WIDTH * scale
  const h = SLIDE_HEIGHT * scale
  // svg2pdf reads computed styles, so each slide is parsed into a hidden element in turn.
  const holder = document.createElement('div')
  holder.setAttribute('aria-hidden', 'true')
  holder.style.position = 'fixed'
  holder.style.left = '-10000px'
  holder.style.top = '0'
  document.body.append(holder)
  try {
    for (const [i, svg] of input.slides.entries()) {
      if (i > 0) doc.addPage([width, height], 'landscape')
      doc.setFillColor(input.background)
      doc.rect(0, 0, width, height, 'F')
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement
      // The PDF's standard fonts draw WinAnsi only (pdf-text.ts).
      makeTextPdfSafe(parsed)
      holder.replaceChildren(document.importNode(parsed, true))
      const element = holder.firstElementChild
      if (!element) continue
      await svg2pdf(element, doc, { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h })
    }
  } finally {
    holder.remove()
  }
  return doc.output('blob')
}
