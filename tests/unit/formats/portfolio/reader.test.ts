import { describe, expect, it } from 'vitest'
import {
  parseCostCell,
  parseCriticality,
  parseDecisionKind,
  parseGoalList,
  parseRagStatus,
  parseYesNo,
  mapRunningCostRows,
  mapDependencyRows,
  mapDecisionRows,
} from '@/formats/portfolio/reader'

// Exactly the values listed in the doc comment of src/formats/portfolio/cells.ts.
describe('portfolio vocabulary', () => {
  it.each([
    ['rød', 'rod'],
    ['rod', 'rod'],
    ['red', 'rod'],
    ['Betydelige utfordringer', 'rod'],
    ['gul', 'gul'],
    ['yellow', 'gul'],
    ['amber', 'gul'],
    ['Noen utfordringer', 'gul'],
    ['grønn', 'gronn'],
    ['gronn', 'gronn'],
    ['green', 'gronn'],
    ['Under kontroll', 'gronn'],
    ['', undefined],
    ['lilla', null],
  ])('status %j → %j', (text, expected) => {
    expect(parseRagStatus(text)).toBe(expected)
  })

  it.each([
    ['Lav', 'lav'],
    ['low', 'lav'],
    ['Middels', 'middels'],
    ['middel', 'middels'],
    ['medium', 'middels'],
    ['Høy', 'hoy'],
    ['hoy', 'hoy'],
    ['high', 'hoy'],
    ['', undefined],
    ['kritisk', null],
  ])('criticality %j → %j', (text, expected) => {
    expect(parseCriticality(text)).toBe(expected)
  })

  it.each([
    ['55', 55, false],
    ['9,5', 9.5, false],
    ['-2', -2, false],
    ['−12', -12, false],
    ['- 2', -2, false],
    ['1 234,5', 1234.5, false],
    ['0.5', 0.5, false],
    ['(14)', 14, true],
    ['(14)*', 14, true],
    ['(2,3)*', 2.3, true],
  ])('cost cell %j → %d MNOK, covered internally: %s', (text, mnok, covered) => {
    expect(parseCostCell(text)).toEqual({ mnok, coveredInternally: covered })
  })

  it.each(['', 'ca. 5', '(x)', '14)'])('rejects the cost cell %j', (text) => {
    expect(parseCostCell(text)).toBeNull()
  })

  it.each([
    ['ja', true],
    ['yes', true],
    ['true', true],
    ['x', true],
    ['1', true],
    ['nei', false],
    ['no', false],
    ['false', false],
    ['0', false],
    ['', false],
    ['kanskje', null],
  ])('covered internally %j → %j', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected)
  })

  it.each([
    ['1', [1]],
    ['Mål 2', [2]],
    ['Goal 3', [3]],
    ['1, 3', [1, 3]],
    ['Mål 2; Mål 4', [2, 4]],
    ['1/5', [1, 5]],
    ['2 og 3', [2, 3]],
    ['4 and 5', [4, 5]],
    ['', []],
    ['Mål 7', null],
  ])('goals %j → %j', (text, expected) => {
    expect(parseGoalList(text)).toEqual(expected)
  })

  it.each([
    ['Vedtak', 'vedtak'],
    ['Nytt vedtak', 'vedtak'],
    ['Decision', 'vedtak'],
    ['', 'vedtak'],
    ['Forslag til vedtak', 'forslag'],
    ['Justert forslag til vedtak', 'forslag'],
    ['Proposed decision', 'forslag'],
    ['Drøfting', null],
  ])('decision type %j → %j', (text, expected) => {
    expect(parseDecisionKind(text)).toBe(expected)
  })
})

describe('mapping rows', () => {
  const names = {}
  it('reads costs in parentheses as covered internally and rejects unreadable amounts with row and column', () => {
    const { costs, issues } = mapRunningCostRows(
      [
        { row: 2, cells: { solution: 'E-resept', measure: 'PLL', part: 'SFM', year: '2022', mnok: '(14)*' } },
        { row: 3, cells: { solution: 'E-resept', measure: 'PLL', part: 'SFM', year: '2024', mnok: '55' } },
        { row: 4, cells: { solution: 'Helsenorge', measure: 'X', year: '2025', mnok: 'mye' } },
        { row: 5, cells: { solution: 'HelseID', part: 'Nye løsninger', year: '2022', mnok: '2' } },
        {
          row: 6,
          cells: { solution: 'HelseID', measure: 'Y', year: '2022', mnok: '3', coveredInternally: 'ja' },
        },
      ],
      { datasetId: 'd', columnNames: { mnok: 'MNOK' } },
    )
    expect(costs.map((c) => [c.solution, c.year, c.mnok, c.coveredInternally])).toEqual([
      ['E-resept', 2022, 14, true],
      ['E-resept', 2024, 55, false],
      ['HelseID', 2022, 2, false],
      ['HelseID', 2022, 3, true],
    ])
    expect(issues.map((i) => [i.severity, i.code, i.row, i.column])).toEqual([
      ['error', 'number-unreadable', 4, 'MNOK'],
      ['warning', 'row-incomplete', 5, undefined],
    ])
    expect(costs[2]?.missing).toEqual(['measure'])
  })

  it('keeps a dependency without deadline or category, flagged', () => {
    const { dependencies, issues } = mapDependencyRows(
      [
        {
          row: 2,
          cells: {
            measure: 'Helseplattformen',
            owner: 'Helse Midt-Norge RHF',
            dependsOn: 'Enighet',
            criticality: 'Høy',
            status: 'rød',
          },
        },
        { row: 3, cells: { measure: 'A', dependsOn: 'B', deadline: '31.02.2023x' } },
        { row: 4, cells: { measure: '', dependsOn: 'B' } },
      ],
      { datasetId: 'd', columnNames: names },
    )
    expect(dependencies).toHaveLength(1)
    expect(dependencies[0]).toMatchObject({
      criticality: 'hoy',
      status: 'rod',
      missing: ['category', 'deadline'],
    })
    expect(issues.map((i) => [i.severity, i.code, i.row])).toEqual(
      [
        ['error', 'date-unreadable', 3],
        ['error', 'value-missing', 4],
        ['warning', 'row-incomplete', 2],
      ].sort((a, b) => Number(a[2]) - Number(b[2])),
    )
  })

  it('reads decisions with their goals and refuses an unknown type', () => {
    const { decisions, issues } = mapDecisionRows(
      [
        {
          row: 2,
          cells: {
            body: 'Nasjonalt e-helseråd',
            meetingDate: '02.12.2022',
            caseNumber: '42/22',
            title: 'Ny nasjonal e-helsestrategi',
            kind: 'Forslag til vedtak',
            text: 'stiller seg bak',
            goals: '1, 2, 3, 4, 5',
          },
        },
        {
          row: 3,
          cells: {
            body: 'NUIT',
            meetingDate: '20.05.2021',
            caseNumber: '9/21',
            title: 'T',
            kind: 'Drøfting',
          },
        },
      ],
      { datasetId: 'd', columnNames: names },
    )
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({ meetingDate: '2022-12-02', kind: 'forslag', goals: [1, 2, 3, 4, 5] })
    expect(issues.map((i) => i.code)).toEqual(['decision-kind-unknown'])
  })
})
