import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/import/run-import'
import { issueText } from '@/i18n/issue-text'

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/${name}`))
const run = (name: string) =>
  importFile(fixture(name), { fileName: name, datasetId: 'ds', now: new Date('2026-01-01T00:00:00Z') })

describe('importFile', () => {
  it.each(['utf8-bom.csv', 'cp1252-semicolon-crlf.csv', 'utf16le-bom-tab.csv'])(
    '%s gives the same two items whatever the encoding and delimiter',
    async (name) => {
      const outcome = await run(name)
      expect(outcome.tableKind).toBe('tiltak')
      expect(outcome.issues).toEqual([])
      expect(outcome.content?.dataset).toMatchObject({
        kind: 'tiltak',
        planYear: 2024,
        rowCount: 2,
        fileName: name,
      })
      expect(outcome.content?.items.map((i) => [i.goal, i.actors, i.service, i.title, i.periodText])).toEqual(
        [
          [2, ['Helse Sør-Øst RHF'], 'Innføring PLL', 'Teknisk tilrettelagt', '2023 - 2025'],
          [2, ['Norsk helsenett SF'], undefined, 'Koordinere nasjonal innføring av PLL', '2024 -'],
        ],
      )
    },
  )

  it('reads quoted multi-line fields and multi-actor cells', async () => {
    const outcome = await run('comma-multiline-quoted.csv')
    expect(outcome.delimiter).toBe(',')
    expect(outcome.content?.dataset.planYear).toBe(2025)
    expect(outcome.content?.items.map((i) => [i.source.row, i.actors, i.title])).toEqual([
      [2, ['Helse Nord RHF', 'Helse Vest RHF'], 'Første linje\nandre linje, med komma'],
      [3, ['KS'], 'Sitat med "anførselstegn"'],
    ])
  })

  it('fills merged-cell blanks and keeps rows without activity, flagged', async () => {
    const outcome = await run('merged-cell-blanks.csv')
    const items = outcome.content?.items ?? []
    expect(
      items.map((i) => [i.source.row, i.actors.join(), i.service ?? '', i.title, i.flags.join()]),
    ).toEqual([
      [
        2,
        'Folkehelseinstituttet',
        'Videreutvikle helseregistre',
        'Utvikle og videreutvikle Medisinsk fødselsregister',
        '',
      ],
      [
        3,
        'Folkehelseinstituttet',
        'Videreutvikle helseregistre',
        'Videreutvikle Legemiddelregistret',
        'no-period',
      ],
      [
        4,
        'Folkehelseinstituttet',
        'Videreutvikle Dødsårsaksregistret',
        'Videreutvikle Dødsårsaksregistret',
        'no-activity,no-period',
      ],
      [5, 'Direktoratet for e-helse', '', 'Enklere søknader', ''],
      [6, 'Helse Vest RHF', '', 'Ingen aktivitet oppgitt', 'no-activity,no-period'],
    ])
    expect(items.every((i) => i.goal === 3)).toBe(true)
    expect(outcome.content?.subGoals.map((s) => [s.title, s.conditions])).toEqual([
      ['Videreutvikling av helseregistrene', []],
      ['Raskere tilgang til helsedata', ['Forutsetter finansiering']],
    ])
  })

  it('reports bad goals and periods by row and column, keeping the good rows', async () => {
    const outcome = await run('bad-period-and-goal.csv')
    expect(outcome.issues.map((i) => [i.severity, i.row, i.column, i.code])).toEqual([
      ['error', 2, 'Mål', 'goal-unknown'],
      ['error', 3, 'Periode', 'date-invalid'],
      ['error', 4, 'Periode', 'period-unreadable'],
    ])
    expect(outcome.content?.items.map((i) => i.title)).toEqual(['ok'])
  })

  it('reports an unclosed quote as an error', async () => {
    const outcome = await run('unclosed-quote.csv')
    expect(outcome.issues.find((i) => i.code === 'csv-unclosed-quote')).toMatchObject({
      severity: 'error',
      row: 3,
    })
  })

  it('says which columns it expected when the format is unknown', async () => {
    const outcome = await run('unknown-format.csv')
    expect(outcome.content).toBeNull()
    expect(outcome.issues).toHaveLength(1)
    expect(outcome.issues[0]).toMatchObject({ severity: 'error', code: 'format-unknown', row: 1 })
    expect(issueText(outcome.issues[0]?.message, 'nb')).toContain('«unknown-format.csv»')
  })

  it('reads a strategy goals table in English, rejecting goal 7', async () => {
    const outcome = await run('strategy-goals.csv')
    expect(outcome.tableKind).toBe('strategy-goals')
    expect(outcome.content?.dataset.kind).toBe('strategy')
    expect(outcome.content?.goals).toEqual([
      { number: 1, title: 'Aktiv medvirkning i egen og næres helse' },
      { number: 2, title: 'Enklere arbeidshverdag', description: 'Mindre dobbeltregistrering' },
    ])
    expect(outcome.issues.map((i) => [i.row, i.column, i.code])).toEqual([[4, 'Number', 'goal-unknown']])
  })

  it('computes the SHA-256 checksum of the bytes', async () => {
    const bytes = fixture('strategy-goals.csv')
    const outcome = await importFile(bytes, { fileName: 'g.csv', datasetId: 'g' })
    expect(outcome.content?.dataset.checksum).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})

describe('hostile text (tests/fixtures/hostile-text.csv)', () => {
  it('keeps markup and formulas as plain text, exactly as written', async () => {
    const outcome = await run('hostile-text.csv')
    expect(outcome.issues).toEqual([])
    expect(outcome.content?.items.map((i) => [i.title, i.actors])).toEqual([
      ['<img src=x onerror="window.__pwned=1">', ['Helse Vest RHF']],
      ['=HYPERLINK("http://example.invalid","klikk")', ['KS']],
      ['<script>window.__pwned=2</script>', ['Norsk helsenett SF']],
    ])
  })
})
