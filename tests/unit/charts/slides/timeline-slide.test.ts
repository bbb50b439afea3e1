/**
 * The timeline slide's as-of line («Per …») is labelled where no bar is: above the plot, level,
 * over its line. (Drawn along the line inside the plot, the label lay over the bars.)
 */
import { describe, expect, it } from 'vitest'
import { buildViewSlides } from '@/charts/slides/build-slides'
import { renderSlideSvg } from '@/charts/slides/render-slide'
import { SLIDE_THEMES } from '@/charts/slides/slide-theme'
import type { RoadmapItem } from '@/domain/types'
import { WORDS } from '../../../../bench/slide-words'

const item = (n: number, start: string, end: string): RoadmapItem => ({
  id: `d/${n}`,
  key: String(n),
  datasetId: 'd',
  title: `Leveranse ${n}`,
  goal: 2,
  actors: [],
  actorIds: [],
  period: {
    start: { date: start, precision: 'day' },
    end: { date: end, precision: 'day' },
    openEnded: false,
  },
  startYear: Number(start.slice(0, 4)),
  uncertain: false,
  flags: [],
  source: { datasetId: 'd', row: n + 1 },
})

// Every bar crosses the as-of date, so a label anywhere along the line inside the plot covers one.
const items = Array.from({ length: 30 }, (_, n) => item(n, '2023-01-01', '2027-12-31'))
const AS_OF = '2025-06-01'

function timelineSlide() {
  const [slide] = buildViewSlides({
    view: {
      id: 'v',
      title: 'Tidslinje',
      note: '',
      path: '/tidslinje',
      query: { dato: AS_OF },
      order: 0,
      createdAt: '',
    },
    data: { items, subGoals: [], goals: [] },
    words: WORDS,
    caption: '',
    today: '2026-12-02',
  })
  if (slide?.visual.kind !== 'chart') throw new Error('the timeline slide has no chart')
  return { slide, option: slide.visual.option as { grid: { top: number } } }
}

/** Where the label is drawn (chart coordinates), and whether it is turned along the line. */
function labelPlacement(svg: string, text: string) {
  const element = new RegExp(`<text ([^>]*)>${text}</text>`).exec(svg)?.[1]
  if (!element) throw new Error(`no label «${text}» in the slide`)
  const fontSize = Number(/font-size:(\d+(?:\.\d+)?)px/.exec(element)?.[1])
  const dy = Number(/ y="(-?[\d.]+)"/.exec(element)?.[1] ?? 0)
  const translate = /transform="translate\((-?[\d.]+) (-?[\d.]+)\)"/.exec(element)
  if (!translate) return { turned: true, centreX: NaN, bottom: Infinity }
  return { turned: false, centreX: Number(translate[1]), bottom: Number(translate[2]) + dy + fontSize / 2 }
}

describe('timeline slide: the as-of label', () => {
  it('stands above the plot, level and over its line, in every slide theme', () => {
    const { slide, option } = timelineSlide()
    const label = WORDS.gantt.asOf(AS_OF)
    for (const theme of Object.values(SLIDE_THEMES)) {
      const svg = renderSlideSvg(slide, theme, '1 / 1')
      const placed = labelPlacement(svg, label)
      expect(placed.turned).toBe(false)
      // The bars start at the plot's top edge; the label ends above it.
      expect(placed.bottom).toBeLessThanOrEqual(option.grid.top)
      expect(placed.bottom).toBeGreaterThan(0)
      // The line runs down from the plot's top edge, in the as-of red of the theme.
      const red = theme.recolour['#a30000'] ?? '#a30000'
      const line = new RegExp(
        `<path d="M(-?[\\d.]+) ${option.grid.top}L\\1 [\\d.]+"[^>]*stroke="${red}"`,
      ).exec(svg)
      expect(line).not.toBeNull()
      expect(Math.abs(placed.centreX - Number(line?.[1]))).toBeLessThan(2)
    }
  })
})
