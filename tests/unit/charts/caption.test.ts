import { describe, expect, it } from 'vitest'
import { buildCaptionedSvg, exportFileName, layoutCaption, wrapText } from '@/charts/caption'
import { HOSTILE, HOSTILE_ESCAPED } from './labels'

const caption = {
  title: 'Tiltak per mål og fase',
  lines: ['Tiltak for 2024, per mai 2023', 'Kilde: Direktoratet for e-helse', 'Filtre: ingen'],
}

describe('wrapText', () => {
  it('wraps at word boundaries within the limit and cuts words longer than a line', () => {
    expect(wrapText('en to tre fire fem', 7)).toEqual(['en to', 'tre', 'fire', 'fem'])
    expect(wrapText('helsedataservice er', 6)).toEqual(['helsed', 'ataser', 'vice', 'er'])
    expect(wrapText('  ', 10)).toEqual([])
  })
})

describe('layoutCaption', () => {
  it('puts the bold title first and the other lines below, inside the padding', () => {
    const layout = layoutCaption(caption, 960)
    expect(layout.lines.map((l) => [l.text, l.bold, l.fontSize])).toEqual([
      ['Tiltak per mål og fase', true, 18],
      ['Tiltak for 2024, per mai 2023', false, 13],
      ['Kilde: Direktoratet for e-helse', false, 13],
      ['Filtre: ingen', false, 13],
    ])
    const ys = layout.lines.map((l) => l.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(layout.height).toBeGreaterThan(ys[ys.length - 1] ?? 0)
  })

  it('wraps a long source line on a narrow image, making the caption taller', () => {
    const long = { ...caption, lines: ['Kilde: ' + 'Nasjonal e-helseportefølje, mai 2023 '.repeat(6)] }
    const wide = layoutCaption(long, 960)
    const narrow = layoutCaption(long, 320)
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length)
    expect(narrow.height).toBeGreaterThan(wide.height)
    for (const line of narrow.lines)
      expect(line.text.length * line.fontSize * 0.6).toBeLessThanOrEqual(320 - 32)
  })
})

describe('buildCaptionedSvg', () => {
  const chart =
    '<svg width="960" height="300" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>'

  it('places the caption above the chart, which is nested below it', () => {
    const layout = layoutCaption(caption, 960)
    const svg = buildCaptionedSvg(chart, layout, 300)
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="960" height="${layout.height + 300}"`),
    )
    expect(svg).toContain('<title>Tiltak per mål og fase</title>')
    expect(svg).toContain('font-weight="bold" fill="#1b1f24">Tiltak per mål og fase</text>')
    expect(svg).toContain('>Kilde: Direktoratet for e-helse</text>')
    expect(svg).toContain(`<svg x="0" y="${layout.height}" width="960" height="300"`)
    expect(svg.endsWith('</svg>\n</svg>')).toBe(true)
  })

  it('escapes untrusted text from the dataset', () => {
    const svg = buildCaptionedSvg(
      chart,
      layoutCaption({ title: HOSTILE, lines: [`Kilde: ${HOSTILE}`] }, 960),
      300,
    )
    expect(svg).toContain(`<title>${HOSTILE_ESCAPED}</title>`)
    expect(svg).toContain(`>Kilde: ${HOSTILE_ESCAPED}</text>`)
    expect(svg).not.toContain('<img')
  })

  it('drops an XML declaration from the chart', () => {
    const svg = buildCaptionedSvg(`<?xml version="1.0"?>\n${chart}`, layoutCaption(caption, 960), 300)
    expect(svg).not.toContain('<?xml')
  })
})

describe('exportFileName', () => {
  it('makes an ASCII slug of the title', () => {
    expect(exportFileName('Tiltak per mål og fase', 'png')).toBe('tiltak-per-mal-og-fase.png')
    expect(exportFileName('Mål, delmål og grupperinger', 'svg')).toBe('mal-delmal-og-grupperinger.svg')
    expect(exportFileName('Tiltak per aktør og mål – Æ', 'png')).toBe('tiltak-per-aktor-og-mal-ae.png')
    expect(exportFileName('«»', 'svg')).toBe('diagram.svg')
  })
})
