import { describe, expect, it } from 'vitest'
import {
  roundToWholeMnok,
  searchDecisions,
  sumCostsByYear,
  type CouncilDecision,
  type RunningCost,
} from '@/domain/portfolio'

describe('cost sums and search', () => {
  const cost = (year: number, mnok: number, coveredInternally = false): RunningCost => ({
    id: `${year}-${mnok}`,
    datasetId: 'd',
    solution: 'S',
    year,
    mnok,
    coveredInternally,
    missing: [],
    source: { datasetId: 'd', row: 2 },
  })

  it('sums per year apart from what was covered internally, and rounds like the source', () => {
    expect(
      sumCostsByYear([
        cost(2025, 9.5),
        cost(2025, 12),
        cost(2024, 0.1),
        cost(2024, 0.2),
        cost(2024, 14, true),
      ]),
    ).toEqual([
      { year: 2024, mnok: 0.3, coveredInternally: 14 },
      { year: 2025, mnok: 21.5, coveredInternally: 0 },
    ])
    expect(roundToWholeMnok(21.5)).toBe(22)
    expect(roundToWholeMnok(93)).toBe(93)
    expect(roundToWholeMnok(-2.5)).toBe(-2)
  })

  it('finds decisions ignoring case and diacritics', () => {
    const d = (caseNumber: string, title: string): CouncilDecision => ({
      id: caseNumber,
      datasetId: 'd',
      body: 'Nasjonalt e-helseråd',
      meetingDate: '2022-12-02',
      caseNumber,
      title,
      kind: 'vedtak',
      goals: [],
      concerns: [],
      missing: [],
      source: { datasetId: 'd', row: 2 },
    })
    const all = [d('41/22', 'Helseteknologiordningen'), d('42/22', 'Ny nasjonal e-helsestrategi')]
    expect(searchDecisions(all, 'E-HELSESTRATEGI').map((x) => x.caseNumber)).toEqual(['42/22'])
    expect(searchDecisions(all, 'helserad').map((x) => x.caseNumber)).toEqual(['41/22', '42/22'])
    expect(searchDecisions(all, '')).toHaveLength(2)
  })
})
