import { describe, expect, it } from 'vitest'
import {
  buildGanttLayout,
  buildGanttTable,
  isMilestone,
  statedExtent,
  type GanttBar,
  type GanttOptions,
} from '@/domain/gantt-layout'
import type { DateWindow } from '@/domain/time-window'
import { parsePeriod } from '@/domain/period'
import type { Goal, GoalNumber, Period, RoadmapItem, SubGoal } from '@/domain/types'
import { issueText } from '@/i18n/issue-text'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'

const EDGE = { start: '2019-01-01', end: '2030-12-31' }
const GOALS: Goal[] = [
  { number: 1, title: 'Aktiv medvirkning i egen og næres helse' },
  { number: 2, title: 'Enklere arbeidshverdag' },
  { number: 4, title: 'Tilgjengelig informasjon og styrket samhandling' },
]
const PLL: SubGoal = {
  id: 'ds/sg2d',
  datasetId: 'ds',
  goal: 2,
  code: '2D',
  title: 'Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
  conditions: [],
}
const JOURNAL: SubGoal = {
  id: 'ds/sg2-journal',
  datasetId: 'ds',
  goal: 2,
  title: 'Helsepersonell skal ha tilgang til moderniserte journaler',
  conditions: [],
}
const INFO: SubGoal = {
  id: 'ds/sg4',
  datasetId: 'ds',
  goal: 4,
  title: 'Innføring og bruk av nye informasjonstjenester',
  conditions: [],
}
const SUB_GOALS = [JOURNAL, PLL, INFO]

function period(text: string): Period {
  const result = parsePeriod(text)
  if (!result.ok) throw new Error(`fixture period ${text}: ${issueText(result.error.message, 'en')}`)
  return result.value
}

function item(id: string, fields: Partial<RoadmapItem> & { when?: string } = {}): RoadmapItem {
  const { when, ...rest } = fields
  return {
    id: `ds/${id}`,
    key: id,
    datasetId: 'ds',
    title: id,
    goal: 2 as GoalNumber,
    actors: [],
    actorIds: [],
    period: period(when ?? ''),
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...rest,
  }
}

function layout(items: RoadmapItem[], options: Partial<GanttOptions> = {}) {
  return buildGanttLayout(items, SUB_GOALS, GOALS, {
    labels: GANTT_LAYOUT_LABELS,
    groupBy: 'goal',
    collapsed: new Set(),
    edge: EDGE,
    ...options,
  })
}

function barOf(bars: GanttBar[], key: string): GanttBar {
  const bar = bars.find((b) => b.itemId === `ds/${key}` && !b.rolledUp)
  if (!bar) throw new Error(`no bar for ${key}`)
  return bar
}

/** The fields of a bar that the extent rules decide. */
type Extent = Pick<
  GanttBar,
  'kind' | 'start' | 'end' | 'openEnd' | 'endInferred' | 'startMissing' | 'warning'
>
const extentOf = (b: GanttBar): Extent => ({
  kind: b.kind,
  start: b.start,
  end: b.end,
  openEnd: b.openEnd,
  endInferred: b.endInferred,
  startMissing: b.startMissing,
  warning: b.warning,
})
const bar = (start: string, end: string, more: Partial<Extent> = {}): Extent => ({
  kind: 'bar',
  start,
  end,
  openEnd: false,
  endInferred: false,
  startMissing: false,
  warning: false,
  ...more,
})

describe('buildGanttLayout: bar extents', () => {
  // Each item stands alone in its grouping, so the next-item rule cannot reach it.
  const CASES: [period: string, expected: Extent][] = [
    ['2024', bar('2024-01-01', '2024-12-31')],
    ['2021 - 2025', bar('2021-01-01', '2025-12-31')],
    ['2023 – 2026', bar('2023-01-01', '2026-12-31')],
    ['Q3 2025', bar('2025-07-01', '2025-09-30')],
    ['Q4 2025', bar('2025-10-01', '2025-12-31')],
    ['H2 2026', bar('2026-07-01', '2026-12-31')],
    ['juli 2026', bar('2026-07-01', '2026-07-31')],
    ['februar 2024', bar('2024-02-01', '2024-02-29')],
    ['Q3 2025 – Q2 2026', bar('2025-07-01', '2026-06-30')],
    ['01.07.2026 til 31.12.2026', bar('2026-07-01', '2026-12-31')],
    ['2024 →', bar('2024-01-01', EDGE.end, { openEnd: true })],
    ['2023 -', bar('2023-01-01', EDGE.end, { openEnd: true })],
    ['01.07.2026', bar('2026-07-01', '2026-07-01', { kind: 'milestone' })],
    ['2025 - 2023', bar('2025-01-01', '2025-01-01', { kind: 'point', warning: true })],
    ['Q2 2026 - 01.03.2026', bar('2026-04-01', '2026-04-01', { kind: 'point', warning: true })],
  ]

  it.each(CASES)('%s', (text, expected) => {
    const { bars } = layout([item('x', { when: text, grouping: text })])
    expect(bars).toHaveLength(1)
    expect(extentOf(barOf(bars, 'x'))).toEqual(expected)
  })

  it('works out the edges from what the shown items state when given a function of it', () => {
    const stated: (DateWindow | null)[] = []
    const result = layout([item('open', { when: '2024 →' }), item('span', { when: '2022 - 2026' })], {
      edge: (extent) => {
        stated.push(extent)
        return { start: extent?.start ?? '', end: '2028-12-31' }
      },
    })
    expect(stated).toEqual([{ start: '2022-01-01', end: '2026-12-31' }])
    expect(result.extent).toEqual(stated[0])
    expect(result.edge).toEqual({ start: '2022-01-01', end: '2028-12-31' })
    expect(extentOf(barOf(result.bars, 'open'))).toEqual(bar('2024-01-01', '2028-12-31', { openEnd: true }))
  })

  it('stops an open end at the start when the item begins after the right edge', () => {
    const { bars } = layout([item('late', { when: '2032 →' })])
    expect(extentOf(barOf(bars, 'late'))).toEqual(bar('2032-01-01', '2032-01-01', { openEnd: true }))
  })

  it('puts an end without a start as a point at the end, never inventing a start', () => {
    const only = item('only-end', {
      period: { end: { date: '2025-04-01', precision: 'quarter' }, openEnded: false },
    })
    const { bars, undated } = layout([only])
    expect(undated).toEqual([])
    expect(extentOf(barOf(bars, 'only-end'))).toEqual(
      bar('2025-04-01', '2025-04-01', { kind: 'point', startMissing: true }),
    )
  })

  it('keeps the period as written, every phase of a span, the status and the "?" mark', () => {
    const { bars } = layout([
      item('span', {
        when: '2023 - 2025',
        phase: { from: 'utvikling', to: 'innforing' },
        status: 'tentative',
        uncertain: true,
      }),
      item('plain', { when: 'Q1 2022', phase: { from: 'i-bruk', to: 'i-bruk' }, status: 'planned' }),
      item('none', { when: '2024 →' }),
    ])
    expect(bars.map((b) => [b.itemId, b.periodText, b.phases, b.status, b.uncertain])).toEqual([
      ['ds/plain', 'Q1 2022', ['i-bruk'], 'planned', false],
      ['ds/span', '2023 – 2025', ['utvikling', 'tilpasning', 'innforing'], 'tentative', true],
      ['ds/none', '2024 →', [], null, false],
    ])
  })
})

describe('buildGanttLayout: what the source states', () => {
  it('marks an inferred end and keeps where the stated part ends (the start as written)', () => {
    const { bars } = layout([
      item('year', { period: { start: period('2024').start, openEnded: false }, grouping: 'a' }),
      item('day', { period: { start: period('01.03.2025').start, openEnded: false }, grouping: 'b' }),
      item('known', { when: '2023 - 2025', grouping: 'c' }),
      item('open', { when: '2024 →', grouping: 'd' }),
    ])
    expect(barOf(bars, 'year')).toMatchObject({ endInferred: true, statedEnd: '2024-12-31', end: EDGE.end })
    expect(barOf(bars, 'day')).toMatchObject({ endInferred: true, statedEnd: '2025-03-01' })
    expect(barOf(bars, 'known')).toMatchObject({ endInferred: false, statedEnd: '2025-12-31' })
    expect(barOf(bars, 'open')).toMatchObject({ endInferred: false, openEnd: true, statedEnd: EDGE.end })
  })
})

describe('buildGanttLayout: an unknown end runs to the next item of the same grouping', () => {
  const items = [
    item('a', {
      when: '2023',
      period: { start: period('2023').start, openEnded: false },
      subGoalId: PLL.id,
      grouping: 'G',
    }),
    item('a-twin', {
      period: { start: period('2023').start, openEnded: false },
      subGoalId: PLL.id,
      grouping: 'G',
    }),
    item('b', { when: '2024 - 2025', subGoalId: PLL.id, grouping: 'G' }),
    item('c', {
      period: { start: period('Q3 2025').start, openEnded: false },
      subGoalId: PLL.id,
      grouping: 'G',
    }),
    // A milestone between a and b does not end a; it is not a "next item".
    item('m', { when: '01.06.2023', subGoalId: PLL.id, grouping: 'G', extra: { Type: 'Milepæl' } }),
    // Same sub-goal, other grouping; and same grouping title under another sub-goal: neither counts.
    item('other-grouping', { when: '2023-06-01 - 2023-07-01', subGoalId: PLL.id, grouping: 'H' }),
    item('other-sub-goal', { when: 'Q2 2023', subGoalId: JOURNAL.id, grouping: 'G' }),
    item('alone', {
      period: { start: period('H2 2024').start, openEnded: false },
      subGoalId: JOURNAL.id,
      grouping: 'G',
    }),
  ]
  const { bars } = layout(items)

  const CASES: [key: string, end: string, endInferred: boolean][] = [
    ['a', '2023-12-31', true],
    ['a-twin', '2023-12-31', true],
    ['b', '2025-12-31', false],
    ['c', EDGE.end, true],
    ['alone', EDGE.end, true],
  ]
  it.each(CASES)('%s ends %s', (key, end, endInferred) => {
    expect(barOf(bars, key)).toMatchObject({ end, endInferred, openEnd: false, kind: 'bar' })
  })

  it('never ends before its own start, even when the next item starts the next day', () => {
    const { bars: close } = layout([
      item('x', {
        period: { start: { date: '2024-03-01', precision: 'day' }, openEnded: false },
        grouping: 'K',
      }),
      item('y', { when: '02.03.2024 - 2025', grouping: 'K' }),
    ])
    expect(barOf(close, 'x')).toMatchObject({ start: '2024-03-01', end: '2024-03-01', endInferred: true })
  })
})

describe('buildGanttLayout: milestones', () => {
  it.each([
    [{ Type: 'Milepæl' }, true],
    [{ type: ' milepael ' }, true],
    [{ TYPE: 'Milestone' }, true],
    [{ Type: 'Leveranse' }, false],
    [{ Kategori: 'Milepæl' }, false],
    [undefined, false],
  ])('isMilestone(%o) is %s', (extra, expected) => {
    expect(isMilestone(item('x', extra ? { extra } : {}))).toBe(expected)
  })

  it('draws a flagged row as a milestone over the window its precision allows', () => {
    // Lanes (and so bars) follow the groupings' first appearance: A, B, C, D, E.
    const { bars } = layout([
      item('m9', { when: 'Q1 2022', extra: { Type: 'Milepæl' }, grouping: 'A' }),
      item('lov', {
        period: { start: period('oktober 2021').start, openEnded: false },
        extra: { Type: 'Milepæl' },
        grouping: 'B',
      }),
      item('m1', { when: '3.3.2021', extra: { Type: 'Milepæl' }, grouping: 'C' }),
      item('one-day', { when: '2021-05-15', grouping: 'D' }),
      item('range', { when: 'Q1 2022', grouping: 'E' }),
    ])
    expect(bars.map((b) => [b.itemId.slice(3), b.kind, b.start, b.end, b.endInferred])).toEqual([
      ['m9', 'milestone', '2022-01-01', '2022-03-31', false],
      ['lov', 'milestone', '2021-10-01', '2021-10-31', false],
      ['m1', 'milestone', '2021-03-03', '2021-03-03', false],
      ['one-day', 'milestone', '2021-05-15', '2021-05-15', false],
      ['range', 'bar', '2022-01-01', '2022-03-31', false],
    ])
  })

  it('tells a milestone from a bar even when both hold the same period object (as read from the database)', () => {
    // Items read from the database share one object per distinct period (db/item-pack.ts).
    const shared: Period = { start: period('2024').start, openEnded: false }
    const { bars } = layout([
      item('plain', { period: shared, grouping: 'A' }),
      item('flagged', { period: shared, extra: { Type: 'Milepæl' }, grouping: 'B' }),
      item('again', { period: shared, grouping: 'C' }),
    ])
    expect(bars.map((b) => [b.itemId.slice(3), b.kind, b.start, b.end, b.periodText])).toEqual([
      ['plain', 'bar', '2024-01-01', '2030-12-31', '2024'],
      ['flagged', 'milestone', '2024-01-01', '2024-12-31', '2024'],
      ['again', 'bar', '2024-01-01', '2030-12-31', '2024'],
    ])
  })
})

describe('buildGanttLayout: lanes', () => {
  const items = [
    item('pll-late', {
      when: '2025',
      subGoalId: PLL.id,
      grouping: 'Legemidler',
      actors: ['Helse Vest RHF'],
      actorIds: ['helse-vest-rhf'],
      phase: { from: 'innforing', to: 'innforing' },
    }),
    item('pll-early', {
      when: '2023',
      subGoalId: PLL.id,
      grouping: 'Legemidler',
      actors: ['Norsk helsenett SF', 'Helse Vest RHF'],
      actorIds: ['norsk-helsenett-sf', 'helse-vest-rhf'],
      phase: { from: 'utvikling', to: 'innforing' },
    }),
    item('journal', {
      when: '2024',
      subGoalId: JOURNAL.id,
      actors: ['Helse Nord RHF'],
      actorIds: ['helse-nord-rhf'],
    }),
    item('m1', {
      goal: 4,
      when: '3.3.2021',
      grouping: 'Helhetlig samhandling steg 2',
      extra: { Type: 'Milepæl' },
    }),
    item('loose', { goal: 4, when: '2022', subGoalId: PLL.id }),
    item('citizen', { goal: 1, when: '2026 →' }),
    item('undated', { subGoalId: PLL.id, grouping: 'Legemidler' }),
  ]

  it('groups goal → sub-goal → grouping → item, skipping levels an item lacks', () => {
    const { lanes } = layout(items)
    expect(lanes.map((l) => [l.depth, l.kind, l.label, l.code ?? '', l.itemCount])).toEqual([
      [0, 'goal', 'Aktiv medvirkning i egen og næres helse', '', 1],
      [1, 'item', 'citizen', '', 1],
      [0, 'goal', 'Enklere arbeidshverdag', '', 3],
      [1, 'sub-goal', 'Helsepersonell skal ha tilgang til moderniserte journaler', '', 1],
      [2, 'item', 'journal', '', 1],
      [1, 'sub-goal', 'Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)', '2D', 2],
      [2, 'grouping', 'Legemidler', '', 2],
      [3, 'item', 'pll-early', '', 1],
      [3, 'item', 'pll-late', '', 1],
      [0, 'goal', 'Tilgjengelig informasjon og styrket samhandling', '', 2],
      [1, 'grouping', 'Helhetlig samhandling steg 2', '', 1],
      [2, 'item', 'm1', '', 1],
      [1, 'item', 'loose', '', 1],
    ])
  })

  it('gives every lane a stable path id and its parent', () => {
    const { lanes } = layout(items)
    const grouping = lanes.find((l) => l.kind === 'grouping' && l.key === 'Legemidler')
    expect(grouping).toMatchObject({
      id: 'g:2/sg:ds%2Fsg2d/gr:Legemidler',
      parent: 'g:2/sg:ds%2Fsg2d',
      hasChildren: true,
      collapsed: false,
    })
    const leaf = lanes.find((l) => l.key === 'ds/pll-early')
    expect(leaf).toMatchObject({
      id: 'g:2/sg:ds%2Fsg2d/gr:Legemidler/i:ds%2Fpll-early',
      parent: grouping?.id,
      hasChildren: false,
    })
    expect(new Set(lanes.map((l) => l.id)).size).toBe(lanes.length)
    expect(layout(items).lanes.map((l) => l.id)).toEqual(lanes.map((l) => l.id))
  })

  it('groups actor → goal → item, with a row under each actor and "no actor" last', () => {
    const { lanes, bars } = layout(items, { groupBy: 'actor' })
    expect(lanes.filter((l) => l.kind === 'actor').map((l) => [l.label, l.itemCount])).toEqual([
      ['Helse Nord RHF', 1],
      ['Helse Vest RHF', 2],
      ['Norsk helsenett SF', 1],
      [GANTT_LAYOUT_LABELS.noActor, 3],
    ])
    expect(bars.filter((b) => b.itemId === 'ds/pll-early').map((b) => b.laneId)).toEqual([
      'a:helse-vest-rhf/g:2/i:ds%2Fpll-early',
      'a:norsk-helsenett-sf/g:2/i:ds%2Fpll-early',
    ])
    expect(lanes.find((l) => l.id === 'a:helse-vest-rhf/g:2')).toMatchObject({ depth: 1, kind: 'goal' })
  })

  it('names a goal the loaded strategy does not know with the label the view passes, in its language', () => {
    const english = { ...GANTT_LAYOUT_LABELS, goal: (n: number) => `Goal ${n}` }
    const { lanes } = buildGanttLayout(items, [], [], {
      labels: english,
      groupBy: 'goal',
      collapsed: new Set(),
      edge: EDGE,
    })
    expect(lanes.filter((l) => l.kind === 'goal').map((l) => l.label)).toContain('Goal 2')
    expect(lanes.map((l) => l.label).join(' ')).not.toContain('Mål')
  })

  it('groups by the phase a span starts in, with "no phase" last and labels the view passes', () => {
    const labels = {
      ...GANTT_LAYOUT_LABELS,
      phases: { ...GANTT_LAYOUT_LABELS.phases, innforing: 'Rollout' },
    }
    const { lanes } = layout(items, { groupBy: 'phase', labels })
    expect(lanes.filter((l) => l.kind === 'phase').map((l) => [l.key, l.label, l.itemCount])).toEqual([
      ['utvikling', 'Utvikling og begrenset utprøving', 1],
      ['innforing', 'Rollout', 1],
      ['', 'Uten fase', 4],
    ])
  })

  it('ignores a sub-goal that belongs to another goal', () => {
    const { lanes } = layout(items)
    expect(lanes.find((l) => l.key === 'ds/loose')?.parent).toBe('g:4')
  })

  it('lists undated items apart, in input order, and reports the stated extent', () => {
    const result = layout([item('u2'), ...items, item('u1')])
    expect(result.undated.map((i) => i.key)).toEqual(['u2', 'undated', 'u1'])
    expect(result.lanes.some((l) => l.key.startsWith('ds/u'))).toBe(false)
    // `2026 →` adds its start, not the edge its bar runs to.
    expect(result.extent).toEqual({ start: '2021-03-03', end: '2026-01-01' })
    expect(layout([item('u')]).extent).toBeNull()
  })
})

describe('buildGanttLayout: collapsing', () => {
  const items = [
    item('a', { when: '2024', subGoalId: PLL.id, grouping: 'G' }),
    item('b', { when: '2023', subGoalId: PLL.id }),
    item('c', { goal: 4, when: '2022' }),
  ]

  it('hides everything below a collapsed goal and rolls its bars up onto its row', () => {
    const { lanes, bars, barLanes } = layout(items, { collapsed: new Set(['g:2']) })
    const drawnOn = (index: number) => bars.filter((_, b) => barLanes?.[b] === index).map((b) => b.itemId)
    expect(lanes.map((l, index) => [l.id, l.collapsed, drawnOn(index)])).toEqual([
      ['g:2', true, ['ds/a', 'ds/b']],
      ['g:4', false, []],
      ['g:4/i:ds%2Fc', false, ['ds/c']],
    ])
    expect(bars.filter((b) => b.rolledUp).map((b) => [b.itemId, b.laneId])).toEqual([
      ['ds/a', 'g:2'],
      ['ds/b', 'g:2'],
    ])
  })

  it('collapses a nested lane only, and keeps unknown ids harmless', () => {
    const { lanes } = layout(items, { collapsed: new Set(['g:2/sg:ds%2Fsg2d/gr:G', 'nothing']) })
    expect(lanes.map((l) => [l.id, l.collapsed])).toEqual([
      ['g:2', false],
      ['g:2/sg:ds%2Fsg2d', false],
      ['g:2/sg:ds%2Fsg2d/gr:G', true],
      ['g:2/sg:ds%2Fsg2d/i:ds%2Fb', false],
      ['g:4', false],
      ['g:4/i:ds%2Fc', false],
    ])
  })
})

describe('buildGanttTable', () => {
  it('lists the lanes in order with the period as written and the phases of item rows', () => {
    const result = layout(
      [
        item('pll', {
          when: '2023 - 2025',
          subGoalId: PLL.id,
          phase: { from: 'tilpasning', to: 'innforing' },
        }),
        item('ms', { goal: 4, when: 'Q1 2022', extra: { Type: 'Milepæl' } }),
      ],
      { collapsed: new Set(['g:4']) },
    )
    const rows = buildGanttTable(result)
    expect(
      rows.map((r) => [r.depth, r.kind, r.label, r.code ?? '', r.periodText, r.phases, r.bar?.kind ?? null]),
    ).toEqual([
      [0, 'goal', 'Enklere arbeidshverdag', '', '', [], null],
      [1, 'sub-goal', PLL.title, '2D', '', [], null],
      [2, 'item', 'pll', '', '2023 – 2025', ['tilpasning', 'innforing'], 'bar'],
      [0, 'goal', 'Tilgjengelig informasjon og styrket samhandling', '', '', [], null],
    ])
    expect(rows[3]).toMatchObject({ collapsed: true, itemCount: 1 })
  })
})

describe('statedExtent', () => {
  it('equals the layout’s extent without laying out', () => {
    const items = [
      item('a', { period: period('2023 - 2025') }),
      item('b', { period: period('2027 →') }),
      item('c', { period: { start: { date: '2024-03-01', precision: 'day' }, openEnded: false } }),
      item('d', { period: period('Q1 2022'), extra: { Type: 'Milepæl' } }),
      item('e', {}),
    ]
    const layout = buildGanttLayout(items, [], [], {
      labels: GANTT_LAYOUT_LABELS,
      groupBy: 'goal',
      collapsed: new Set(),
      edge: { start: '2020-01-01', end: '2035-12-31' },
    })
    expect(statedExtent(items)).toEqual(layout.extent)
    expect(statedExtent(items)).toEqual({ start: '2022-01-01', end: '2027-01-01' })
    expect(statedExtent([item('x', {})])).toBeNull()
  })
})
