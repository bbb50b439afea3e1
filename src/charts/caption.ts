/**
 * The caption an exported image carries (title, dataset and as-of date, source, filters),
 * laid out above the chart. The chart is rendered at its own size and the caption is
 * composed around it, so the export needs no change to a chart's layout. Text widths are
 * estimated (no fonts are loaded), generously, so lines wrap before they would overflow.
 */
import { escapeHtml } from './escape-html'
import { FONT_FAMILY, INK, INK_MUTED, PAPER } from './palette'

export interface ExportCaption {
  title: string
  /** Further lines: dataset and as-of date, `Kilde: …`, active filters. */
  lines: string[]
}

export interface CaptionLine {
  text: string
  x: number
  /** Baseline. */
  y: number
  fontSize: number
  bold: boolean
  colour: string
}

export interface CaptionLayout {
  width: number
  height: number
  lines: CaptionLine[]
}

const PADDING = 16
const TITLE_SIZE = 18
const TEXT_SIZE = 13
const LINE_HEIGHT = 1.4
/** Average glyph width as a share of the font size; above that of system sans-serif fonts. */
const GLYPH_WIDTH = 0.6

/** Greedy word wrap to at most `maxChars` a line; a longer word is cut. */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word
    while (rest.length > limit) {
      if (line) lines.push(line)
      line = ''
      lines.push(rest.slice(0, limit))
      rest = rest.slice(limit)
    }
    if (!line) line = rest
    else if (line.length + 1 + rest.length <= limit) line = `${line} ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Positions of the caption's lines for an image `width` pixels wide. */
export function layoutCaption(caption: ExportCaption, width: number): CaptionLayout {
  const usable = width - 2 * PADDING
  const out: CaptionLine[] = []
  let y = PADDING
  const add = (text: string, fontSize: number, bold: boolean, colour: string): void => {
    for (const part of wrapText(text, usable / (fontSize * GLYPH_WIDTH))) {
      y += fontSize * LINE_HEIGHT
      out.push({ text: part, x: PADDING, y: Math.round(y - fontSize * 0.3), fontSize, bold, colour })
    }
  }
  add(caption.title, TITLE_SIZE, true, INK)
  for (const line of caption.lines) add(line, TEXT_SIZE, false, INK_MUTED)
  return { width, height: Math.ceil(y + PADDING / 2), lines: out }
}

/** The font shorthand of a caption line, for a canvas context. */
export function captionFont(line: CaptionLine): string {
  return `${line.bold ? 'bold ' : ''}${line.fontSize}px ${FONT_FAMILY}`
}

/**
 * One SVG document: the caption's lines as escaped `<text>`, and ECharts' SVG of the chart
 * nested below them.
 */
export function buildCaptionedSvg(chartSvg: string, layout: CaptionLayout, chartHeight: number): string {
  const { width } = layout
  const height = layout.height + chartHeight
  const font = escapeHtml(FONT_FAMILY)
  const texts = layout.lines.map(
    (l) =>
      `<text x="${l.x}" y="${l.y}" font-family="${font}" font-size="${l.fontSize}"` +
      `${l.bold ? ' font-weight="bold"' : ''} fill="${l.colour}">${escapeHtml(l.text)}</text>`,
  )
  const chart = chartSvg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/^<svg\b/, `<svg x="0" y="${layout.height}"`)
  const title = escapeHtml(
    layout.lines
      .filter((l) => l.bold)
      .map((l) => l.text)
      .join(' '),
  )
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${title}</title>`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    ...texts,
    chart,
    '</svg>',
  ].join('\n')
}

/** A file name from a chart title: `tiltak-per-mal-og-fase`. */
export function exportFileName(title: string, extension: 'png' | 'svg'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${slug || 'diagram'}.${extension}`
}
