import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateVeikartCsv } from '../../../../bench/generate-veikart'
import { buildViewSlides, viewFilter } from '@/charts/slides/build-slides'
import type { SavedView } from '@/domain/saved-view'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { WORDS } from '../../../../bench/slide-words'

const view = (path: string, query: SavedView['query'] = {}, title = 'Visning'): SavedView => ({
  id: 'v',
  title,
  note: 'Notat',
  path,
  query,
  order: 0,
  createdAt: '2026-12-01T00:00:00Z',
})

describe('buildViewSlides', async () => {
  const bundled = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const goals = bundled.find((c) => c.dataset.kind === 'strategy')?.goals ?? []
  const tiltak = bundled.find((c) => c.dataset.id === 'bundled-tiltak-2024') as DatasetContent
  const bytes = new TextEncoder().encode(generateVeikartCsv(260, 7))
  const veikart = (await importFile(bytes, { fileName: 'veikart.csv', datasetId: 'vk' }))
    .content as DatasetContent
  const data = (c: DatasetContent) => ({
    items: c.items,
    subGoals: c.subGoals,
    goals,
    ...(c.dataset.planYear ? { planYear: c.dataset.planYear } : {}),
  })
  const build = (v: SavedView, c: DatasetContent) =>
    buildViewSlides({ view: v, data: data(c), words: WORDS, caption: 'Kilde: test', today: '2026-12-02' })

  it('shows an overview view as the chart its ?graf= names, with its table', () => {
    const [slide, ...rest] = build(view('/', { graf: 'start-year' }), tiltak)
    expect(rest).toEqual([])
    expect(slide?.visual.kind).toBe('chart')
    expect(slide?.alternative.columns[0]?.label).toBe('År')
    expect(slide?.title).toBe('Visning')
    expect(slide?.note).toBe('Notat')
    expect(slide?.caption).toBe('Kilde: test')
  })

  it('shows every dated lane of the timeline over follow-on slides, and the undated after them', () => {
    const slides = build(view('/tidslinje'), veikart)
    const charts = slides.filter((s) => s.visual.kind === 'chart')
    const lists = slides.filter((s) => s.visual.kind === 'table')
    expect(charts.length).toBeGreaterThan(5)
    expect(charts[1]?.title).toBe(`Visning (forts. 2/${charts.length})`)
    for (const s of charts) {
      const option = (s.visual as { option: Record<string, unknown> }).option
      expect(option.dataZoom).toBeUndefined()
      expect(s.alternative.rows.length).toBeGreaterThan(0)
      expect(s.alternative.rows.length).toBeLessThanOrEqual(25)
    }
    // A follow-on slide that starts inside a group names the group first, as continued.
    const continued = charts.slice(1).filter((s) => s.alternative.rows[0]?.[0]?.endsWith('(forts.)'))
    expect(continued.length).toBeGreaterThan(0)
    const lanes = charts.flatMap((s) =>
      s.alternative.rows.map((r) => r[0]).filter((l) => !l?.endsWith('(forts.)')),
    )
    const undated = veikart.items.filter((i) => !i.period.start && !i.period.end)
    expect(undated.length).toBeGreaterThan(0)
    for (const item of veikart.items) {
      const onChart = lanes.some((l) => l?.endsWith(item.title))
      const listed = lists.some((s) => s.alternative.rows.some((r) => r[0] === item.title))
      expect(onChart || listed, item.title).toBe(true)
    }
    expect(lists.flatMap((s) => s.alternative.rows)).toHaveLength(undated.length)
    expect(lists[0]?.title).toBe('Visning – uten tidfesting')
    expect(charts[0]?.caption).toBe(`Kilde: test · ${undated.length} uten dato`)
  })

  it('pages the year plan without dropping items, items without an actor included', () => {
    const slides = build(view('/ar/2024'), tiltak)
    const rows = slides.flatMap((s) => s.alternative.rows)
    const actorRows = tiltak.items.reduce((n, i) => n + Math.max(1, i.actorIds.length), 0)
    expect(rows).toHaveLength(actorRows)
    expect(slides.length).toBeGreaterThan(1)
    expect(slides.slice(1).every((s) => s.title.startsWith('Visning (forts.'))).toBe(true)
  })

  it('filters lists by the view: a goal page shows that goal only', () => {
    const slides = build(view('/mal/3'), tiltak)
    const rows = slides.flatMap((s) => s.alternative.rows)
    expect(rows).toHaveLength(tiltak.items.filter((i) => i.goal === 3).length)
    expect(viewFilter(view('/aktorer/nhn', { mal: '2' }))).toMatchObject({ goals: [2], actors: ['nhn'] })
  })

  it('shows an Endringer view as the slip chart of its two versions, largest slip first, paged', async () => {
    const read = async (name: string) => {
      const file = readFileSync(`tests/fixtures/compare/${name}`)
      return (await importFile(new Uint8Array(file), { fileName: name, datasetId: name }))
        .content as DatasetContent
    }
    const [old, next] = await Promise.all([read('veikart-v1.csv'), read('veikart-v2.csv')])
    const slides = buildViewSlides({
      view: view('/endringer', { fra: 'a', til: 'b' }),
      data: { ...data(next), compare: { old, new: next } },
      words: WORDS,
      caption: 'Kilde: test',
      today: '2026-12-02',
    })
    const rows = slides.flatMap((s) => s.alternative.rows)
    expect(slides.map((s) => s.title)).toEqual(['Visning', 'Visning (forts. 2/2)'])
    expect(rows).toHaveLength(20)
    expect(rows[0]?.[1]).toBe('+400')
    const without = build(view('/endringer'), next)
    expect(without[0]?.visual).toEqual({ kind: 'message', text: WORDS.noComparison })
  })

  it('shows a Portefølje view as the portfolio chart its ?graf= names', () => {
    const measures = bundled.find((c) => (c.portfolio?.measures.length ?? 0) > 0)?.portfolio
    const costs = bundled.find((c) => c.dataset.id === 'bundled-driftskostnader-2023')?.portfolio
    if (!measures || !costs) throw new Error('no bundled portfolio')
    const portfolio = { ...measures, costs: costs.costs }
    const slide = (query: SavedView['query']) =>
      buildViewSlides({
        view: view('/portefolje', query),
        data: { ...data(tiltak), portfolio },
        words: WORDS,
        caption: 'Kilde: test',
        today: '2026-12-02',
      })[0]
    expect(slide({})?.visual.kind).toBe('chart')
    expect(slide({})?.alternative.rows.length).toBeGreaterThan(0)
    const cost = slide({ graf: 'portfolio-costs' })
    expect(cost?.alternative.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['E-resept', 'Kjernejournal']),
    )
    expect(build(view('/portefolje'), tiltak)[0]?.visual).toEqual({ kind: 'message', text: WORDS.noItems })
  })

  it('says so when the filter leaves nothing', () => {
    const [slide] = build(view('/tiltak', { q: 'finnes-ikke-noe-sted' }), tiltak)
    expect(slide?.visual).toEqual({ kind: 'message', text: 'Ingen tiltak.' })
  })
})
