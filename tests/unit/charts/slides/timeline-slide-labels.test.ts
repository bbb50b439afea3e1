/**
 * The timeline slide's lane labels stay in their row: a name longer than the label column is cut
 * to one line with an ellipsis (wrapped onto two lines it ran into the next row), and the full
 * name stays in the slide's table alternative. Checked on the bundled 2024 table, by actor.
 */
import { describe, expect, it } from 'vitest'
import { buildViewSlides } from '@/charts/slides/build-slides'
import { renderSlideSvg } from '@/charts/slides/render-slide'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { WORDS } from '../../../../bench/slide-words'

/** Helse Nord RHF's activity in the bundled table: about twice the label column's width. */
const LONG =
  'Videre tilgjengeliggjøring av eksisterende tjenester og utvikling av nye tjenester: utvikle felleskomponenter i DIPS'

interface LaneCategory {
  value: string
  textStyle: { width: number; padding: number[] }
}
interface LaneAxis {
  data: LaneCategory[]
  axisLabel: { width: number; margin: number; overflow: string; ellipsis: string }
}

describe('timeline slide: lane labels', async () => {
  const contents = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const strategy = contents.find((c) => c.dataset.id === 'bundled-strategi-mal') as DatasetContent
  const tiltak = contents.find((c) => c.dataset.id === 'bundled-tiltak-2024') as DatasetContent
  const slides = buildViewSlides({
    view: {
      id: 'v',
      title: 'Aktører',
      note: '',
      path: '/tidslinje',
      query: { grupper: 'aktor' },
      order: 0,
      createdAt: '',
    },
    data: { items: tiltak.items, subGoals: tiltak.subGoals, goals: strategy.goals, asOf: '2023-05-01' },
    words: WORDS,
    caption: '',
    today: '2026-12-02',
  }).filter((s) => s.visual.kind === 'chart')
  const laneAxis = (slide: (typeof slides)[number]) =>
    (slide.visual as { option: { yAxis: LaneAxis } }).option.yAxis
  const withLong = slides.find((s) => laneAxis(s).data.some((c) => c.value === LONG))

  it('are cut to the label column, each indented label within it', () => {
    expect(slides.length).toBeGreaterThan(1)
    for (const slide of slides) {
      const { data, axisLabel } = laneAxis(slide)
      expect(axisLabel.overflow).toBe('truncate')
      expect(axisLabel.ellipsis).toBe('…')
      // The label starts `margin` left of the plot; with its indent it ends before the plot.
      expect(axisLabel.width).toBeGreaterThan(100)
      expect(axisLabel.width).toBeLessThan(axisLabel.margin)
      for (const lane of data)
        expect(lane.textStyle.width + (lane.textStyle.padding[3] ?? 0), lane.value).toBeLessThanOrEqual(
          axisLabel.width,
        )
    }
  })

  it('draw a long actor activity on one line with an ellipsis; the table keeps the full name', () => {
    expect(withLong).toBeDefined()
    if (!withLong) return
    const svg = renderSlideSvg(withLong, SLIDE_THEMES.standard, '1 / 1')
    const drawn = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '')
    const label = drawn.find((text) =>
      text.startsWith('Videre tilgjengeliggjøring av eksisterende tjenester og utvikling'),
    )
    expect(label).toMatch(/…$/)
    expect(LONG.startsWith(label?.slice(0, -1).trimEnd() ?? '-')).toBe(true)
    // Not wrapped: its end is drawn nowhere (on a second line, it lay over the next row).
    expect(drawn.some((text) => text.includes('felleskomponenter i DIPS'))).toBe(false)
    expect(withLong.alternative.rows.map((row) => row[0])).toContain(LONG)
  })
})
