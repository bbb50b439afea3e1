import { describe, expect, it } from 'vitest'
import { loadBundledDatasets } from '@/import/bundled-data'

// Counted by hand in section 7 of 004_79eb5586a15d9126.txt (see data/README.md).
const ITEMS_PER_GOAL = { 1: 30, 2: 20, 3: 22, 4: 19, 5: 8 }
const SUB_GOALS_PER_GOAL = { 1: 5, 2: 2, 3: 3, 4: 3, 5: 1 }

describe('bundled data', async () => {
  const [strategy, tiltak] = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))

  it('holds the five goals of the strategy with the seed titles', () => {
    expect(strategy?.dataset.kind).toBe('strategy')
    expect(strategy?.goals.map((g) => `${g.number} ${g.title}`)).toEqual([
      '1 Aktiv medvirkning i egen og næres helse',
      '2 Enklere arbeidshverdag',
      '3 Helsedata til fornying og forbedring',
      '4 Tilgjengelig informasjon og styrket samhandling',
      '5 Samarbeid og virkemidler som styrker gjennomføringskraft',
    ])
  })

  it('turns every row of the 2024 table into an item, none dropped', () => {
    expect(tiltak?.dataset).toMatchObject({ kind: 'tiltak', planYear: 2024, rowCount: 99, bundled: true })
    expect(tiltak?.items).toHaveLength(99)
    for (const [goal, n] of Object.entries(ITEMS_PER_GOAL)) {
      expect(tiltak?.items.filter((i) => i.goal === Number(goal)), `goal ${goal}`).toHaveLength(n)
    }
    for (const [goal, n] of Object.entries(SUB_GOALS_PER_GOAL)) {
      expect(tiltak?.subGoals.filter((s) => s.goal === Number(goal)), `goal ${goal}`).toHaveLength(n)
    }
  })

  it('keeps the stated conditions of the sub-goals', () => {
    const pll = tiltak?.subGoals.find((s) => s.title.includes('legemiddelliste (PLL)'))
    expect(pll?.conditions).toEqual([
      'Fullføre nasjonal innføring i løpet av 2029. Aktiviteten forutsetter finansiering av PDS steg 2. Mulighetsrom må vurderes opp mot budsjett for 2024.',
    ])
    const gravide = tiltak?.subGoals.find((s) => s.title.includes('helsekort for gravide'))
    expect(gravide).toMatchObject({
      conditions: ['Forutsetter finansiering i revidert nasjonalt budsjett 2023'],
      note: 'Kandidat til veikartet. Merk at Helseplattformen har egen løsning',
    })
  })

  it('flags rows without activity and the source\'s "?" marks, keeping the wording', () => {
    const noActivity = tiltak?.items.filter((i) => i.flags.includes('no-activity')) ?? []
    expect(noActivity.map((i) => [i.source.row, i.actors.join(' + '), i.title])).toEqual([
      [26, 'Primærhelsetjenesten', 'Kartlegging og tiltak for å redusere digitalt utenforskap'],
      [37, 'Helse Vest RHF', 'Ingen aktivitet oppgitt'],
      [52, 'Helse Nord RHF', 'Ingen aktivitet oppgitt'],
      [54, 'Helse Vest RHF', 'Ingen aktivitet oppgitt'],
      [56, 'Helsedirektoratet', 'Ingen aktivitet oppgitt'],
      [69, 'Folkehelseinstituttet', 'Modernisere Nasjonalt register over hjerte- og karlidelser'],
      [70, 'Folkehelseinstituttet', 'Videreutvikle Dødsårsaksregistret'],
      [79, 'Norsk helsenett SF', 'Ingen aktivitet oppgitt'],
      [81, 'Kommuner', 'Ingen aktivitet oppgitt'],
    ])
    const uncertain = tiltak?.items.filter((i) => i.uncertain).map((i) => i.title)
    expect(uncertain).toEqual([
      'Digiung: Starte tilrettelegging av fastlegetjenester for ungdom?',
      'Innføring? (Pilot ferdig i 2023)',
      'Fullføre pilot. Starte innføring?',
      'Fullføre pilot. Starte innføring?',
      'Videreutvikling av medisinske kvalitetsregistre?',
      'Nasjonal utvikling og innføring i spesialisthelsetjenesten?',
    ])
  })

  it('splits the multi-actor cells of the table', () => {
    const byRow = (row: number) => tiltak?.items.find((i) => i.source.row === row)?.actors
    expect(byRow(75)).toEqual(['Helse Nord RHF', 'Helse Midt-Norge RHF', 'Helse Vest RHF'])
    expect(byRow(83)).toEqual(['Helse Nord RHF', 'Helse Midt-Norge RHF', 'Helse Sør-Øst RHF'])
    expect(byRow(85)).toEqual(['Norsk helsenett SF', 'Direktoratet for e-helse'])
    expect(byRow(86)).toEqual(['Norsk helsenett SF', 'Direktoratet for e-helse'])
    expect(byRow(17)).toEqual(['Helsedirektoratet', 'Direktoratet for e-helse'])
  })

  it('reads open-ended periods', () => {
    const open = tiltak?.items.filter((i) => i.period.openEnded) ?? []
    expect(open.map((i) => i.periodText)).toEqual(
      expect.arrayContaining(['2024 →', '2023 →', '2022 →', '2023 -', '2024 -']),
    )
    expect(open).toHaveLength(12)
  })
})
