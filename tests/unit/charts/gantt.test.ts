import { describe, expect, it } from 'vitest'
import {
  barLaneIndexes,
  buildGanttChartTable,
  buildGanttAxisOption,
  buildGanttData,
  ganttDataRow,
  buildGanttOption,
  buildStaticGanttOption,
  ganttTileHeight,
  ganttTileTop,
  ganttTooltipLines,
  ganttViewportPatch,
  laneText,
  pageGanttLanes,
  staticGanttHeight,
  type GanttChartLabels,
} from '@/charts/gantt'
import { MISSING_COLOUR, mixColour, STACK_COLOURS } from '@/charts/palette'
import { buildGanttLayout, buildGanttTable } from '@/domain/gantt-layout'
import { GANTT_MARKS } from '@/domain/gantt-legend'
import { parsePeriod } from '@/domain/period'
import type { Period, RoadmapItem } from '@/domain/types'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'

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
  labels: GANTT_LAYOUT_LABELS,
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
  continuedLane: '(forts.)',
  chartSummary: (bars, rows) => `${bars} elementer på ${rows} rader`,
  uncertain: 'usikkert',
  marks: Object.fromEntries(GANTT_MARKS.map((m) => [m, `legend ${m}`])) as GanttChartLabels['marks'],
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
    coord: ([x, lane]: number[]) => [(x as number) / DAY, (lane as number) * 20],
    size: () => [1, 20],
  }
  return option.series[0].renderItem({ coordSys: { x: 0, y: 0, width: 1e9, height: 1e6 } }, api) as Shape
}
const indexOf = (id: string) => layout.bars.findIndex((b) => b.itemId === id)

describe('buildGanttOption', () => {
  it('has one data row per drawn bar, rows as a value axis without labels (the view has a label column)', () => {
    expect(option.series[0].data).toHaveLength(5)
    expect(layout.undated.map((i) => i.id)).toEqual(['undated'])
    const span = option.series[0].data[indexOf('span')]
    expect(span.slice(1, 3)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)])
    expect(option.yAxis).toMatchObject({ type: 'value', inverse: true, min: 0, axisLabel: { show: false } })
  })

  it('zooms time with Ctrl+wheel and drag only: no slider, no lane scrolling, the plain wheel left to the page', () => {
    expect(option.dataZoom).toHaveLength(1)
    expect(option.dataZoom[0]).toMatchObject({
      type: 'inside',
      xAxisIndex: 0,
      zoomOnMouseWheel: 'ctrl',
      moveOnMouseWheel: false,
      moveOnMouseMove: true,
      startValue: Date.UTC(2024, 0, 1),
      endValue: Date.UTC(2026, 11, 31),
    })
    expect(option.dataZoom.some((z: { type: string }) => z.type === 'slider')).toBe(false)
  })

  it('draws the as-of line, shades the selected year, and labels the axis by the zoom', () => {
    expect(option.series[0].markLine.data).toEqual([{ xAxis: Date.UTC(2025, 5, 30) }])
    expect(option.series[0].markLine.label.formatter).toBe('Per 2025-06-30')
    expect(option.series[0].markArea.data).toEqual([
      [{ xAxis: Date.UTC(2025, 0, 1) }, { xAxis: Date.UTC(2026, 0, 1) }],
    ])
    expect(option.xAxis.axisLabel.formatter(Date.UTC(2025, 7, 1))).toBe('Q3 2025')
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true)
  })

  it('splits a phase span into coloured segments; tentative is dashed, lighter and hatched, not colour alone', () => {
    const shape = draw(indexOf('span'))
    const segments =
      shape.children?.filter((c) => c.type === 'rect' && c.style?.fill !== 'none' && !c.style?.decal) ?? []
    expect(segments.map((s) => s.style?.fill)).toEqual([
      mixColour(STACK_COLOURS.utvikling, '#ffffff', 0.45),
      mixColour(STACK_COLOURS.tilpasning, '#ffffff', 0.45),
      mixColour(STACK_COLOURS.innforing, '#ffffff', 0.45),
    ])
    expect(shape.children?.some((c) => c.style?.decal && c.style?.fill === 'rgba(0, 0, 0, 0)')).toBe(true)
    const outline = shape.children?.find((c) => c.style?.fill === 'none')
    expect(outline?.style?.lineDash).toEqual([4, 3])
  })

  it('keeps the patterns of its hatching and dots between redraws; the static chart (SVG export) gets its own', () => {
    // ECharts' custom series sets `dirty` on an element's decal before drawing it, and draws a
    // new pattern canvas for a dirty decal: on the interactive chart, a clean decal keeps its pattern.
    type Decal = { dirty?: boolean; symbol?: string }
    const decals = (s: Shape): Decal[] => [
      ...(s.style?.decal ? [s.style.decal as Decal] : []),
      ...(s.children ?? []).flatMap(decals),
    ]
    const hatched = decals(draw(indexOf('span')))
    const dotted = decals(draw(indexOf('open')))
    expect(hatched.length).toBeGreaterThan(0)
    expect(dotted.map((d) => d.symbol)).toContain('circle')
    for (const decal of [...hatched, ...dotted]) {
      decal.dirty = true
      expect(decal.dirty).toBe(false)
    }
    decals(draw(indexOf('span'))).forEach((decal, i) => expect(decal).toBe(hatched[i]))
    const stat = buildStaticGanttOption(layout, labels, { asOf: '2025-06-30', width: 1200 }) as Loose
    const series = stat.series[0]
    const row = series.data.find((r: number[]) => r[3] === indexOf('span')) as number[]
    const api = {
      value: (i: number) => row[i],
      coord: ([x, lane]: number[]) => [(x as number) / DAY, (lane as number) * 20],
      size: () => [1, 20],
    }
    const staticDecals = decals(series.renderItem({ coordSys: { x: 0, y: 0, width: 1e9, height: 1e6 } }, api))
    expect(staticDecals.length).toBeGreaterThan(0)
    for (const decal of staticDecals) expect(hatched).not.toContain(decal)
  })

  it('gives bars without a phase a pale grey with dots, and bars without a status no outline', () => {
    const open = draw(indexOf('open'))
    const fill = open.children?.find((c) => c.type === 'rect')
    expect(fill?.style?.fill).toBe(MISSING_COLOUR)
    expect(fill?.style?.decal).toMatchObject({ symbol: 'circle' })
    const nostart = draw(indexOf('nostart'))
    expect(nostart.children?.some((c) => c.style?.fill === 'none')).toBe(false)
  })

  it('fades an inferred end out past the last stated date; marks an open end with an arrow, end-before-start with a warning, milestones as diamonds', () => {
    const open = draw(indexOf('open'))
    expect(open.children?.some((c) => c.type === 'polygon')).toBe(true)
    const nostart = draw(indexOf('nostart'))
    const fade = nostart.children?.find(
      (c) => (c.style?.fill as { type?: string } | undefined)?.type === 'linear',
    )
    expect(fade).toBeDefined()
    // Stated: the one day 01.03.2025; everything after it fades.
    expect(fade?.shape?.x).toBe(Date.UTC(2025, 2, 2) / DAY)
    expect(nostart.children?.filter((c) => c.type === 'line')).toHaveLength(2)
    const back = draw(indexOf('back'))
    expect(back.children?.map((c) => c.type)).toEqual(['circle', 'text'])
    expect(draw(indexOf('m1')).type).toBe('polygon')
  })

  it('builds tooltips from escaped text with what the bar does not show', () => {
    const html = option.tooltip.formatter({ value: [0, 0, 0, indexOf('span')] }) as string
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
    const bar = layout.bars[indexOf('nostart')]
    if (!bar) throw new Error('no bar')
    expect(ganttTooltipLines(bar, byId.get('nostart'), labels)).toContain('sluttdato ikke oppgitt')
  })
})

describe('the viewport: only the rows beside the canvas are drawn', () => {
  // 1 000 lanes with one bar each.
  const many = buildGanttLayout(
    Array.from({ length: 1000 }, (_, i) =>
      item(`i${i}`, { period: period('2024 - 2025'), grouping: `g${i}` }),
    ),
    [],
    [],
    {
      labels: GANTT_LAYOUT_LABELS,
      groupBy: 'phase',
      collapsed: new Set(),
      edge: { start: '2020-01-01', end: '2030-12-31' },
    },
  )
  const data = buildGanttData(many, '2025-01-01')

  it('holds every bar in lane order, and hands out the rows of the lanes in view', () => {
    expect(data.count).toBe(1000)
    expect(data.laneCount).toBe(1001)
    const { option, first } = ganttViewportPatch(data, { offset: 32 * 500, plotHeight: 32 * 20 })
    const rows = (option.series as { data: number[][] }[])[0]?.data ?? []
    expect(rows.length).toBeGreaterThanOrEqual(20)
    expect(rows.length).toBeLessThanOrEqual(24)
    expect(rows[0]?.[0]).toBeLessThanOrEqual(500)
    expect(rows.at(-1)?.[0]).toBeGreaterThanOrEqual(520)
    expect(rows[0]).toEqual(ganttDataRow(data, first))
    expect(rows.at(-1)).toEqual(ganttDataRow(data, first + rows.length - 1))
    expect(rows.map((row) => row[3])).toEqual(rows.map((_, k) => first + k))
    expect(option.yAxis).toEqual({ min: 500, max: 520 })
  })

  it('makes rows only of the bars in view, with the time extent of all of them', () => {
    // Each bar's stated end is read when its row is made: count the reads.
    let reads = 0
    const watched = many.bars.map((bar) => {
      const copy = { ...bar }
      Object.defineProperty(copy, 'statedEnd', { get: () => (reads++, bar.statedEnd) })
      return copy
    })
    watched[999] = { ...watched[999]!, start: '2019-03-01', end: '2031-06-30' }
    const lazy = buildGanttData({ ...many, bars: watched }, '2025-01-01')
    expect(lazy.minMs).toBe(Date.UTC(2019, 2, 1))
    expect(lazy.maxMs).toBe(Date.UTC(2031, 6, 1))
    const { option } = ganttViewportPatch(lazy, { offset: 32 * 500, plotHeight: 32 * 20 })
    expect((option.series as { data: number[][] }[])[0]?.data.length).toBeGreaterThanOrEqual(20)
    expect(reads).toBeLessThanOrEqual(24)
  })

  it('takes the time extent from the layout’s bar span without reading a bar, as reading them all gives', () => {
    let reads = 0
    const watched = many.bars.map((bar) => {
      const copy = { ...bar }
      Object.defineProperty(copy, 'start', { get: () => (reads++, bar.start) })
      Object.defineProperty(copy, 'end', { get: () => (reads++, bar.end) })
      return copy
    })
    const { barSpan, ...byHand } = many
    const spanned = buildGanttData(
      { ...byHand, bars: watched, barSpan: { ...barSpan!, bars: watched } },
      '2025-01-01',
    )
    expect(reads).toBe(0)
    const read = buildGanttData({ ...byHand, bars: watched }, '2025-01-01')
    expect(reads).toBeGreaterThan(0)
    expect([spanned.minMs, spanned.maxMs]).toEqual([read.minMs, read.maxMs])
    expect([data.minMs, data.maxMs]).toEqual([read.minMs, read.maxMs])
  })

  it('puts each bar on its lane, from the layout’s lane indexes or, for a layout made by hand, its lane id', () => {
    const rowsOf = (d: typeof data) => Array.from({ length: d.count }, (_, b) => ganttDataRow(d, b))
    const byId = rowsOf(data).map((row, i) => many.lanes[row[0] as number]?.id === many.bars[i]?.laneId)
    expect(byId.every(Boolean)).toBe(true)
    const { barLanes, ...byHand } = many
    expect(barLanes).toHaveLength(1000)
    expect(barLaneIndexes(byHand)).toEqual(barLanes)
    expect(rowsOf(buildGanttData(byHand, '2025-01-01'))).toEqual(rowsOf(data))
  })
})

type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the view’s tile of rows and its axis strip', () => {
  it('keeps the tile while the screen is inside it, else centres it on the screen, within the rows', () => {
    // Tile 3 000 px of 10 000 px of rows; a screen of 800 px.
    expect(ganttTileTop(0, 0, 800, 3000, 10_000)).toBe(0)
    expect(ganttTileTop(0, 2200, 800, 3000, 10_000)).toBe(0)
    expect(ganttTileTop(0, 2300, 800, 3000, 10_000)).toBe(2300 - 1100)
    expect(ganttTileTop(5000, 4000, 800, 3000, 10_000)).toBe(4000 - 1100)
    expect(ganttTileTop(0, 9500, 800, 3000, 10_000)).toBe(7000)
  })

  it('draws the screen’s rows and 640 px above and below, not three screens: a tall screen’s tile stays small', () => {
    expect(ganttTileHeight(800, 3_200_000)).toBe(800 + 2 * 640)
    expect(ganttTileHeight(2800, 3_200_000)).toBe(2800 + 2 * 640)
    expect(ganttTileHeight(400, 3_200_000)).toBe(3 * 400)
    expect(ganttTileHeight(800, 1000)).toBe(1000)
    expect(ganttTileHeight(800, 0)).toBe(32)
  })

  it('leaves the axis to the strip: the rows chart without tick labels, the strip with the window’s', () => {
    const rows = buildGanttOption({
      layout,
      items: byId,
      asOf: '2025-06-30',
      year: null,
      window: { start: '2024-01-01', end: '2026-12-31' },
      zoom: 'year',
      labels,
      axis: false,
    }) as Loose
    expect(rows.grid.top).toBe(0)
    expect(rows.xAxis.axisLabel.show).toBe(false)
    const strip = buildGanttAxisOption({
      asOf: '2025-06-30',
      year: 2025,
      window: { start: '2024-01-01', end: '2026-12-31' },
      zoom: 'year',
      labels,
    }) as Loose
    expect([strip.xAxis.min, strip.xAxis.max]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2026, 11, 31)])
    expect(strip.grid.right).toBe(rows.grid.right)
    expect(strip.series[0].markLine.data).toEqual([{ xAxis: Date.UTC(2025, 5, 30) }])
    expect(strip.dataZoom).toBeUndefined()
  })
})

describe('buildStaticGanttOption: a picture for exports and slides', () => {
  it('has no dataZoom, tooltip or slider, every lane label in full, and the legend of the marks drawn', () => {
    const stat = buildStaticGanttOption(layout, labels, { asOf: '2025-06-30', width: 1200 }) as Loose
    expect(stat.dataZoom).toBeUndefined()
    expect(stat.tooltip).toEqual({ show: false })
    expect(stat.yAxis.data.map((d: { value: string }) => d.value.replace(/^[▾▸] /, ''))).toEqual(
      layout.lanes.map(laneText),
    )
    const legend = stat.series[1]
      .renderItem()
      .children.map(
        (c: { children: { type: string; style: { text?: string } }[] }) => c.children.at(-1)?.style.text,
      )
    expect(legend).toEqual(expect.arrayContaining(['legend tentative', 'legend no-phase', 'legend as-of']))
    expect(legend).not.toContain('legend year')
  })

  it('draws a range of lanes, fitted to the height it is given', () => {
    const stat = buildStaticGanttOption(layout, labels, { laneStart: 1, laneEnd: 3, height: 300 }) as Loose
    expect(stat.yAxis.data).toHaveLength(2)
    expect(stat.grid.top + stat.grid.height).toBeLessThanOrEqual(300)
    expect(staticGanttHeight(layout, labels, { laneStart: 1, laneEnd: 3 })).toBeGreaterThan(2 * 24)
  })

  it('draws the group lanes a page carries first, marked as continued, with room for them', () => {
    const group = layout.lanes.findIndex((l) => l.hasChildren)
    const child = layout.lanes.findIndex((l, i) => i > group && l.parent === layout.lanes[group]?.id)
    const page = { laneStart: child, laneEnd: child + 1 }
    const stat = buildStaticGanttOption(layout, labels, { ...page, carried: [group] }) as Loose
    const names = stat.yAxis.data.map((d: { value: string }) => d.value)
    expect(names).toEqual([`${layout.lanes[group]?.label} (forts.)`, layout.lanes[child]?.label])
    expect(stat.yAxis.data[0].textStyle.fontWeight).toBe('bold')
    expect(staticGanttHeight(layout, labels, { ...page, carried: [group] })).toBe(
      staticGanttHeight(layout, labels, page) + 24,
    )
  })

  it('pages lanes so each page fits, covering every lane once', () => {
    const pages = pageGanttLanes(layout, labels, { height: 200, minRowHeight: 20 })
    expect(pages[0]?.laneStart).toBe(0)
    expect(pages.at(-1)?.laneEnd).toBe(layout.lanes.length)
    for (let i = 1; i < pages.length; i++) expect(pages[i]?.laneStart).toBe(pages[i - 1]?.laneEnd)
  })
})

describe('table alternative', () => {
  it('lists the lanes in order with the items’ periods, phases and status', () => {
    const table = buildGanttChartTable(buildGanttTable(layout), labels)
    expect(table.columns).toEqual(['Rad', 'Periode', 'Fase', 'Status'])
    const rows = table.rows.filter((r) => r.cells[0] !== '')
    expect(rows).toHaveLength(5)
    expect(rows[0]?.cells).toEqual(['2024 – 2025', 'Utvikling – Tilpasning – Innføring', 'Tentativ'])
  })
})
