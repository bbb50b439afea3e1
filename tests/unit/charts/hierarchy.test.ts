import { describe, expect, it } from 'vitest'
import { buildHierarchyOption, buildHierarchyPoints, buildHierarchyTable } from '@/charts/hierarchy'
import { MISSING_COLOUR } from '@/charts/palette'
import { countByGoalHierarchy } from '@/domain/chart-data'
import { goals, item, subGoal } from './fixtures'
import { ariaDescription, seriesOf, tooltipOf } from './helpers'
import { HOSTILE, HOSTILE_ESCAPED, labels } from './labels'

const tree = countByGoalHierarchy(
  [
    item({ id: 'a', goal: 1, subGoalId: 's1', grouping: 'Helsenorge' }),
    item({ id: 'b', goal: 1, subGoalId: 's1' }),
    item({ id: 'c', goal: 2 }),
    item({ id: 'd', goal: 2, subGoalId: 's2' }),
  ],
  [subGoal('s1', 1, 'Innbyggertjenester'), subGoal('s2', 2, HOSTILE)],
  goals,
)

interface Node {
  id: string
  name: string
  value: number
  itemStyle?: { color: string }
  children?: Node[]
}
const shape = (n: Node): unknown => [n.id, n.name, n.value, n.itemStyle?.color, (n.children ?? []).map(shape)]

describe('buildHierarchyOption', () => {
  const option = buildHierarchyOption(tree, labels)
  const series = seriesOf(option)[0] as unknown as { type: string; nodeClick: unknown; data: Node[] }

  it('nests goals, sub-goals and groupings with their counts, every ring in its goal’s colour', () => {
    expect(series.type).toBe('sunburst')
    expect(series.nodeClick).toBe(false)
    expect(series.data.map(shape)).toEqual([
      [
        'goal-1',
        'Mål 1',
        2,
        '#005a8c',
        [['s1', 'Innbyggertjenester', 2, '#005a8c', [['s1/Helsenorge', 'Helsenorge', 1, '#005a8c', []]]]],
      ],
      [
        'goal-2',
        'Mål 2',
        2,
        '#a34400',
        [
          ['s2', HOSTILE, 1, '#a34400', []],
          ['goal-2/none', 'Uten delmål', 1, MISSING_COLOUR, []],
        ],
      ],
      ['goal-3', 'Mål 3', 0, '#00704f', []],
      ['goal-4', 'Mål 4', 0, '#95487a', []],
      ['goal-5', 'Mål 5', 0, '#7a5000', []],
    ])
  })

  it('describes goals with their item and sub-goal counts', () => {
    expect(ariaDescription(option)).toBe(
      'Mål, delmål og grupperinger. Mål 1: 2 tiltak, 1 delmål; Mål 2: 2 tiltak, 1 delmål; ' +
        'Mål 3: ingen tiltak, ingen delmål; Mål 4: ingen tiltak, ingen delmål; Mål 5: ingen tiltak, ingen delmål.',
    )
  })

  it('finds the node of a tooltip by its id and escapes its name', () => {
    expect(tooltipOf(option, { data: { id: 'goal-1' } })).toBe(
      '<strong>Mål 1: Aktiv medvirkning i egen og næres helse</strong><br>Mål<br>2 tiltak',
    )
    expect(tooltipOf(option, { data: { id: 's1/Helsenorge' } })).toBe(
      '<strong>Helsenorge</strong><br>Gruppering · Mål 1<br>1 tiltak',
    )
    const html = tooltipOf(option, { data: { id: 's2' } })
    expect(html).toBe(`<strong>${HOSTILE_ESCAPED}</strong><br>Delmål · Mål 2<br>1 tiltak`)
    expect(html).not.toContain('<img')
    expect(tooltipOf(option, { data: { id: 'nope' } })).toBe('')
  })
})

describe('buildHierarchyTable and buildHierarchyPoints', () => {
  it('tables the tree in pre-order with levels; goal rows link to the goal', () => {
    const table = buildHierarchyTable(tree, labels)
    expect(table.columns).toEqual(['Mål, delmål og gruppering', 'Nivå', 'Antall tiltak'])
    expect(table.rows.map((r) => [r.level, r.header, r.target?.query, ...r.cells])).toEqual([
      [0, 'Mål 1: Aktiv medvirkning i egen og næres helse', { mal: '1' }, 'Mål', 2],
      [1, 'Innbyggertjenester', undefined, 'Delmål', 2],
      [2, 'Helsenorge', undefined, 'Gruppering', 1],
      [0, 'Mål 2: Enklere arbeidshverdag', { mal: '2' }, 'Mål', 2],
      [1, HOSTILE, undefined, 'Delmål', 1],
      [1, 'Uten delmål', undefined, 'Uten delmål', 1],
      [0, 'Mål 3: Helsedata til fornying og forbedring', { mal: '3' }, 'Mål', 0],
      [0, 'Mål 4: Tilgjengelig informasjon og styrket samhandling', { mal: '4' }, 'Mål', 0],
      [0, 'Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft', { mal: '5' }, 'Mål', 0],
    ])
  })

  it('numbers nodes as ECharts does (pre-order after the root), skipping empty ones', () => {
    expect(buildHierarchyPoints(tree, labels).map((p) => [p.dataIndex, p.target.query, p.label])).toEqual([
      [1, { mal: '1' }, 'Mål 1: Aktiv medvirkning i egen og næres helse: 2 tiltak'],
      [2, { mal: '1' }, 'Delmål: Innbyggertjenester: 2 tiltak'],
      [3, { mal: '1' }, 'Gruppering: Helsenorge: 1 tiltak'],
      [4, { mal: '2' }, 'Mål 2: Enklere arbeidshverdag: 2 tiltak'],
      [5, { mal: '2' }, `Delmål: ${HOSTILE}: 1 tiltak`],
      [6, { mal: '2' }, 'Uten delmål: 1 tiltak'],
    ])
  })
})
