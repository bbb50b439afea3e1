import { describe, expect, it } from 'vitest'
import { buildGoalPhaseOption, buildGoalPhasePoints, buildGoalPhaseTable } from '@/charts/goal-stage'
import { GOAL_COLOURS, STACK_COLOURS } from '@/charts/palette'
import { countByGoalAndStage } from '@/domain/chart-data'
import { goals, item } from './fixtures'
import { ariaDescription, axisData, seriesOf, tooltipOf } from './helpers'
import { HOSTILE, HOSTILE_ESCAPED, labels } from './labels'

const phased = countByGoalAndStage(
  [
    item({ id: 'a', goal: 1, phase: { from: 'konsept', to: 'innforing' } }),
    item({ id: 'b', goal: 1, phase: { from: 'konsept', to: 'konsept' } }),
    item({ id: 'c', goal: 3, phase: { from: 'i-bruk', to: 'i-bruk' } }),
    item({ id: 'd', goal: 3 }),
  ],
  goals,
)

describe('buildGoalPhaseOption', () => {
  const option = buildGoalPhaseOption(phased, labels)

  it('draws one bar per goal and one stacked series per phase, zeros as no segment', () => {
    expect(axisData(option, 'xAxis')).toEqual(['Mål 1', 'Mål 2', 'Mål 3', 'Mål 4', 'Mål 5'])
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['Konsept/mandat', [2, '-', '-', '-', '-']],
      ['Utvikling og begrenset utprøving', ['-', '-', '-', '-', '-']],
      ['Tilpasning og utvidet utprøving', ['-', '-', '-', '-', '-']],
      ['Innføring', ['-', '-', '-', '-', '-']],
      ['Ny praksis i bruk', ['-', '-', 1, '-', '-']],
      ['Uten fase', ['-', '-', 1, '-', '-']],
    ])
    expect(
      seriesOf(option).every((s) => s.type === 'bar' && (s as { stack?: string }).stack === 'items'),
    ).toBe(true)
  })

  it('colours stacks with the sequential phase palette, goal labels in the goal colours', () => {
    expect(seriesOf(option).map((s) => s.itemStyle?.color)).toEqual([
      '#00224e',
      '#3b4a6b',
      '#7c7b78',
      '#bcaf6f',
      '#fee838',
      '#e1e5ea',
    ])
    const colour = (option.xAxis as { axisLabel: { color: (v: string, i: number) => string } }).axisLabel
      .color
    expect([0, 1, 2, 3, 4].map((i) => colour('', i))).toEqual(Object.values(GOAL_COLOURS))
  })

  it('describes itself for screen readers and turns on decal patterns', () => {
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } })
    expect(option.backgroundColor).toBe('#ffffff') // the palette's ground, whatever the app theme
    expect(ariaDescription(option)).toBe(
      'Tiltak per mål og fase. Mål 1: 2 tiltak; Mål 2: ingen tiltak; Mål 3: 2 tiltak; Mål 4: ingen tiltak; Mål 5: ingen tiltak.',
    )
  })

  it('names goal, phase and counts in the tooltip', () => {
    expect(tooltipOf(option, { seriesIndex: 0, dataIndex: 0 })).toBe(
      '<strong>Mål 1: Aktiv medvirkning i egen og næres helse</strong><br>Fase: Konsept/mandat<br>2 tiltak<br>Totalt: 2 tiltak',
    )
    expect(tooltipOf(option, { seriesIndex: 9, dataIndex: 0 })).toBe('')
  })

  it('escapes a hostile goal title in the tooltip', () => {
    const hostile = countByGoalAndStage(
      [item({ id: 'a', goal: 2, status: 'planned' })],
      [{ number: 2, title: HOSTILE }],
    )
    const html = tooltipOf(buildGoalPhaseOption(hostile, labels), { seriesIndex: 0, dataIndex: 1 })
    expect(html).toContain(`Mål 2: ${HOSTILE_ESCAPED}`)
    expect(html).not.toContain('<img')
    expect(html).toContain('Status: Planlagt')
  })

  it('stacks by status with its own title when there are no phases', () => {
    const byStatus = countByGoalAndStage([item({ id: 'a', goal: 1, status: 'tentative' })], goals)
    const statusOption = buildGoalPhaseOption(byStatus, labels)
    expect(seriesOf(statusOption).map((s) => [s.name, s.itemStyle?.color, s.data[0]])).toEqual([
      ['Planlagt', STACK_COLOURS.planned, '-'],
      ['Tentativ', STACK_COLOURS.tentative, 1],
      ['Ukjent status', STACK_COLOURS.unknown, '-'],
    ])
    expect(ariaDescription(statusOption)).toMatch(/^Tiltak per mål og planleggingsstatus\. Mål 1: 1 tiltak;/)
  })
})

describe('buildGoalPhaseTable and buildGoalPhasePoints', () => {
  it('tables the same numbers, one row per goal linking to it', () => {
    const table = buildGoalPhaseTable(phased, labels)
    expect(table.caption).toBe('Tiltak per mål og fase')
    expect(table.columns).toEqual([
      'Mål',
      'Konsept/mandat',
      'Utvikling og begrenset utprøving',
      'Tilpasning og utvidet utprøving',
      'Innføring',
      'Ny praksis i bruk',
      'Uten fase',
      'Totalt',
    ])
    expect(table.rows.map((r) => [r.header, r.target?.query, ...r.cells])).toEqual([
      ['Mål 1: Aktiv medvirkning i egen og næres helse', { mal: '1' }, 2, 0, 0, 0, 0, 0, 2],
      ['Mål 2: Enklere arbeidshverdag', { mal: '2' }, 0, 0, 0, 0, 0, 0, 0],
      ['Mål 3: Helsedata til fornying og forbedring', { mal: '3' }, 0, 0, 0, 0, 1, 1, 2],
      ['Mål 4: Tilgjengelig informasjon og styrket samhandling', { mal: '4' }, 0, 0, 0, 0, 0, 0, 0],
      ['Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft', { mal: '5' }, 0, 0, 0, 0, 0, 0, 0],
    ])
  })

  it('lists every non-empty segment, goal by goal, each leading to its goal', () => {
    expect(buildGoalPhasePoints(phased, labels)).toEqual([
      {
        seriesIndex: 0,
        dataIndex: 0,
        label: 'Mål 1: Aktiv medvirkning i egen og næres helse. Konsept/mandat: 2 tiltak',
        target: { path: '/tiltak', query: { mal: '1' } },
      },
      {
        seriesIndex: 4,
        dataIndex: 2,
        label: 'Mål 3: Helsedata til fornying og forbedring. Ny praksis i bruk: 1 tiltak',
        target: { path: '/tiltak', query: { mal: '3' } },
      },
      {
        seriesIndex: 5,
        dataIndex: 2,
        label: 'Mål 3: Helsedata til fornying og forbedring. Uten fase: 1 tiltak',
        target: { path: '/tiltak', query: { mal: '3' } },
      },
    ])
  })
})
