/**
 * A slide as one SVG document (1920×1080): title, visual, caption and slide number. The same
 * SVG is shown in presentation mode, inlined in the HTML deck, drawn into PDF pages (as vector)
 * and into PNGs, so every output looks the same. All text is escaped here; the chart's SVG
 * comes from ECharts' SVG renderer, which escapes the text it draws. Text widths are estimated
 * (no fonts are loaded), generously, so lines wrap before they overflow.
 */
import { maxOf } from '@/domain/array'
import { wrapText } from '../caption'
import { escapeHtml } from '../escape-html'
import { FONT_FAMILY } from '../palette'
import type { SlideTheme } from './slide-theme'
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideTable, type SlideTableColumn } from './slide-types'

export const SLIDE_PADDING = 72
export const TITLE_SIZE = 52
export const CAPTION_SIZE = 24
export const TABLE_SIZE = 26
const LINE = 1.25
const GLYPH = 0.56
const TITLE_LINES = 2
const CAPTION_LINES = 2

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Where the visual goes: the same box on every slide, so slides do not jump. */
export const VISUAL_BOX: Box = (() => {
  const y = SLIDE_PADDING + TITLE_LINES * TITLE_SIZE * LINE + 28
  const bottom = SLIDE_HEIGHT - SLIDE_PADDING + 16 - CAPTION_LINES * CAPTION_SIZE * LINE - 20
  return {
    x: SLIDE_PADDING,
    y: Math.round(y),
    width: SLIDE_WIDTH - 2 * SLIDE_PADDING,
    height: Math.round(bottom - y),
  }
})()

/** At most `max` lines of `text` for `width` px at `size` px; a cut last line ends in «…». */
export function fitLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width / (size * GLYPH))
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  const last = kept[max - 1] ?? ''
  const room = Math.floor(width / (size * GLYPH)) - 1
  kept[max - 1] = `${last.slice(0, Math.max(1, room))}…`
  return kept
}

const font = escapeHtml(FONT_FAMILY)

function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  fill: string,
  extra = '',
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${Math.round(y + size + i * size * LINE)}" font-family="${font}" font-size="${size}" fill="${fill}"${extra}>${escapeHtml(line)}</text>`,
    )
    .join('')
}

/** Height a table row needs: its tallest cell. */
function rowLines(row: readonly string[], columns: readonly SlideTableColumn[], width: number): string[][] {
  return columns.map((column, c) =>
    fitLines(row[c] ?? '', column.width * width - 20, TABLE_SIZE, column.maxLines ?? 2),
  )
}

const ROW_PAD = 14

function rowHeight(lines: readonly string[][]): number {
  return Math.max(1, maxOf(lines.map((l) => l.length)) ?? 1) * TABLE_SIZE * LINE + ROW_PAD
}

/**
 * Splits table rows into pages that fit the visual box under the header: every row is kept,
 * in order, on exactly one page.
 */
export function paginateTable(table: SlideTable, box: Box = VISUAL_BOX): string[][][] {
  const available = box.height - rowHeight([[table.columns[0]?.label ?? '']])
  const pages: string[][][] = []
  let page: string[][] = []
  let used = 0
  for (const row of table.rows) {
    const h = rowHeight(rowLines(row, table.columns, box.width))
    if (page.length > 0 && used + h > available) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(row)
    used += h
  }
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}

/** A table as SVG inside `box`; rows beyond the box are the caller's to page (paginateTable). */
export function tableSvg(table: SlideTable, theme: SlideTheme, box: Box = VISUAL_BOX): string {
  const parts: string[] = []
  let y = box.y
  const header = table.columns.map((c) => [c.label])
  const drawRow = (cells: string[][], bold: boolean): void => {
    let x = box.x
    table.columns.forEach((column, c) => {
      const w = column.width * box.width
      const end = column.align === 'end'
      const tx = end ? x + w - 10 : x + 10
      const anchor = end ? ' text-anchor="end"' : ''
      const weight = bold ? ' font-weight="bold"' : ''
      parts.push(textLines(cells[c] ?? [], tx, y + ROW_PAD / 2, TABLE_SIZE, theme.text, `${anchor}${weight}`))
      x += w
    })
    y += rowHeight(cells)
    parts.push(
      `<line x1="${box.x}" x2="${box.x + box.width}" y1="${Math.round(y)}" y2="${Math.round(y)}" stroke="${theme.rule}" stroke-width="${bold ? 3 : 1}"/>`,
    )
  }
  drawRow(header, true)
  for (const row of table.rows) drawRow(rowLines(row, table.columns, box.width), false)
  return `<g class="slide-table">${parts.join('')}</g>`
}

/**
 * Removes the XML prolog and the outer `<svg>` of ECharts' output, so what is left nests in a
 * `<g>`; and its `<style>` (hover rules only), which a slide does not need and the page's
 * Content-Security-Policy would refuse as an inline style sheet.
 */
export function innerSvg(svg: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/^\s*<svg\b[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
}

export interface SlideFrame {
  title: string
  caption: string
  /** `3 / 12`. */
  counter: string
  theme: SlideTheme
  /** The visual's SVG, already placed inside VISUAL_BOX. */
  body: string
  /** Accessible name of the whole picture. */
  label: string
}

/** The whole slide as a standalone SVG document. */
export function composeSlideSvg(frame: SlideFrame): string {
  const { theme } = frame
  const width = SLIDE_WIDTH - 2 * SLIDE_PADDING
  const title = fitLines(frame.title, width, TITLE_SIZE, TITLE_LINES)
  const counterWidth = frame.counter.length * CAPTION_SIZE * GLYPH + 40
  const caption = fitLines(frame.caption, width - counterWidth, CAPTION_SIZE, CAPTION_LINES)
  const captionY = SLIDE_HEIGHT - SLIDE_PADDING + 16 - CAPTION_LINES * CAPTION_SIZE * LINE
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" role="img" aria-label="${escapeHtml(frame.label)}">`,
    `<title>${escapeHtml(frame.label)}</title>`,
    `<rect class="slide-ground" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" fill="${theme.background}"/>`,
    textLines(title, SLIDE_PADDING, SLIDE_PADDING - 8, TITLE_SIZE, theme.text, ' font-weight="bold"'),
    `<rect x="${SLIDE_PADDING}" y="${VISUAL_BOX.y - 18}" width="120" height="6" fill="${theme.accent}"/>`,
    frame.body,
    textLines(caption, SLIDE_PADDING, captionY, CAPTION_SIZE, theme.muted),
    textLines(
      [frame.counter],
      SLIDE_WIDTH - SLIDE_PADDING,
      captionY,
      CAPTION_SIZE,
      theme.muted,
      ' text-anchor="end"',
    ),
    '</svg>',
  ].join('\n')
}
