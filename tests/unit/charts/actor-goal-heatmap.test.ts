import { describe, expect, it } from 'vitest'
import {
  actorGoalHeatmapHeight,
  buildActorGoalHeatmapOption,
  buildActorGoalPoints,
  buildActorGoalTable,
} from '@/charts/actor-goal-heatmap'
import { HEAT_HIGH, INK, PAPER } from '@/charts/palette'
import { countByActorAndGoal } from '@/domain/chart-data'
import { goals, item } from './fixtures'
import { ariaDescription, axisData, seriesOf, tooltipOf } from './helpers'
import { HOSTILE, HOSTILE_ESCAPED, labels } from './labels'

const data = countByActorAndGoal(
  [
    item({ id: 'a', goal: 1, actors: ['KS', 'Helse Nord RHF'], actorIds: ['ks', 'helse-nord-rhf'] }),
    item({ id: 'b', goal: 3, actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'] }),
    item({ id: 'c', goal: 3, actors: ['Helse Nord RHF'], actorIds: ['helse-nord-rhf'] }),
    item({ id: 'd', goal: 5, actors: [HOSTILE], actorIds: ['img-src-x'] }),
  ],
  goals,
)

type Cell = { value: number[]; itemStyle: { color: string }; label: { color: string } }

describe('buildActorGoalHeatmapOption', () => {
  const option = buildActorGoalHeatmapOption(data, labels)
  const cells = seriesOf(option)[0]?.data as Cell[]

  it('has goals across and actors down, one cell per non-zero count', () => {
    expect(axisData(option, 'xAxis')).toEqual(['Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Mål 5'])
    expect(axisData(option, 'yAxis')).toEqual(['Helse Nord RHF', HOSTILE, 'KS'])
    expect(cells.map((c) => c.value)).toEqual([
      [0, 0, 1],
      [2, 0, 2],
      [4, 1, 1],
      [0, 2, 1],
    ])
  })

  it('shades cells from pale to the accent colour, with readable text on each', () => {
    expect(cells[1]?.itemStyle.color).toBe(HEAT_HIGH)
    expect(cells[1]?.label.color).toBe(PAPER)
    expect(cells[0]?.itemStyle.color).toBe('#bacfd8') // a fifth of the way: one item is still visible
    expect(cells[0]?.label.color).toBe(INK)
  })

  it('describes each actor’s total for screen readers', () => {
    expect(ariaDescription(option)).toBe(
      `Tiltak per aktør og mål. Helse Nord RHF: 3 tiltak; ${HOSTILE}: 1 tiltak; KS: 1 tiltak.`,
    )
  })

  it('escapes actor names and goal titles in the tooltip', () => {
    expect(tooltipOf(option, { seriesIndex: 0, dataIndex: 1 })).toBe(
      '<strong>Helse Nord RHF</strong><br>Mål 3: Helsedata til fornying og forbedring<br>2 tiltak',
    )
    const html = tooltipOf(option, { seriesIndex: 0, dataIndex: 2 })
    expect(html).toContain(`<strong>${HOSTILE_ESCAPED}</strong>`)
    expect(html).not.toContain('<img')
    expect(tooltipOf(option, { seriesIndex: 0, dataIndex: 99 })).toBe('')
  })

  it('grows with the number of actors', () => {
    expect(actorGoalHeatmapHeight(data)).toBe(80 + 26 * 4)
    expect(actorGoalHeatmapHeight({ goals, actors: Array(24).fill(data.actors[0]) })).toBe(80 + 26 * 24)
  })
})

describe('buildActorGoalTable and buildActorGoalPoints', () => {
  it('tables actors by goals, each actor linking to its section', () => {
    const table = buildActorGoalTable(data, labels)
    expect(table.columns).toEqual(['Aktør', 'Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Mål 5', 'Totalt'])
    expect(table.rows.map((r) => [r.header, r.target?.path, r.target?.query, ...r.cells])).toEqual([
      ['Helse Nord RHF', '/tiltak', { aktor: 'helse-nord-rhf' }, 1, 0, 2, 0, 0, 3],
      [HOSTILE, '/tiltak', { aktor: 'img-src-x' }, 0, 0, 0, 0, 1, 1],
      ['KS', '/tiltak', { aktor: 'ks' }, 1, 0, 0, 0, 0, 1],
    ])
  })

  it('gives each cell, in data order, a point leading to its actor', () => {
    expect(buildActorGoalPoints(data, labels)).toEqual([
      {
        seriesIndex: 0,
        dataIndex: 0,
        label: 'Helse Nord RHF. Mål 1: 1 tiltak',
        target: { path: '/tiltak', query: { aktor: 'helse-nord-rhf', mal: '1' } },
      },
      {
        seriesIndex: 0,
        dataIndex: 1,
        label: 'Helse Nord RHF. Mål 3: 2 tiltak',
        target: { path: '/tiltak', query: { aktor: 'helse-nord-rhf', mal: '3' } },
      },
      {
        seriesIndex: 0,
        dataIndex: 2,
        label: `${HOSTILE}. Mål 5: 1 tiltak`,
        target: { path: '/tiltak', query: { aktor: 'img-src-x', mal: '5' } },
      },
      {
        seriesIndex: 0,
        dataIndex: 3,
        label: 'KS. Mål 1: 1 tiltak',
        target: { path: '/tiltak', query: { aktor: 'ks', mal: '1' } },
      },
    ])
  })
})
