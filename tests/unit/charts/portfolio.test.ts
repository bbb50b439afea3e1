import { describe, expect, it } from 'vitest'
import {
  buildCostOption,
  buildCostTable,
  buildStatusOption,
  buildTrendOption,
  buildTrendTable,
  type PortfolioChartLabels,
} from '@/charts/portfolio'
import { buildDependencyGraphOption } from '@/charts/portfolio-dependencies'
import type { PortfolioRound } from '@/domain/portfolio'
import { buildDependencyGraph, compareStatus, rollUpCosts } from '@/domain/portfolio-summary'

const labels: PortfolioChartLabels = {
  status: { rod: 'Rød', gul: 'Gul', gronn: 'Grønn', none: 'Ikke oppgitt' },
  column: (c) => `${c.measure} ${c.round}`,
  measures: (n) => `${n} tiltak`,
  measureCount: 'Antall tiltak',
  year: 'År',
  solution: 'Løsning',
  mnok: 'MNOK',
  total: 'Sum',
  round: 'Rapportering',
  notStated: 'ikke oppgitt',
  series: { measures: 'Antall tiltak', red: 'Rød status', yellow: 'Gul status' },
  titles: { status: 'Status', costs: 'Kostnader', dependencies: 'Avhengigheter', trend: 'Over tid' },
  dependsOn: (m, t) => `${m} avhenger av ${t}`,
}
const src = { datasetId: 'd', row: 2 }

type Formatter = (p: unknown) => string
const formatterOf = (option: unknown): Formatter =>
  (option as { tooltip: { formatter: Formatter } }).tooltip.formatter

describe('portfolio charts', () => {
  it('status: one stacked series per colour, the counts as data, tooltips escaped', () => {
    const columns = compareStatus([
      { id: 'a', datasetId: 'd', name: '<b>x</b>', otherGoals: [], status: 'rod', missing: [], source: src },
    ])
    const option = buildStatusOption(columns, labels) as { series: { name: string; data: unknown[] }[] }
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Rød', ['-', 1, '-', '-']],
      ['Gul', ['-', '-', '-', '-']],
      ['Grønn', ['-', '-', '-', '-']],
      ['Ikke oppgitt', [1, '-', 1, 1]],
    ])
  })

  it('costs: stacked bars by solution per year, table with the sum row', () => {
    const rollup = rollUpCosts([
      {
        id: '1',
        datasetId: 'd',
        solution: 'E-resept',
        year: 2025,
        mnok: -12,
        coveredInternally: false,
        missing: [],
        source: src,
      },
      {
        id: '2',
        datasetId: 'd',
        solution: 'Helsenorge',
        year: 2025,
        mnok: 33.5,
        coveredInternally: false,
        missing: [],
        source: src,
      },
    ])
    const option = buildCostOption(rollup, labels, String) as {
      series: { name: string; stack: string; data: unknown[] }[]
    }
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['E-resept', 'costs', [-12]],
      ['Helsenorge', 'costs', [33.5]],
    ])
    expect(buildCostTable(rollup, labels).rows.at(-1)).toEqual({ header: 'Sum', cells: [21.5] })
  })

  it('dependency graph: measures left, targets right, edges coloured by status, names escaped in tooltips', () => {
    const graph = buildDependencyGraph([
      {
        id: '1',
        datasetId: 'd',
        measure: 'EPJ-løftet',
        dependsOn: '<img src=x onerror=alert(1)>',
        status: 'rod',
        missing: [],
        source: src,
      },
    ])
    const option = buildDependencyGraphOption(graph, labels) as {
      series: {
        type: string
        data: { value: number[]; label: { formatter: string } }[]
        links: { lineStyle: { color: string } }[]
      }[]
    }
    const series = option.series[0]
    expect(series?.type).toBe('graph')
    expect(series?.data.map((n) => [n.value, n.label.formatter])).toEqual([
      [[0, 0], 'EPJ-løftet'],
      [[1, 0], '<img src=x onerror=alert(1)>'],
    ])
    expect(series?.links[0]?.lineStyle.color).toBe('#b3261e')
    const html = formatterOf(option)({ dataType: 'edge', dataIndex: 0 })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })

  it('trend: a figure the source does not state is a gap (null), and "ikke oppgitt" in the table', () => {
    const rounds: PortfolioRound[] = [
      {
        id: '1',
        datasetId: 'd',
        round: 'mars 2020',
        red: 2,
        yellow: 34,
        redNames: [],
        missing: [],
        source: src,
      },
      {
        id: '2',
        datasetId: 'd',
        round: 'april 2023',
        measures: 37,
        red: 2,
        redNames: [],
        missing: [],
        source: src,
      },
    ]
    const option = buildTrendOption(rounds, labels) as { series: { name: string; data: unknown[] }[] }
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Antall tiltak', [null, 37]],
      ['Rød status', [2, 2]],
      ['Gul status', [34, null]],
    ])
    expect(buildTrendTable(rounds, labels).rows.map((r) => r.cells)).toEqual([
      ['ikke oppgitt', 2, 34],
      [37, 2, 'ikke oppgitt'],
    ])
  })
})
