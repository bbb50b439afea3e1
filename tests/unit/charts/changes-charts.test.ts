import { describe, expect, it } from 'vitest'
import { buildPhaseFlowOption, buildPhaseFlowTable, type PhaseFlowLabels } from '@/charts/phase-flow'
import {
  buildSlipOption,
  buildSlipPoints,
  buildSlipRows,
  buildSlipTable,
  SLIP_CHART_MAX_ROWS,
  type SlipChartLabels,
} from '@/charts/slip-chart'
import { compareVersions } from '@/domain/compare'
import type { RoadmapItem } from '@/domain/types'

function item(ds: string, key: string, end: string, extra: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id: `${ds}/${key}`,
    key,
    datasetId: ds,
    title: `Leveranse ${key} <b>`,
    goal: 2,
    actors: [],
    actorIds: [],
    period: {
      start: { date: '2024-01-01', precision: 'day' },
      end: { date: end, precision: 'day' },
      openEnded: false,
    },
    uncertain: false,
    flags: [],
    source: { datasetId: ds, row: 2 },
    ...extra,
  }
}

const labels: SlipChartLabels = {
  title: 'Forskjøvet slutt',
  goal: (n) => `Mål ${n}`,
  days: (n) => `${n} dager`,
  columns: { title: 'Leveranse', goal: 'Mål', before: 'Før', after: 'Nå', slip: 'Dager', status: 'Status' },
  tentative: 'Tentativ',
  planned: 'Planlagt',
  truncated: (shown, total) => `${shown} av ${total}`,
  date: (iso) => iso,
}

describe('slip chart', () => {
  const before = [item('a', '1', '2025-01-31'), item('a', '2', '2025-01-31'), item('a', '3', '2025-01-31')]
  const after = [
    item('b', '1', '2025-03-31', { status: 'tentative' }),
    item('b', '2', '2025-01-01'),
    item('b', '3', '2025-01-31'),
  ]
  const changes = compareVersions({ items: before, subGoals: [] }, { items: after, subGoals: [] }).changes
  const rows = buildSlipRows(changes, 'end', (c) => ({ path: '/tidslinje', query: { element: c.new!.id } }))

  it('has one row per re-dated item, largest slip first, and a table with the same rows', () => {
    expect(rows.map((r) => [r.title, r.before, r.after, r.slip, r.tentative])).toEqual([
      ['Leveranse 1 <b>', '2025-01-31', '2025-03-31', 59, true],
      ['Leveranse 2 <b>', '2025-01-31', '2025-01-01', -30, false],
    ])
    const table = buildSlipTable(rows, labels)
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Leveranse 1 <b>', '+59', '2025-01-31', '2025-03-31', 'Mål 2', 'Tentativ'],
      ['Leveranse 2 <b>', '-30', '2025-01-31', '2025-01-01', 'Mål 2', 'Planlagt'],
    ])
    expect(table.rows[0]?.target).toEqual({ path: '/tidslinje', query: { element: 'b/1' } })
    expect(buildSlipPoints(rows, labels).map((p) => p.dataIndex)).toEqual([0, 1])
  })

  it('escapes titles in tooltips and numbers the axis rows', () => {
    const option = buildSlipOption(rows, labels) as {
      yAxis: { data: string[] }
      tooltip: { formatter: (p: unknown) => string }
    }
    expect(option.yAxis.data).toEqual(['1. Leveranse 1 <b>', '2. Leveranse 2 <b>'])
    expect(option.tooltip.formatter({ seriesIndex: 0, dataIndex: 0 })).toContain('Leveranse 1 &lt;b&gt;')
  })

  it(`draws at most ${SLIP_CHART_MAX_ROWS} rows and says so in the caption`, () => {
    const many = Array.from({ length: 50 }, () => rows[0]!)
    const option = buildSlipOption(many, labels) as { yAxis: { data: string[] } }
    expect(option.yAxis.data).toHaveLength(SLIP_CHART_MAX_ROWS)
    const table = buildSlipTable(many, labels)
    expect(table.rows).toHaveLength(50)
    expect(table.caption).toBe(`Forskjøvet slutt. ${SLIP_CHART_MAX_ROWS} av 50`)
  })
})

describe('phase flow', () => {
  const flowLabels: PhaseFlowLabels = {
    title: 'Faseendringer',
    phase: (k) => k,
    before: (p) => `Før: ${p}`,
    after: (p) => `Nå: ${p}`,
    items: (n) => `${n} tiltak`,
    columns: { flow: 'Fra → til', count: 'Antall' },
  }
  const flows = [
    { from: 'utvikling', to: 'tilpasning', count: 2 },
    { from: 'innforing', to: 'utvikling', count: 1 },
    { from: 'none', to: 'konsept-utvikling', count: 1 },
  ]

  it('keeps old and new phases apart, so a step back stays acyclic', () => {
    const option = buildPhaseFlowOption(flows, flowLabels) as {
      series: { data: { name: string }[]; links: { source: string; target: string; value: number }[] }[]
    }
    const [series] = option.series
    expect(series?.data.map((n) => n.name)).toEqual([
      'from:none',
      'from:utvikling',
      'from:innforing',
      'to:konsept-utvikling',
      'to:utvikling',
      'to:tilpasning',
    ])
    expect(series?.links).toEqual([
      { source: 'from:utvikling', target: 'to:tilpasning', value: 2 },
      { source: 'from:innforing', target: 'to:utvikling', value: 1 },
      { source: 'from:none', target: 'to:konsept-utvikling', value: 1 },
    ])
  })

  it('has a table with the same flows', () => {
    expect(buildPhaseFlowTable(flows, flowLabels).rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['utvikling → tilpasning', 2],
      ['innforing → utvikling', 1],
      ['none → konsept-utvikling', 1],
    ])
  })
})
