import { describe, expect, it } from 'vitest'
import { GOAL_COLOURS } from '@/charts/palette'
import { buildStartYearOption, buildStartYearPoints, buildStartYearTable } from '@/charts/start-year'
import { countByStartYearAndGoal } from '@/domain/chart-data'
import { goals, item } from './fixtures'
import { ariaDescription, axisData, seriesOf, tooltipOf } from './helpers'
import { HOSTILE, HOSTILE_ESCAPED, labels } from './labels'

const data = countByStartYearAndGoal(
  [
    item({ id: 'a', goal: 1, startYear: 2022 }),
    item({ id: 'b', goal: 1, startYear: 2024 }),
    item({ id: 'c', goal: 4, startYear: 2024 }),
    item({ id: 'd', goal: 4 }),
  ],
  goals,
)

describe('buildStartYearOption', () => {
  const option = buildStartYearOption(data, labels)

  it('puts the years, gaps included, and "Uten start" on the axis, one series per goal', () => {
    expect(axisData(option, 'xAxis')).toEqual(['2022', '2023', '2024', 'Uten start'])
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['Mål 1', [1, '-', 1, '-']],
      ['Mål 2', ['-', '-', '-', '-']],
      ['Mål 3', ['-', '-', '-', '-']],
      ['Mål 4', ['-', '-', 1, 1]],
      ['Mål 5', ['-', '-', '-', '-']],
    ])
  })

  it('colours each goal as the rest of the app does', () => {
    expect(seriesOf(option).map((s) => s.itemStyle?.color)).toEqual([
      '#005a8c',
      '#a34400',
      '#00704f',
      '#95487a',
      '#7a5000',
    ])
    expect(seriesOf(option).map((s) => s.itemStyle?.color)).toEqual(Object.values(GOAL_COLOURS))
  })

  it('describes the totals per year for screen readers', () => {
    expect(option.aria).toMatchObject({ enabled: true })
    expect(ariaDescription(option)).toBe(
      'Tiltak per startår og mål. 2022: 1 tiltak; 2023: ingen tiltak; 2024: 2 tiltak; Uten start: 1 tiltak.',
    )
  })

  it('names goal, year and count in the tooltip, escaping the goal title', () => {
    expect(tooltipOf(option, { seriesIndex: 3, dataIndex: 3 })).toBe(
      '<strong>Mål 4: Tilgjengelig informasjon og styrket samhandling</strong><br>Startår: Uten start<br>1 tiltak',
    )
    const hostile = buildStartYearOption(
      countByStartYearAndGoal([item({ id: 'a', goal: 5, startYear: 2030 })], [{ number: 5, title: HOSTILE }]),
      labels,
    )
    const html = tooltipOf(hostile, { seriesIndex: 4, dataIndex: 0 })
    expect(html).toBe(`<strong>Mål 5: ${HOSTILE_ESCAPED}</strong><br>Startår: 2030<br>1 tiltak`)
    expect(tooltipOf(hostile, { seriesIndex: 4, dataIndex: 7 })).toBe('')
  })
})

describe('buildStartYearTable and buildStartYearPoints', () => {
  it('tables years by goals with totals', () => {
    const table = buildStartYearTable(data, labels)
    expect(table.columns).toEqual(['Startår', 'Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Mål 5', 'Totalt'])
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['2022', 1, 0, 0, 0, 0, 1],
      ['2023', 0, 0, 0, 0, 0, 0],
      ['2024', 1, 0, 0, 1, 0, 2],
      ['Uten start', 0, 0, 0, 1, 0, 1],
    ])
  })

  it('lists the non-empty segments year by year, leading to their goal', () => {
    expect(
      buildStartYearPoints(data, labels).map((p) => [p.seriesIndex, p.dataIndex, p.target.query]),
    ).toEqual([
      [0, 0, { mal: '1' }],
      [0, 2, { mal: '1' }],
      [3, 2, { mal: '4' }],
      [3, 3, { mal: '4' }],
    ])
  })
})
