import { describe, expect, it } from 'vitest'
import { mapTiltakRows, NO_ACTIVITY_TITLE, type RawTiltakRow } from '@/formats/tiltak/reader'
import { issueText } from '@/i18n/issue-text'

const ctx = {
  datasetId: 'ds',
  columnNames: { period: 'Totalperiode', goal: 'Mål', activity: 'Hva skal skje i 2024?' },
}
const row = (n: number, cells: RawTiltakRow['cells']): RawTiltakRow => ({ row: n, cells })

describe('mapTiltakRows', () => {
  it('maps a block with inherited goal, sub-goal and condition; a new actor does not take the service above', () => {
    const result = mapTiltakRows(
      [
        row(2, {
          goal: 'Mål 2',
          subGoal: 'PLL',
          condition: 'Forutsetter finansiering',
          actor: 'Helse Vest RHF',
          service: 'Innføring PLL',
          activity: 'Starte innføring',
          period: '2022 - 2024',
        }),
        row(3, { actor: 'NHN', activity: 'Koordinere', period: '2024 →' }),
      ],
      ctx,
    )
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(result.subGoals).toEqual([
      {
        id: expect.stringMatching(/^ds\/sg2-pll-/),
        datasetId: 'ds',
        goal: 2,
        title: 'PLL',
        conditions: ['Forutsetter finansiering'],
      },
    ])
    const [first, second] = result.items
    expect(first).toMatchObject({
      goal: 2,
      title: 'Starte innføring',
      actors: ['Helse Vest RHF'],
      actorIds: ['helse-vest-rhf'],
      service: 'Innføring PLL',
      startYear: 2022,
      flags: [],
      source: { datasetId: 'ds', row: 2 },
    })
    expect(second?.service).toBeUndefined()
    expect(second?.inherited).toEqual(['condition'])
    expect(second).toMatchObject({
      goal: 2,
      title: 'Koordinere',
      actors: ['Norsk helsenett SF'],
      condition: 'Forutsetter finansiering',
      period: { openEnded: true },
    })
    expect(second?.subGoalId).toBe(first?.subGoalId)
  })

  it('keeps a row without activity as an item titled by its own service, else «Ingen aktivitet oppgitt», flagged', () => {
    const result = mapTiltakRows(
      [
        row(2, {
          goal: '3',
          subGoal: 'Registre',
          actor: 'FHI',
          service: 'Videreutvikle registre',
          activity: 'Utvikle MFR',
          period: '2024',
        }),
        row(3, { service: 'Videreutvikle Dødsårsaksregistret' }),
        row(4, { actor: 'Helse Vest RHF' }),
      ],
      ctx,
    )
    expect(result.items.map((i) => [i.title, i.actors, i.flags])).toEqual([
      ['Utvikle MFR', ['Folkehelseinstituttet'], []],
      ['Videreutvikle Dødsårsaksregistret', ['Folkehelseinstituttet'], ['no-activity', 'no-period']],
      // A new actor with no service and no activity: never titled by the service above.
      [NO_ACTIVITY_TITLE, ['Helse Vest RHF'], ['no-activity', 'no-period']],
    ])
    expect(result.items.map((i) => [i.service, i.inherited])).toEqual([
      ['Videreutvikle registre', undefined],
      ['Videreutvikle Dødsårsaksregistret', ['actor']],
      [undefined, undefined],
    ])
    const lone = mapTiltakRows([row(2, { goal: '3', subGoal: 'X', actor: 'Helse Nord RHF' })], ctx)
    expect(lone.items[0]?.title).toBe(NO_ACTIVITY_TITLE)
    expect(result.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [3, 'no-activity', 'Hva skal skje i 2024?'],
      [3, 'no-period', 'Totalperiode'],
      [4, 'no-activity', 'Hva skal skje i 2024?'],
      [4, 'no-period', 'Totalperiode'],
    ])
  })

  it('flags "?" as uncertain and placeholder text, keeping the wording', () => {
    const result = mapTiltakRows(
      [
        row(2, {
          goal: '1',
          actor: 'Fastlegetjenesten',
          activity: 'Starte tilrettelegging?',
          period: '2024',
        }),
        row(3, { actor: 'Helse Vest RHF', activity: 'Kommer tilbake med innspill' }),
      ],
      ctx,
    )
    expect(result.items[0]).toMatchObject({
      title: 'Starte tilrettelegging?',
      uncertain: true,
      flags: ['uncertain'],
    })
    expect(result.items[1]?.flags).toEqual(['placeholder-text', 'no-period'])
  })

  it('rejects unknown goals and unreadable periods with row and column', () => {
    const result = mapTiltakRows(
      [
        row(2, { goal: 'Mål 7', actor: 'KS', activity: 'x', period: '2024' }),
        row(3, { goal: '1', actor: 'KS', activity: 'y', period: 'snart' }),
        row(4, { period: '2025' }),
      ],
      ctx,
    )
    expect(result.items).toEqual([])
    expect(result.issues.map((i) => [i.severity, i.row, i.column, i.code])).toEqual([
      ['error', 2, 'Mål', 'goal-unknown'],
      ['error', 3, 'Totalperiode', 'period-unreadable'],
      ['error', 4, 'Hva skal skje i 2024?', 'title-missing'],
    ])
    expect(issueText(result.issues[0]?.message, 'nb')).toBe(
      'Ukjent mål «Mål 7». Forventet 1–5, «Mål 1» eller målets tittel.',
    )
  })

  it('accepts goals by number, "Goal n" and title', () => {
    const goals = [{ number: 4 as const, title: 'Tilgjengelig informasjon og styrket samhandling' }]
    const result = mapTiltakRows(
      [
        row(2, { goal: 'Goal 1', actor: 'KS', activity: 'a' }),
        row(3, { goal: '2', actor: 'KS', activity: 'b' }),
        row(4, { goal: 'tilgjengelig informasjon og styrket samhandling', actor: 'KS', activity: 'c' }),
      ],
      { ...ctx, goals },
    )
    expect(result.items.map((i) => i.goal)).toEqual([1, 2, 4])
  })

  it('gives repeated identical rows distinct stable keys', () => {
    const rows = [row(2, { goal: '1', actor: 'KS', activity: 'Samme' }), row(3, { activity: 'Samme' })]
    const a = mapTiltakRows(rows, ctx).items.map((i) => i.key)
    const b = mapTiltakRows(rows, { ...ctx, datasetId: 'other' }).items.map((i) => i.key)
    expect(new Set(a).size).toBe(2)
    expect(a).toEqual(b)
  })

  it('splits multi-actor cells', () => {
    const result = mapTiltakRows(
      [
        row(2, {
          goal: '4',
          actor: 'Helse Nord RHF, Helse Midt-Norge RHF, Helse Sør – Øst RHF',
          activity: 'IPS',
        }),
      ],
      ctx,
    )
    expect(result.items[0]?.actorIds).toEqual(['helse-nord-rhf', 'helse-midt-norge-rhf', 'helse-sor-ost-rhf'])
  })
})
