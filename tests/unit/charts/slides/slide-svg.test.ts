import { describe, expect, it } from 'vitest'
import { composeSlideSvg, fitLines, paginateTable, tableSvg } from '@/charts/slides/slide-svg'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import type { SlideTable } from '@/charts/slides/slide-types'

const table = (n: number, text = (i: number) => `Leveranse ${i}`): SlideTable => ({
  columns: [
    { label: 'Tittel', width: 0.7, maxLines: 3 },
    { label: 'Mål', width: 0.3 },
  ],
  rows: Array.from({ length: n }, (_, i) => [text(i), String((i % 5) + 1)]),
})

describe('fitLines', () => {
  it('wraps and ends a cut last line with an ellipsis', () => {
    const lines = fitLines('ord '.repeat(100), 300, 26, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
  })
  it('keeps short text as it is', () => {
    expect(fitLines('Innføring, Helse Vest', 1000, 26, 2)).toEqual(['Innføring, Helse Vest'])
  })
})

describe('paginateTable', () => {
  it('keeps every row, in order, on exactly one page, and pages fit the box', () => {
    const t = table(
      120,
      (i) => `${'Lang leveranse med et navn som bryter over flere linjer '.repeat(i % 3)}${i}`,
    )
    const pages = paginateTable(t)
    expect(pages.length).toBeGreaterThan(3)
    expect(pages.flat()).toEqual(t.rows)
    expect(pages.every((p) => p.length > 0)).toBe(true)
  })
  it('gives one empty page for an empty table', () => {
    expect(paginateTable(table(0))).toEqual([[]])
  })
})

describe('composeSlideSvg', () => {
  const hostile = '<script>alert(1)</script> & «æøå»'
  const svg = composeSlideSvg({
    title: hostile,
    caption: `Kilde: ${hostile}`,
    counter: '1 / 3',
    theme: SLIDE_THEMES.dark,
    body: tableSvg({ ...table(2), rows: [[hostile, '2']] }, SLIDE_THEMES.dark),
    label: hostile,
  })

  it('escapes every text from data', () => {
    expect(svg).not.toContain('<script')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «æøå»')
  })
  it('is a 16:9 document on the theme ground', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1920 1080"/)
    expect(svg).toContain(`fill="${SLIDE_THEMES.dark.background}"`)
    expect(svg).toContain('>1 / 3</text>')
  })
})
