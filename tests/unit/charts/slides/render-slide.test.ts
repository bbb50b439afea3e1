import { describe, expect, it } from 'vitest'
import { buildDeckHtml } from '@/charts/slides/deck-html'
import { renderSlideSvg } from '@/charts/slides/render-slide'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import { buildViewSlides } from '@/charts/slides/build-slides'
import type { RoadmapItem } from '@/domain/types'
import { WORDS } from '../../../../bench/slide-words'

const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
const item = (n: number, title: string): RoadmapItem => ({
  id: `d/${n}`,
  key: String(n),
  datasetId: 'd',
  title,
  goal: 2,
  actors: [hostile],
  actorIds: ['x'],
  period: { start: { date: '2024-01-01', precision: 'year' }, openEnded: false },
  startYear: 2024,
  status: 'tentative',
  uncertain: false,
  flags: [],
  source: { datasetId: 'd', row: n + 1 },
})
const items = [item(1, hostile), item(2, 'Innføring, Helse Vest'), item(3, 'Innføring, Helse Nord')]
const slides = (path: string, query = {}) =>
  buildViewSlides({
    view: { id: 'v', title: hostile, note: '', path, query, order: 0, createdAt: '' },
    data: { items, subGoals: [], goals: [] },
    words: WORDS,
    caption: hostile,
    today: '2026-12-02',
  })

describe('renderSlideSvg (ECharts SVG renderer, no DOM)', () => {
  for (const path of ['/', '/tidslinje', '/tiltak', '/ar/2024'])
    it(`draws ${path} with imported text as text only`, () => {
      for (const theme of Object.values(SLIDE_THEMES)) {
        const svg = renderSlideSvg(slides(path)[0]!, theme, '1 / 1')
        expect(svg).not.toMatch(/<script|<img/i)
        // No inline style sheet: the page's Content-Security-Policy refuses them.
        expect(svg).not.toContain('<style')
        expect(svg).toContain('&lt;script&gt;')
        expect(svg).toContain(`fill="${theme.background}"`)
      }
    })

  it('draws the chart with its own text and the Gantt with its legend', () => {
    const svg = renderSlideSvg(slides('/tidslinje')[0]!, SLIDE_THEMES.standard, '1 / 1')
    expect(svg).toContain('class="slide-chart"')
    expect(svg).toContain('Innføring, Helse Nord')
    expect(svg).toContain('>Merke tentative</text>')
    expect(svg).not.toContain('▾')
  })
})

describe('buildDeckHtml', () => {
  const html = buildDeckHtml({
    title: `Møte ${hostile}`,
    lang: 'nb',
    background: '#11161c',
    slides: slides('/tiltak').map((s) => ({
      title: s.title,
      svg: renderSlideSvg(s, SLIDE_THEMES.dark, '1'),
    })),
  })
  it('is one self-contained file: no external URL, a section per slide, escaped titles', () => {
    const urls = (html.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? []).filter(
      (u) => u !== 'http://www.w3.org/2000/svg',
    )
    expect(urls).toEqual([])
    expect(html.match(/<section class="slide"/g)).toHaveLength(1)
    expect(html).toContain('<title>Møte &lt;img')
    expect(html).not.toMatch(/<img|<script>alert/)
    expect(html).toContain('break-after:page')
    expect(html).toContain('background:#11161c')
  })
  it('refuses a background that is not a colour', () => {
    const odd = buildDeckHtml({ title: 't', lang: 'en', background: 'red;}body{x', slides: [] })
    expect(odd).toContain('background:#ffffff')
  })
})
