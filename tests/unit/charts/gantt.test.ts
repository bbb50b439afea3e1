import { describe, expect, it } from 'vitest'
import {
  buildGanttChartTable,
  buildGanttOption,
  buildGanttPoints,
  ganttTooltipLines,
  laneLabel,
  type GanttChartLabels,
} from '@/charts/gantt'
import { STACK_COLOURS } from '@/charts/palette'
import { buildGanttLayout, buildGanttTable } from '@/domain/gantt-layout'
import { parsePeriod } from '@/domain/period'
import type { Period, RoadmapItem } from '@/domain/types'

const period = (text: string): Period => {
  const r = parsePeriod(text)
  if (!r.ok) throw new Error(text)
  return r.value
}
function item(id: string, partial: Partial<RoadmapItem>): RoadmapItem {
  return {
    id,
    key: id,
    datasetId: 'ds',
    title: id,
    goal: 1,
    actors: ['KS'],
    actorIds: ['ks'],
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...partial,
  }
}
const items = [
  item('span', { title: '<img src=x onerror=alert(1)>', period: period('2024 - 2025'), phase: { from: 'utvikling', to: 'innforing' }, status: 'tentative' }),
  item('open', { goal: 2, period: period('2024 →'), status: 'planned' }),
  item('nostart', { goal: 2, period: { start: { date: '2025-03-01', precision: 'day' }, openEnded: false } }),
  item('back', { goal: 3, period: period('2026 - 2024') }),
  item('m1', { goal: 3, period: period('01.07.2025'), extra: { Type: 'Milepæl' } }),
  item('undated', { goal: 4 }),
] // prettier-ignore
const layout = buildGanttLayout(items, [], [{ number: 1, title: 'Mål én' }], {
  groupBy: 'goal',
  collapsed: new Set(),
  edge: { start: '2020-01-01', end: '2030-12-31' },
})

const labels: GanttChartLabels = {
  title: 'Tidslinje',
  phases: { konsept: 'Konsept', utvikling: 'Utvikling', tilpasning: 'Tilpasning', innforing: 'Innføring', 'i-bruk': 'I bruk' },
  status: { planned: 'Planlagt', tentative: 'Tentativ' },
  noPhase: 'Uten fase',
  period: 'Periode',
  phase: 'Fase',
  statusLabel: 'Status',
  actors: 'Aktører',
  sourceRow: (row) => `kilderad ${row}`,
  noEnd: 'sluttdato ikke oppgitt',
  openEnd: 'åpen slutt',
  endBeforeStart: 'slutt før start',
  startMissing: 'startdato ikke oppgitt',
  milestone: 'milepæl',
  asOf: (d) => `Per ${d}`,
  lane: 'Rad',
  uncertain: 'usikkert',
} // prettier-ignore
const byId = new Map(items.map((i) => [i.id, i]))
const option = buildGanttOption({
  layout,
  items: byId,
  asOf: '2025-06-30',
  year: 2025,
  window: { start: '2024-01-01', end: '2026-12-31' },
  zoom: 'quarter',
  labels,
}) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

type Shape = {
  type: string
  shape?: Record<string, unknown>
  style?: Record<string, unknown>
  children?: Shape[]
}
const DAY = 86_400_000
/** Draws one bar through the option's renderItem with a 1-pixel-per-day axis and 20-pixel lanes. */
function draw(index: number): Shape {
  const row = option.series[0].data[index] as number[]
  const api = {
    value: (i: number) => row[i],
    coord: ([x, lane]: number[]) => [(x as number) / DAY, (lane as number) * 20 + 10],
    size: () => [1, 20],
  }
  return option.series[0].renderItem({ coordSys: { x: 0, y: 0, width: 1e9, height: 1e6 } }, api) as Shape
}
const indexOf = (id: string) => layout.bars.findIndex((b) => b.itemId === id)

describe('buildGanttOption', () => {
  it('has one lane label per lane, indented, and one data row per drawn bar', () => {
    expect(option.yAxis.data).toEqual(layout.lanes.map(laneLabel))
    expect(option.yAxis.data[0]).toBe('▾ Mål én')
    expect(option.series[0].data).toHaveLength(5)
    expect(layout.undated.map((i) => i.id)).toEqual(['undated'])
    const span = option.series[0].data[indexOf('span')]
    expect(span.slice(1, 3)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)])
  })

  it('draws the as-of line, shades the selected year, and starts the zoom at the window', () => {
    expect(option.series[0].markLine.data).toEqual([{ xAxis: Date.UTC(2025, 5, 30) }])
    expect(option.series[0].markLine.label.formatter).toBe('Per 2025-06-30')
    expect(option.series[0].markArea.data).toEqual([
      [{ xAxis: Date.UTC(2025, 0, 1) }, { xAxis: Date.UTC(2026, 0, 1) }],
    ])
    expect(option.dataZoom[0]).toMatchObject({
      startValue: Date.UTC(2024, 0, 1),
      endValue: Date.UTC(2026, 11, 31),
    })
    expect(option.xAxis.axisLabel.formatter(Date.UTC(2025, 7, 1))).toBe('Q3 2025')
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true)
  })

  it('splits a phase span into coloured segments; tentative is dashed and lighter, not colour alone', () => {
    const shape = draw(indexOf('span'))
    const segments = shape.children?.filter((c) => c.type === 'rect' && c.style?.fill !== 'none') ?? []
    expect(segments.map((s) => s.style?.fill)).toEqual([
      STACK_COLOURS.utvikling,
      STACK_COLOURS.tilpasning,
      STACK_COLOURS.innforing,
    ])
    expect(segments.every((s) => s.style?.opacity === 0.55)).toBe(true)
    const outline = shape.children?.find((c) => c.style?.fill === 'none')
    expect(outline?.style?.lineDash).toEqual([4, 3])
  })

  it('marks an open end with an arrow, a missing end with a dotted edge, end-before-start with a warning, milestones as diamonds', () => {
    const open = draw(indexOf('open'))
    expect(open.children?.some((c) => c.type === 'polygon')).toBe(true)
    expect(open.children?.find((c) => c.style?.fill === 'none')?.style?.lineDash).toBeUndefined()
    expect(draw(indexOf('nostart')).children?.some((c) => c.type === 'line')).toBe(true)
    const back = draw(indexOf('back'))
    expect(back.children?.map((c) => c.type)).toEqual(['circle', 'text'])
    expect(draw(indexOf('m1')).type).toBe('polygon')
  })

  it('builds tooltips from escaped text with what the bar does not show', () => {
    const html = option.tooltip.formatter({ seriesIndex: 0, dataIndex: indexOf('span') }) as string
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
    const bar = layout.bars[indexOf('nostart')]
    if (!bar) throw new Error('no bar')
    expect(ganttTooltipLines(bar, byId.get('nostart'), labels)).toContain('sluttdato ikke oppgitt')
  })
})

describe('table alternative and points', () => {
  it('lists the lanes in order with the items’ periods, phases and status', () => {
    const table = buildGanttChartTable(buildGanttTable(layout), labels)
    expect(table.columns).toEqual(['Rad', 'Periode', 'Fase', 'Status'])
    const rows = table.rows.filter((r) => r.cells[0] !== '')
    expect(rows).toHaveLength(5)
    expect(rows[0]?.cells).toEqual(['2024 – 2025', 'Utvikling – Tilpasning – Innføring', 'Tentativ'])
  })

  it('gives every bar a keyboard point leading to its detail', () => {
    const points = buildGanttPoints(layout, (id) => ({ path: '/tidslinje', query: { element: id } }), labels)
    expect(points).toHaveLength(5)
    expect(points[indexOf('open')]?.target).toEqual({ path: '/tidslinje', query: { element: 'open' } })
  })
})
