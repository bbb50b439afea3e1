import { describe, expect, it } from 'vitest'
import type { CouncilDecision, PortfolioDependency, PortfolioMeasure, RunningCost } from '@/domain/portfolio'
import {
  buildDependencyGraph,
  compareStatus,
  filterDependencies,
  groupDecisionsByMeeting,
  redMeasures,
  rollUpCosts,
} from '@/domain/portfolio-summary'

const src = { datasetId: 'd', row: 2 }
const measure = (name: string, more: Partial<PortfolioMeasure> = {}): PortfolioMeasure => ({
  id: name,
  datasetId: 'd',
  name,
  otherGoals: [],
  missing: [],
  source: src,
  ...more,
})

describe('status and risk now vs the previous round', () => {
  const measures = [
    measure('EPJ-løftet', { status: 'rod', risk: 'rod', previousRisk: 'rod' }),
    measure('Sysvak', { status: 'rod' }),
    measure('Kjernejournal dokumentdeling', { status: 'gul', previousStatus: 'rod' }),
    measure('HELIKS'),
  ]

  it('counts each colour, and what the source does not state apart', () => {
    expect(compareStatus(measures).map((c) => [c.measure, c.round, c.counts])).toEqual([
      ['status', 'previous', { rod: 1, gul: 0, gronn: 0, none: 3 }],
      ['status', 'current', { rod: 2, gul: 1, gronn: 0, none: 1 }],
      ['risk', 'previous', { rod: 1, gul: 0, gronn: 0, none: 3 }],
      ['risk', 'current', { rod: 1, gul: 0, gronn: 0, none: 3 }],
    ])
  })

  it('names the red measures', () => {
    expect(redMeasures(measures, 'status').map((m) => m.name)).toEqual(['EPJ-løftet', 'Sysvak'])
    expect(redMeasures(measures, 'risk').map((m) => m.name)).toEqual(['EPJ-løftet'])
  })
})

describe('dependencies', () => {
  const dep = (
    measure: string,
    dependsOn: string,
    more: Partial<PortfolioDependency> = {},
  ): PortfolioDependency => ({
    id: `${measure}-${dependsOn}`,
    datasetId: 'd',
    measure,
    dependsOn,
    missing: [],
    source: src,
    ...more,
  })
  const deps = [
    dep('EPJ-løftet', 'Oppdragsavtale', { status: 'rod', criticality: 'hoy' }),
    dep('Helseplattformen', 'E-multidose', { status: 'gul', criticality: 'middels' }),
    dep('HELIKS', 'Forskrivningsmodulen'),
    dep('EPJ-løftet', 'Helsenorge', { status: 'rod', criticality: 'lav', category: 'Nasjonale løsninger' }),
  ]

  it('filters by status, criticality and text (case and diacritics ignored)', () => {
    const none = { status: [], criticality: [], text: '' }
    expect(filterDependencies(deps, none)).toHaveLength(4)
    expect(filterDependencies(deps, { ...none, status: ['rod'] }).map((d) => d.dependsOn)).toEqual([
      'Oppdragsavtale',
      'Helsenorge',
    ])
    expect(filterDependencies(deps, { ...none, status: ['none'] }).map((d) => d.measure)).toEqual(['HELIKS'])
    expect(filterDependencies(deps, { ...none, criticality: ['hoy', 'middels'] })).toHaveLength(2)
    expect(filterDependencies(deps, { ...none, text: 'epj-LOFTET' })).toHaveLength(2)
    expect(filterDependencies(deps, { ...none, text: 'nasjonale' }).map((d) => d.dependsOn)).toEqual([
      'Helsenorge',
    ])
  })

  it('builds a graph with one node per measure and per target, one edge per dependency', () => {
    const graph = buildDependencyGraph(deps)
    expect(graph.measures).toEqual(['EPJ-løftet', 'Helseplattformen', 'HELIKS'])
    expect(graph.targets).toEqual(['Oppdragsavtale', 'E-multidose', 'Forskrivningsmodulen', 'Helsenorge'])
    expect(graph.edges.map((e) => [e.from, e.to, e.status])).toEqual([
      [0, 0, 'rod'],
      [1, 1, 'gul'],
      [2, 2, 'none'],
      [0, 3, 'rod'],
    ])
  })
})

describe('cost roll-up', () => {
  const cost = (
    solution: string,
    year: number,
    mnok: number,
    covered = false,
    measure = 'M',
  ): RunningCost => ({
    id: `${solution}${year}${mnok}`,
    datasetId: 'd',
    solution,
    measure,
    year,
    mnok,
    coveredInternally: covered,
    missing: [],
    source: src,
  })

  it('sums per solution and year without what was covered internally, and rounds the sums as the source', () => {
    const rollup = rollUpCosts([
      cost('E-resept', 2022, 14, true),
      cost('E-resept', 2025, -12),
      cost('Kjernejournal', 2025, 9.5),
      cost('Helsenorge', 2025, 24),
      cost('Helsenorge', 2024, 3, false, 'N'),
    ])
    expect(rollup.years).toEqual([2022, 2024, 2025])
    expect(rollup.solutions).toEqual(['E-resept', 'Kjernejournal', 'Helsenorge'])
    expect(rollup.mnok).toEqual([
      [0, 0, -12],
      [0, 0, 9.5],
      [0, 3, 24],
    ])
    expect(rollup.sums).toEqual([
      { year: 2022, mnok: 0, coveredInternally: 14, rounded: 0 },
      { year: 2024, mnok: 3, coveredInternally: 0, rounded: 3 },
      { year: 2025, mnok: 21.5, coveredInternally: 0, rounded: 22 },
    ])
    expect(rollup.lines[0]).toMatchObject({
      solution: 'E-resept',
      cells: [{ mnok: 14, covered: true }, null, { mnok: -12, covered: false }],
    })
    expect(rollup.lines).toHaveLength(4)
  })
})

describe('decisions by meeting', () => {
  it('groups by meeting, newest first, cases in source order', () => {
    const d = (caseNumber: string, meetingDate: string): CouncilDecision => ({
      id: caseNumber,
      datasetId: 'd',
      body: 'Nasjonalt e-helseråd',
      meetingDate,
      caseNumber,
      title: caseNumber,
      kind: 'vedtak',
      goals: [],
      concerns: [],
      missing: [],
      source: src,
    })
    const meetings = groupDecisionsByMeeting([
      d('30/22', '2022-09-21'),
      d('31/22', '2022-09-21'),
      d('42/22', '2022-12-02'),
    ])
    expect(meetings.map((m) => [m.meetingDate, m.decisions.map((x) => x.caseNumber)])).toEqual([
      ['2022-12-02', ['42/22']],
      ['2022-09-21', ['30/22', '31/22']],
    ])
  })
})
