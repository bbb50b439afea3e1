import { describe, expect, it } from 'vitest'
import {
  comparePoint,
  compareVersions,
  normaliseTitle,
  phaseFlows,
  slippedChanges,
  sourceIdOf,
  titleSimilarity,
  type ChangeClass,
  type ChangeCounts,
  type DateNote,
} from '@/domain/compare'
import type { DatePoint, DatePrecision, GoalNumber, PhaseSpan, RoadmapItem, SubGoal } from '@/domain/types'

const pt = (date: string, precision: DatePrecision = 'day'): DatePoint => ({ date, precision })

interface ItemSpec {
  key: string
  title?: string
  goal?: GoalNumber
  subGoal?: string
  grouping?: string
  actors?: string[]
  phase?: PhaseSpan
  start?: DatePoint
  end?: DatePoint
  status?: 'planned' | 'tentative'
  description?: string
}

const SUB_GOALS = ['2D', '2A', '4A']

function subGoals(datasetId: string): SubGoal[] {
  return SUB_GOALS.map((code) => ({
    id: `${datasetId}/sg-${code}`,
    datasetId,
    goal: Number(code[0]) as GoalNumber,
    code,
    title: `Delmål ${code}`,
    conditions: [],
  }))
}

function item(datasetId: string, spec: ItemSpec, row = 2): RoadmapItem {
  const actors = spec.actors ?? ['Helse Vest RHF']
  const result: RoadmapItem = {
    id: `${datasetId}/${spec.key}`,
    key: spec.key,
    datasetId,
    title: spec.title ?? 'Pasientens legemiddelliste',
    goal: spec.goal ?? 2,
    actors,
    actorIds: actors.map((a) => a.toLowerCase().replace(/\s+/g, '-')),
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId, row },
  }
  if (spec.subGoal !== undefined) result.subGoalId = `${datasetId}/sg-${spec.subGoal}`
  if (spec.grouping !== undefined) result.grouping = spec.grouping
  if (spec.phase) result.phase = spec.phase
  if (spec.start) result.period.start = spec.start
  if (spec.end) result.period.end = spec.end
  if (spec.status) result.status = spec.status
  if (spec.description !== undefined) result.description = spec.description
  return result
}

function versions(before: ItemSpec[], after: ItemSpec[]) {
  return {
    old: { items: before.map((s, i) => item('v1', s, i + 2)), subGoals: subGoals('v1') },
    new: { items: after.map((s, i) => item('v2', s, i + 2)), subGoals: subGoals('v2') },
  }
}

const ID = '20240000000000001'
const BASE: ItemSpec = {
  key: ID,
  subGoal: '2D',
  grouping: 'Legemidler',
  phase: { from: 'utvikling', to: 'utvikling' },
  start: pt('2024-03-01'),
  end: pt('2025-12-31'),
  status: 'planned',
  description: 'Utprøving i Bergen.',
}
const phase = (from: PhaseSpan['from'], to = from): PhaseSpan => ({ from, to })

// One matched pair per row: the change made to BASE, and the classes it must give.
const PAIR_CASES: [name: string, change: Partial<ItemSpec>, classes: ChangeClass[]][] = [
  ['nothing changed', {}, []],
  ['sub-goal changed within the goal', { subGoal: '2A' }, ['moved']],
  ['grouping changed', { grouping: 'Samhandling' }, ['moved']],
  ['grouping only differs in case and spaces', { grouping: ' legemidler ' }, []],
  ['moved to another goal (with ID)', { goal: 4, subGoal: '4A' }, ['moved']],
  ['phase forward', { phase: phase('tilpasning') }, ['rephased']],
  ['phase backward', { phase: phase('konsept') }, ['rephased']],
  ['phase widened to a span', { phase: phase('utvikling', 'innforing') }, ['rephased']],
  ['phase removed', { phase: undefined }, ['rephased']],
  ['end slipped', { end: pt('2026-06-30') }, ['redated']],
  ['start moved earlier', { start: pt('2024-01-01') }, ['redated']],
  ['end refined from day to day (same)', { end: pt('2025-12-31') }, []],
  ['status tentative', { status: 'tentative' }, ['status']],
  ['status removed', { status: undefined }, ['status']],
  ['title changed', { title: 'Pasientens legemiddelliste (PLL)' }, ['renamed']],
  ['title only differs in spaces', { title: '  Pasientens  legemiddelliste ' }, []],
  ['description changed', { description: 'Utprøving i Bergen og Stavanger.' }, ['renamed']],
  [
    'several at once',
    { subGoal: '2A', phase: phase('innforing'), end: pt('2026-12-31'), status: 'tentative', title: 'PLL' },
    ['moved', 'rephased', 'redated', 'status', 'renamed'],
  ],
]

describe('compareVersions: the classes of a matched pair', () => {
  it.each(PAIR_CASES)('%s', (_name, change, classes) => {
    const v = versions([BASE], [{ ...BASE, ...change }])
    const result = compareVersions(v.old, v.new)
    expect(result.changes).toHaveLength(1)
    expect(result.changes[0]?.classes).toEqual(classes)
    expect(result.changes[0]?.match).toEqual({ method: 'id' })
    expect(result.counts.unchanged).toBe(classes.length === 0 ? 1 : 0)
  })

  it('says which way the phase moved', () => {
    const forward = versions([BASE], [{ ...BASE, phase: phase('tilpasning') }])
    const backward = versions([BASE], [{ ...BASE, phase: phase('konsept') }])
    const widened = versions([BASE], [{ ...BASE, phase: phase('utvikling', 'innforing') }])
    expect(compareVersions(forward.old, forward.new).changes[0]?.phaseDirection).toBe('forward')
    expect(compareVersions(backward.old, backward.new).changes[0]?.phaseDirection).toBe('backward')
    expect(compareVersions(widened.old, widened.new).changes[0]?.phaseDirection).toBe('forward')
  })

  it('says what moved and what was renamed', () => {
    const v = versions([BASE], [{ ...BASE, goal: 4, subGoal: '4A', grouping: 'Samhandling', title: 'X' }])
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.movedParts).toEqual(['goal', 'subGoal', 'grouping'])
    expect(change?.renamedParts).toEqual(['title'])
  })
})

// Dates: before → after, the slip in days (null: not comparable), whether it is a slip, the note.
const POINT_CASES: [
  side: 'start' | 'end',
  before: DatePoint | undefined,
  after: DatePoint | undefined,
  slip: number | null,
  moved: boolean,
  note: DateNote | undefined,
][] = [
  ['end', pt('2025-12-31'), pt('2025-12-31'), 0, false, undefined],
  ['end', pt('2025-12-31'), pt('2026-03-31'), 90, true, undefined],
  ['end', pt('2025-12-31'), pt('2025-06-30'), -184, true, undefined],
  // `2025` → `Q3 2025`: a refinement, not a slip.
  ['end', pt('2025-01-01', 'year'), pt('2025-07-01', 'quarter'), 0, false, 'end-refined'],
  ['start', pt('2025-01-01', 'year'), pt('2025-07-01', 'quarter'), 0, false, 'start-refined'],
  ['end', pt('2025-07-01', 'quarter'), pt('2025-08-15'), 0, false, 'end-refined'],
  ['start', pt('2026-01-01', 'year'), pt('2026-03-01', 'month'), 0, false, 'start-refined'],
  ['end', pt('2025-07-01', 'half'), pt('2025-10-01', 'quarter'), 0, false, 'end-refined'],
  // The reverse: vaguer, not a slip either.
  ['end', pt('2025-07-01', 'quarter'), pt('2025-01-01', 'year'), 0, false, 'end-coarsened'],
  // Different precision outside the old interval: a slip, last day to last day for ends…
  ['end', pt('2025-01-01', 'year'), pt('2026-01-01', 'quarter'), 90, true, undefined],
  ['end', pt('2025-07-01', 'quarter'), pt('2025-10-01', 'quarter'), 92, true, undefined],
  // … and first day to first day for starts.
  ['start', pt('2025-07-01', 'quarter'), pt('2025-10-01', 'quarter'), 92, true, undefined],
  ['start', pt('2025-01-01', 'year'), pt('2026-01-01', 'year'), 365, true, undefined],
  ['end', undefined, pt('2026-01-01'), null, false, 'end-added'],
  ['end', pt('2026-01-01'), undefined, null, false, 'end-removed'],
  ['start', undefined, undefined, null, false, undefined],
]

describe('comparePoint: slips with precision respected', () => {
  it.each(POINT_CASES)('%s %o → %o', (side, before, after, slip, moved, note) => {
    const result = comparePoint(side, before, after)
    expect(result.slip).toBe(slip)
    expect(result.moved).toBe(moved)
    expect(result.note).toBe(note)
  })

  it('a refinement of both dates is not re-dated', () => {
    const v = versions(
      [{ ...BASE, start: pt('2025-01-01', 'year'), end: pt('2025-01-01', 'year') }],
      [{ ...BASE, start: pt('2025-07-01', 'quarter'), end: pt('2025-07-01', 'quarter') }],
    )
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.classes).toEqual([])
    expect(change?.slipDays).toEqual({ start: 0, end: 0 })
    expect(change?.dateNotes).toEqual(['start-refined', 'end-refined'])
  })

  it('an added end date is noted, not a slip', () => {
    const v = versions([{ ...BASE, end: undefined }], [BASE])
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.classes).toEqual([])
    expect(change?.slipDays).toEqual({ start: 0, end: null })
    expect(change?.dateNotes).toEqual(['end-added'])
  })
})

describe('matching', () => {
  const counts = (partial: Partial<ChangeCounts>): ChangeCounts => ({
    new: 0,
    dropped: 0,
    moved: 0,
    rephased: 0,
    redated: 0,
    status: 0,
    renamed: 0,
    unchanged: 0,
    ...partial,
  })

  it('new and dropped items by ID', () => {
    const v = versions(
      [BASE, { ...BASE, key: '20240000000000002' }],
      [BASE, { ...BASE, key: '20240000000000003' }],
    )
    const result = compareVersions(v.old, v.new)
    expect(result.counts).toEqual(counts({ new: 1, dropped: 1, unchanged: 1 }))
    expect(result.changes.map((c) => [c.id, c.classes])).toEqual([
      [`${ID}>${ID}`, []],
      ['>20240000000000003', ['new']],
      ['20240000000000002>', ['dropped']],
    ])
  })

  it('different IDs never match, however alike the titles', () => {
    const v = versions([BASE], [{ ...BASE, key: '20240000000000009' }])
    expect(compareVersions(v.old, v.new).counts).toEqual(counts({ new: 1, dropped: 1 }))
  })

  it('an ID matches across a rename', () => {
    const v = versions([BASE], [{ ...BASE, title: 'Helt nytt navn' }])
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.match).toEqual({ method: 'id' })
    expect(change?.classes).toEqual(['renamed'])
  })

  it('without IDs: by goal + sub-goal + actors + normalised title', () => {
    const noId = { ...BASE, key: '2-0000000a' }
    const v = versions(
      [noId],
      [{ ...noId, key: '2-0000000b', title: 'PASIENTENS legemiddel-liste', end: pt('2026-12-31') }],
    )
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.match).toEqual({ method: 'key' })
    expect(change?.classes).toEqual(['redated', 'renamed'])
  })

  it('an item with an ID matches one without by key', () => {
    const v = versions([{ ...BASE, key: '2-0000000a' }], [BASE])
    expect(compareVersions(v.old, v.new).changes[0]?.match).toEqual({ method: 'key' })
  })

  it('without IDs, a reworded title matches by similarity within goal and actors', () => {
    const noId = { ...BASE, key: '2-0000000a', title: 'Innføring av pasientens legemiddelliste i regionen' }
    const v = versions(
      [noId],
      [{ ...noId, key: '2-0000000b', title: 'Innføring av pasientens legemiddelliste i hele regionen' }],
    )
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.match?.method).toBe('similar')
    expect(change?.match?.score).toBeGreaterThan(0.7)
    expect(change?.classes).toEqual(['renamed'])
  })

  it('a rejected similarity match is not made', () => {
    const noId = { ...BASE, key: '2-0000000a', title: 'Innføring av pasientens legemiddelliste i regionen' }
    const v = versions(
      [noId],
      [{ ...noId, key: '2-0000000b', title: 'Innføring av pasientens legemiddelliste i hele regionen' }],
    )
    const result = compareVersions(v.old, v.new, { rejected: new Set(['2-0000000a>2-0000000b']) })
    expect(result.counts).toEqual(counts({ new: 1, dropped: 1 }))
  })

  it('similarity does not cross actors or goals', () => {
    const noId = { ...BASE, key: '2-0000000a' }
    const v = versions(
      [noId, { ...noId, key: '2-0000000c', title: 'Kjernejournal' }],
      [
        { ...noId, key: '2-0000000b', actors: ['Helse Nord RHF'] },
        { ...noId, key: '4-0000000d', goal: 4, subGoal: '4A', title: 'Kjernejournal' },
      ],
    )
    expect(compareVersions(v.old, v.new).counts).toEqual(counts({ new: 2, dropped: 2 }))
  })

  it('without IDs, an item that moves goal is dropped and new; with an ID it is moved', () => {
    const noId = versions(
      [{ ...BASE, key: '2-0000000a' }],
      [{ ...BASE, key: '4-0000000a', goal: 4, subGoal: '4A' }],
    )
    expect(compareVersions(noId.old, noId.new).counts).toEqual(counts({ new: 1, dropped: 1 }))
    const withId = versions([BASE], [{ ...BASE, goal: 4, subGoal: '4A' }])
    const result = compareVersions(withId.old, withId.new)
    expect(result.counts).toEqual(counts({ moved: 1 }))
    expect(result.byGoal).toEqual({ 4: counts({ moved: 1 }) })
  })

  it('without IDs, a moved sub-goal with the same title matches by similarity and is moved', () => {
    const v = versions([{ ...BASE, key: '2-0000000a' }], [{ ...BASE, key: '2-0000000b', subGoal: '2A' }])
    const [change] = compareVersions(v.old, v.new).changes
    expect(change?.match).toEqual({ method: 'similar', score: 1 })
    expect(change?.classes).toEqual(['moved'])
  })

  it('duplicate titles pair in source order and are marked ambiguous', () => {
    const a = { ...BASE, key: '2-0000000a', end: pt('2025-12-31') }
    const b = { ...BASE, key: '2-0000000a-2', end: pt('2026-12-31') }
    const v = versions(
      [a, b],
      [
        { ...a, key: '2-0000000b' },
        { ...b, key: '2-0000000b-2' },
      ],
    )
    const result = compareVersions(v.old, v.new)
    expect(result.changes.map((c) => [c.id, c.match])).toEqual([
      ['2-0000000a>2-0000000b', { method: 'key', ambiguous: true }],
      ['2-0000000a-2>2-0000000b-2', { method: 'key', ambiguous: true }],
    ])
    expect(result.counts).toEqual(counts({ unchanged: 2 }))
  })

  it('duplicate titles that are otherwise identical pair with each other first, whatever their order', () => {
    const a = { ...BASE, key: '2-0000000a', end: pt('2025-12-31') }
    const b = { ...BASE, key: '2-0000000a-2', end: pt('2026-12-31') }
    const v = versions(
      [a, b],
      [
        { ...b, key: '2-0000000b' },
        { ...a, key: '2-0000000b-2' },
      ],
    )
    const result = compareVersions(v.old, v.new)
    expect(result.changes.map((c) => c.id)).toEqual(['2-0000000a-2>2-0000000b', '2-0000000a>2-0000000b-2'])
    expect(result.counts).toEqual(counts({ unchanged: 2 }))
  })

  it('duplicate titles with one left over: the extra one is new', () => {
    const a = { ...BASE, key: '2-0000000a' }
    const v = versions(
      [a],
      [
        { ...a, key: '2-0000000b' },
        { ...a, key: '2-0000000b-2' },
      ],
    )
    expect(compareVersions(v.old, v.new).counts).toEqual(counts({ new: 1, unchanged: 1 }))
  })

  it('counts an item once in each of its classes, and per goal', () => {
    const v = versions(
      [BASE, { ...BASE, key: '2', goal: 4, subGoal: '4A' }],
      [
        { ...BASE, phase: phase('innforing'), status: 'tentative' },
        { ...BASE, key: '3', goal: 4, subGoal: '4A' },
      ],
    )
    const result = compareVersions(v.old, v.new)
    expect(result.counts).toEqual(counts({ rephased: 1, status: 1, new: 1, dropped: 1 }))
    expect(result.byGoal).toEqual({
      2: counts({ rephased: 1, status: 1 }),
      4: counts({ new: 1, dropped: 1 }),
    })
  })
})

describe('helpers', () => {
  it.each([
    ['20240000000000001', '20240000000000001'],
    ['2-0a1b2c3d', undefined],
    ['2-0a1b2c3d-2', undefined],
    ['LEV-17', 'LEV-17'],
  ])('sourceIdOf(%s)', (key, id) => {
    expect(sourceIdOf(item('v', { key }))).toBe(id)
  })

  it('normalises titles for matching', () => {
    expect(normaliseTitle('  Pasientens   Legemiddel-liste (PLL)? ')).toBe('pasientens legemiddel liste pll')
    expect(normaliseTitle('Sør-Øst')).toBe('sor ost')
  })

  it('title similarity', () => {
    expect(titleSimilarity('Kjernejournal', 'kjernejournal')).toBe(1)
    expect(titleSimilarity('Kjernejournal', 'Bildedeling')).toBeLessThan(0.3)
  })

  it('sorts slips largest first, ties by title', () => {
    const v = versions(
      [
        { ...BASE, key: 'a', title: 'B' },
        { ...BASE, key: 'b', title: 'A' },
        { ...BASE, key: 'c', title: 'C' },
        { ...BASE, key: 'd', title: 'D' },
      ],
      [
        { ...BASE, key: 'a', title: 'B', end: pt('2026-01-31') },
        { ...BASE, key: 'b', title: 'A', end: pt('2026-01-31') },
        { ...BASE, key: 'c', title: 'C', end: pt('2025-11-30') },
        { ...BASE, key: 'd', title: 'D', start: pt('2025-01-01') },
      ],
    )
    const changes = compareVersions(v.old, v.new).changes
    expect(slippedChanges(changes, 'end').map((c) => [c.new?.title, c.slipDays.end])).toEqual([
      ['A', 31],
      ['B', 31],
      ['C', -31],
    ])
    expect(slippedChanges(changes, 'start').map((c) => c.new?.title)).toEqual(['D'])
  })

  it('phase flows of re-phased items', () => {
    const v = versions(
      [BASE, { ...BASE, key: '2' }, { ...BASE, key: '3', phase: undefined }],
      [
        { ...BASE, phase: phase('tilpasning') },
        { ...BASE, key: '2', phase: phase('tilpasning') },
        { ...BASE, key: '3', phase: phase('konsept', 'utvikling') },
      ],
    )
    expect(phaseFlows(compareVersions(v.old, v.new).changes)).toEqual([
      { from: 'utvikling', to: 'tilpasning', count: 2 },
      { from: 'none', to: 'konsept-utvikling', count: 1 },
    ])
  })
})
