import { describe, expect, it } from 'vitest'
import {
  buildCountBarsOption,
  buildCountBarsPoints,
  buildCountBarsTable,
  countBarsHeight,
  type CountBars,
} from '@/charts/count-bars'
import { axisData, seriesOf, tooltipOf } from './helpers'
import { HOSTILE, HOSTILE_ESCAPED, labels } from './labels'

const data: CountBars = {
  title: 'Tiltak per startår',
  category: 'Startår',
  colour: '#a34400',
  bars: [
    { label: '2023', count: 2, target: { path: '/tiltak', query: { mal: '2', startar: '2023' } } },
    { label: '2024', count: 0, target: { path: '/tiltak', query: { mal: '2', startar: '2024' } } },
    { label: HOSTILE, count: 1, target: { path: '/tiltak', query: { mal: '2', startar: 'none' } } },
  ],
}

describe('count bars', () => {
  const option = buildCountBarsOption(data, labels)

  it('draws one bar per bucket in the goal colour, every label shown', () => {
    expect(axisData(option, 'xAxis')).toEqual(['2023', '2024', HOSTILE])
    expect(seriesOf(option).map((s) => [s.data, s.itemStyle?.color])).toEqual([[[2, '-', 1], '#a34400']])
    expect((option.xAxis as { axisLabel: { interval: number } }).axisLabel.interval).toBe(0)
  })

  it('lays long names (phases) along a vertical axis, first at the top, none skipped', () => {
    const across = buildCountBarsOption({ ...data, horizontal: true }, labels)
    expect(axisData(across, 'yAxis')).toEqual(['2023', '2024', HOSTILE])
    expect(across.yAxis).toMatchObject({ type: 'category', inverse: true, axisLabel: { interval: 0 } })
    // Two lines of text per bar: 44 px each, so wrapped names never meet.
    const bars = Array.from({ length: 6 }, () => data.bars[0]!)
    expect(countBarsHeight({ ...data, bars, horizontal: true })).toBe(6 * 44 + 64)
  })

  it('escapes imported text in tooltips', () => {
    expect(tooltipOf(option, { seriesIndex: 0, dataIndex: 2 })).toContain(HOSTILE_ESCAPED)
  })

  it('gives a table whose rows link where the bars do, and points for the keyboard', () => {
    const table = buildCountBarsTable(data, labels)
    expect(table.columns).toEqual(['Startår', 'Antall tiltak'])
    expect(table.rows.map((r) => [r.header, r.cells, r.target?.query.startar])).toEqual([
      ['2023', [2], '2023'],
      ['2024', [0], '2024'],
      [HOSTILE, [1], 'none'],
    ])
    expect(buildCountBarsPoints(data, labels).map((p) => p.label)).toEqual([
      '2023: 2 tiltak',
      '2024: ingen tiltak',
      `${HOSTILE}: 1 tiltak`,
    ])
  })
})
