import { describe, expect, it } from 'vitest'
import { buildGanttLayout, prepareGanttItems } from '@/domain/gantt-layout'
import { GANTT_MARKS, ganttMarks, marksOfBar, possibleGanttMarks } from '@/domain/gantt-legend'
import type { RoadmapItem } from '@/domain/types'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'
import { item, period } from '../factories'
import { generateVeikartCsv } from '../../../bench/generate-veikart'
import { importFile } from '@/import/run-import'

const layoutOf = (items: RoadmapItem[], collapsed: string[] = []) =>
  buildGanttLayout(items, [], [], {
    labels: GANTT_LAYOUT_LABELS,
    groupBy: 'goal',
    collapsed: new Set(collapsed),
    edge: { start: '2020-01-01', end: '2030-12-31' },
  })

describe('ganttMarks: the legend lists exactly the marks present', () => {
  it('lists the phases, statuses and end marks of the bars, in legend order, each once', () => {
    const { bars } = layoutOf([
      item('a', { period: period('2024 - 2025'), phase: { from: 'utvikling', to: 'tilpasning' }, status: 'planned' }),
      item('b', { period: { start: period('2024').start, openEnded: false }, phase: { from: 'utvikling', to: 'utvikling' }, status: 'planned' }),
    ]) // prettier-ignore
    expect(ganttMarks(bars)).toEqual(['phase:utvikling', 'phase:tilpasning', 'planned', 'inferred-end'])
  })

  it('tells tentative, no status and no phase apart, and adds the as-of line and the year only when asked', () => {
    const { bars } = layoutOf([
      item('t', { period: period('2024'), status: 'tentative' }),
      item('n', { period: period('2025'), phase: { from: 'i-bruk', to: 'i-bruk' } }),
    ])
    expect(ganttMarks(bars)).toEqual(['phase:i-bruk', 'no-phase', 'tentative', 'no-status'])
    expect(ganttMarks(bars, { asOf: '2024-06-30', year: 2024 })).toEqual([
      'phase:i-bruk',
      'no-phase',
      'tentative',
      'no-status',
      'as-of',
      'year',
    ])
  })

  it('points carry only their own mark; milestones, open ends and collapsed rows theirs', () => {
    const { bars } = layoutOf([
      item('back', { period: period('2026 - 2024'), status: 'planned' }),
      item('end-only', { period: { end: { date: '2025-01-01', precision: 'year' }, openEnded: false } }),
      item('m', { period: period('01.07.2025'), extra: { Type: 'Milepæl' }, status: 'planned' }),
      item('open', { goal: 2, period: period('2024 →'), status: 'planned' }),
    ])
    expect(marksOfBar(bars.find((b) => b.itemId === 'back')!)).toEqual(['end-before-start'])
    expect(marksOfBar(bars.find((b) => b.itemId === 'end-only')!)).toEqual(['start-missing'])
    expect(ganttMarks(bars)).toEqual([
      'no-phase',
      'planned',
      'milestone',
      'open-end',
      'end-before-start',
      'start-missing',
    ])
    const collapsed = layoutOf([item('x', { period: period('2024'), status: 'planned' })], ['g:1'])
    expect(ganttMarks(collapsed.bars)).toContain('rolled-up')
  })

  it('counts only what lies inside the window', () => {
    const { bars } = layoutOf([
      item('early', { period: period('2021'), status: 'tentative' }),
      item('late', { period: period('2027'), status: 'planned' }),
    ])
    const window = { start: '2026-01-01', end: '2028-12-31' }
    expect(ganttMarks(bars, { window, asOf: '2024-01-01', year: 2021 })).toEqual(['no-phase', 'planned'])
    expect(ganttMarks([], {})).toEqual([])
    expect(new Set(GANTT_MARKS).size).toBe(GANTT_MARKS.length)
  })
})

describe('ganttMarks on a generated veikart, against the marks of each bar', () => {
  it('lists the union of the marks of the bars in the window, in legend order', async () => {
    const bytes = new TextEncoder().encode(generateVeikartCsv(1500, 3))
    const content = (await importFile(bytes, { fileName: 'veikart.csv', datasetId: 'lg' })).content!
    const layout = layoutOf(content.items, ['g:3'])
    const windows = [
      { start: '2024-01-01', end: '2024-03-31' },
      { start: '2019-01-01', end: '2019-12-31' },
      { start: '2000-01-01', end: '2040-12-31' },
    ]
    for (const window of windows) {
      const shown = layout.bars.filter((b) => !(b.end < window.start || b.start > window.end))
      const union = new Set(shown.flatMap((bar) => marksOfBar(bar)))
      const expected = GANTT_MARKS.filter((m) => union.has(m))
      expect(ganttMarks(layout.bars, { window }), JSON.stringify(window)).toEqual(expected)
    }
    expect(ganttMarks(layout.bars)).toContain('rolled-up')
    expect(ganttMarks(layout.bars).length).toBeGreaterThan(8)
  })

  it('stops at the marks the items can have and still lists the same, whatever the filter, window or collapsing', async () => {
    const bytes = new TextEncoder().encode(generateVeikartCsv(1500, 5))
    const content = (await importFile(bytes, { fileName: 'veikart.csv', datasetId: 'lp' })).content!
    const extra = [
      item('m', { period: period('01.03.2024'), extra: { Type: 'Milepæl' } }),
      item('o', { period: { start: period('2024').start, openEnded: true }, status: 'planned' }),
      item('w', { period: period('2026 - 2024') }),
      item('s', { period: { end: period('2025').end, openEnded: false } }),
    ]
    const all = [...content.items, ...extra]
    const prepared = prepareGanttItems(all, [])
    const windows = [
      undefined,
      { start: '2024-01-01', end: '2024-03-31' },
      { start: '2000-01-01', end: '2040-12-31' },
    ]
    for (const collapsed of [[], ['g:2']]) {
      const possible = possibleGanttMarks(prepared.byIndex.leaves, collapsed.length > 0)
      for (const keep of [
        () => true,
        (i: RoadmapItem) => i.goal === 2,
        (i: RoadmapItem) => i.title.includes('a'),
      ]) {
        const { bars } = layoutOf(all.filter(keep), collapsed)
        for (const bar of bars) for (const mark of marksOfBar(bar)) expect(possible).toContain(mark)
        for (const window of windows)
          expect(ganttMarks(bars, { window, possible })).toEqual(ganttMarks(bars, { window }))
      }
    }
    expect(possibleGanttMarks(prepared.byIndex.leaves, false)).toEqual(
      expect.arrayContaining(['milestone', 'open-end', 'end-before-start', 'start-missing']),
    )
    expect(possibleGanttMarks(prepared.byIndex.leaves, false)).not.toContain('rolled-up')
  })

  it('gives a bar’s own marks in legend order', () => {
    const { bars } = layoutOf([
      item('a', { period: { start: period('2024').start, openEnded: true }, phase: { from: 'tilpasning', to: 'i-bruk' }, status: 'tentative' }),
    ]) // prettier-ignore
    expect(marksOfBar(bars[0]!)).toEqual([
      'phase:tilpasning',
      'phase:innforing',
      'phase:i-bruk',
      'tentative',
      'open-end',
    ])
  })
})
