import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildGanttLayout } from '@/domain/gantt-layout'
import { formatPeriod } from '@/domain/period'
import type { DatasetContent, RoadmapItem } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { GANTT_LAYOUT_LABELS } from '../../../bench/slide-words'

// Counted by hand in seed 001_a43892386f9eb2bd.txt (see data/README.md, «veikart-seeds-2021.csv»).
const ITEMS_PER_GOAL = { 1: 2, 2: 15, 3: 7, 4: 10, 5: 0 }
const PLL = '2D - Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)'

describe('bundled veikart 2021 (transcribed from the NUIT slides of 20 May 2021)', async () => {
  const contents = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const veikart = contents.find((c) => c.dataset.id === 'bundled-veikart-2021') as DatasetContent
  const byKey = (key: string): RoadmapItem | undefined => veikart.items.find((i) => i.key === key)
  const subGoalTitle = (item: RoadmapItem | undefined): string | undefined => {
    const sg = veikart.subGoals.find((s) => s.id === item?.subGoalId)
    return sg ? `${sg.code ? `${sg.code} - ` : ''}${sg.title}` : undefined
  }

  it('comes after the strategy and the 2024 table, so those stay first', () => {
    // The portfolio files (issue 13) follow; they hold no items.
    expect(contents.slice(0, 3).map((c) => c.dataset.id)).toEqual([
      'bundled-strategi-mal',
      'bundled-tiltak-2024',
      'bundled-veikart-2021',
    ])
    expect(veikart.dataset).toMatchObject({
      kind: 'veikart',
      rowCount: 34,
      bundled: true,
      asOf: '2021-05-20',
      fileName: 'veikart-seeds-2021.csv',
    })
  })

  it('imports without errors; the only warnings are the extra columns and the gaps the slides leave', async () => {
    const bytes = new Uint8Array(readFileSync('data/veikart-seeds-2021.csv'))
    const outcome = await importFile(bytes, { fileName: 'veikart-seeds-2021.csv', datasetId: 'check' })
    expect(outcome.tableKind).toBe('veikart')
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([])
    const codes = new Set(outcome.issues.map((i) => i.code))
    expect([...codes].sort()).toEqual(['no-period', 'no-phase', 'uncertain', 'unknown-column'])
    expect(outcome.issues.filter((i) => i.code === 'unknown-column').map((i) => i.column)).toEqual([
      'Type',
      'Dato i kilden',
      'Kilde',
    ])
  })

  it('turns every row into an item with its own stable ID, counted per goal', () => {
    expect(veikart.items).toHaveLength(34)
    expect(new Set(veikart.items.map((i) => i.key)).size).toBe(34)
    for (const item of veikart.items) expect(item.key).toMatch(/^(LMP|HS2|HDP|DHO)-[A-Z0-9-]+$/)
    for (const [goal, n] of Object.entries(ITEMS_PER_GOAL)) {
      expect(veikart.items.filter((i) => i.goal === Number(goal)), `goal ${goal}`).toHaveLength(n)
    }
  })

  it('places rows under the 2023 strategy’s sub-goals only where the strategy’s words name them', () => {
    const counts = new Map<string, number>()
    for (const item of veikart.items) {
      const title = subGoalTitle(item) ?? `Mål ${item.goal} (uten delmål)`
      counts.set(title, (counts.get(title) ?? 0) + 1)
    }
    expect(Object.fromEntries(counts)).toEqual({
      [PLL]: 13,
      'Mål 2 (uten delmål)': 2,
      'Innføring og bruk av nye informasjonstjenester': 1,
      'Mål 4 (uten delmål)': 9,
      'Raskere og enklere tilgang til helsedata med helsedataservice som nav i tverrsektorielt økosystem': 4,
      'Mål 3 (uten delmål)': 3,
      'Velferdsteknologi og digital hjemmeoppfølging': 2,
    })
    expect(veikart.subGoals.find((s) => s.code === '2D')?.goal).toBe(2)
  })

  it('holds the milestone plan M1–M9 for helhetlig samhandling steg 2 with the slide’s dates', () => {
    const milestones = veikart.items
      .filter((i) => i.key.startsWith('HS2-'))
      .map((i) => [
        i.title.split(' ')[0],
        i.period.start?.date,
        i.period.start?.precision,
        i.period.end?.date,
        i.extra?.Type,
      ])
    expect(milestones).toEqual([
      ['M1', '2021-03-03', 'day', '2021-03-03', 'Milepæl'],
      ['M2', '2021-04-30', 'day', '2021-04-30', 'Milepæl'],
      ['M3', '2021-08-31', 'day', '2021-08-31', 'Milepæl'],
      ['M4', '2021-10-01', 'day', '2021-10-01', 'Milepæl'],
      ['M5', '2021-10-31', 'day', '2021-10-31', 'Milepæl'],
      ['M6', '2021-11-12', 'day', '2021-11-12', 'Milepæl'],
      ['M7', '2021-11-30', 'day', '2021-11-30', 'Milepæl'],
      ['M8', '2021-12-30', 'day', '2021-12-30', 'Milepæl'],
      ['M9', '2022-01-01', 'quarter', '2022-01-01', 'Milepæl'],
    ])
    expect(byKey('HS2-M9')?.extra?.['Dato i kilden']).toBe('Jan-mars 2022')
    expect(byKey('HS2-M4')?.description?.split('\n')).toHaveLength(6)
    expect(veikart.items.filter((i) => i.extra?.Type === 'Milepæl')).toHaveLength(9 + 3 + 2)
  })

  it('reads the other dated rows at the precision the slides give', () => {
    const periods = Object.fromEntries(
      ['LMP-PLAN', 'HDP-REGJERINGSBESLUTNING', 'HDP-LOV', 'HDP-HDS-ETABLERING', 'DHO-DEL1', 'DHO-DEL2'].map(
        (key) => [key, formatPeriod(byKey(key)?.period ?? { openEnded: false })],
      ),
    )
    expect(periods).toEqual({
      'LMP-PLAN': '2019 – 2027',
      'HDP-REGJERINGSBESLUTNING': '21.12.2020',
      'HDP-LOV': '10.2021',
      'HDP-HDS-ETABLERING': '2021',
      'DHO-DEL1': '15.05.2021',
      'DHO-DEL2': '15.10.2021',
    })
  })

  it('keeps the phases as the slides name them, mapped onto the current value chain', () => {
    expect(byKey('LMP-PLAN')?.phase).toEqual({ from: 'utvikling', to: 'i-bruk' })
    const areas = veikart.items.filter((i) => i.key.startsWith('LMP-PLL-OMR-'))
    expect(areas.map((i) => i.title)).toEqual([
      'PLL – Bergen',
      'PLL – Bergen m/SFM',
      'PLL – Område 2-3',
      'PLL – Område 4-15',
      'PLL – Område 16-19',
      'PLL – Område ??',
    ])
    for (const area of areas) expect(area.phase).toEqual({ from: 'innforing', to: 'innforing' })
    expect(byKey('HS2-M1')?.phase).toBeUndefined()
    expect(byKey('LMP-SFM')?.flags).toContain('no-phase')
  })

  it('marks what the slides mark as draft, tentative or "?", and dates nothing the text does not date', () => {
    const tentative = veikart.items.filter((i) => i.status === 'tentative').map((i) => i.key)
    expect(tentative).toHaveLength(17)
    expect(tentative.filter((k) => !k.startsWith('LMP-'))).toEqual(['HDP-LOV'])
    expect(veikart.items.filter((i) => i.uncertain).map((i) => i.key)).toEqual(['LMP-PLL-OMR-UKJENT'])
    const undated = veikart.items.filter((i) => i.flags.includes('no-period')).map((i) => i.key)
    expect(undated).toHaveLength(15)
    expect(undated.every((k) => k.startsWith('LMP-'))).toBe(true)
    expect(undated).not.toContain('LMP-PLAN')
  })

  it('names the plan owner from the agenda and keeps the source reference of every row', () => {
    expect(new Set(veikart.items.flatMap((i) => i.actors))).toEqual(new Set(['Direktoratet for e-helse']))
    for (const item of veikart.items) expect(item.extra?.Kilde, item.key).toMatch(/^Sak 1[1346]\/21, /)
    expect(subGoalTitle(byKey('LMP-KJ'))).toBe('Innføring og bruk av nye informasjonstjenester')
    expect(subGoalTitle(byKey('LMP-ERESEPT'))).toBeUndefined()
  })

  it('lays out on the timeline: 14 milestones, 5 bars and the 15 undated rows apart', () => {
    const strategy = contents[0] as DatasetContent
    const layout = buildGanttLayout(veikart.items, veikart.subGoals, strategy.goals, {
      labels: GANTT_LAYOUT_LABELS,
      groupBy: 'goal',
      collapsed: new Set(),
      edge: { start: '2019-01-01', end: '2027-12-31' },
    })
    expect(layout.bars.filter((b) => b.kind === 'milestone')).toHaveLength(14)
    expect(layout.bars.filter((b) => b.kind === 'bar').map((b) => b.title)).toEqual([
      'Legemiddelprogrammet | Overordnet plan',
      // Goal 3: the Helsedataservice sub-goal's lane comes before the goal-level grouping.
      'Etablering av Helsedataservice',
      'Videreutvikling av søknads- og saksbehandlingstjenester, helsedata.no',
      'Konkretisering av finansieringsmodell og modell for styring og brukerinnflytelse for HAP og HDS',
      'Utvikling av Data- og analysetjenester for sluttbruker',
    ])
    expect(layout.undated).toHaveLength(15)
    expect(layout.extent).toEqual({ start: '2019-01-01', end: '2027-12-31' })
  })
})
