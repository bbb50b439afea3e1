import { describe, expect, it } from 'vitest'
import type { DatasetContent } from '@/domain/types'
import { datasetToTables, type ExportTable } from '@/export/dataset-tables'
import { loadBundledDatasets } from '@/import/bundled-data'
import { detectTableKind } from '@/formats/registry'
import { importFile } from '@/import/run-import'
import { handMadeVeikart, TILTAK_CSV } from './hand-made'

const only = (tables: ExportTable[]): ExportTable => {
  expect(tables).toHaveLength(1)
  return tables[0] as ExportTable
}

describe('datasetToTables', async () => {
  const [strategy, tiltak] = (await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))) as DatasetContent[]

  describe('tiltak', () => {
    const table = only(datasetToTables(tiltak as DatasetContent))
    const items = (tiltak as DatasetContent).items

    it('uses the tiltak columns with the plan year, one full row per item', () => {
      expect(table.name).toBe('Tiltak')
      expect(table.header).toEqual(
        'Mål;Målsetting;Forutsetning;Merknad;Hvem;Tjeneste;Hva skal skje i 2024?;Totalperiode'.split(';'),
      )
      expect(detectTableKind(table.header)).toBe('tiltak')
      expect(table.rows).toHaveLength(99)
      // No "same as above" blanks: goal and målsetting are on every row.
      expect(table.rows.every((r) => /^Mål [1-5]$/.test(String(r[0])) && r[1] !== '')).toBe(true)
    })

    it('writes canonical actor names joined by ", " and the period as written', () => {
      const index = items.findIndex((i) => i.actors.length === 2 && i.actors[0] === 'Helsedirektoratet')
      expect(table.rows[index]?.slice(4, 5)).toEqual(['Helsedirektoratet, Direktoratet for e-helse'])
      expect(table.rows.map((r) => r[7])).toEqual(items.map((i) => i.periodText ?? ''))
    })

    it('leaves the activity blank where the source had none', () => {
      const blank = table.rows.flatMap((r, i) => (r[6] === '' ? [items[i]?.source.row] : []))
      expect(blank).toEqual(items.filter((i) => i.flags.includes('no-activity')).map((i) => i.source.row))
      expect(blank).toEqual([26, 37, 52, 54, 56, 69, 70, 79, 81])
    })

    it('writes heading rows for sub-goals and conditions no item carries, on the rows between items', async () => {
      const imported = await importFile(new TextEncoder().encode(TILTAK_CSV), {
        fileName: 't.csv',
        datasetId: 't',
      })
      const rows = only(datasetToTables(imported.content as DatasetContent)).rows
      // Spreadsheet rows 2–11; columns Mål, Målsetting, Forutsetning, Merknad, Hvem, activity.
      expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]])).toEqual([
        ['', '', '', '', '', ''],
        [
          'Mål 2',
          'Pasientens legemiddelliste',
          'Forutsetter finansiering',
          'Kandidat til veikartet',
          'Helse Sør-Øst RHF',
          'Teknisk tilrettelagt',
        ],
        [
          'Mål 2',
          'Pasientens legemiddelliste',
          'Forutsetter finansiering',
          'Kandidat til veikartet',
          'Norsk helsenett SF',
          'Koordinere innføring?',
        ],
        ['', '', '', '', '', ''],
        ['Mål 2', 'Samhandling', '', '', 'Helse Vest RHF', ''],
        ['Mål 2', 'Samhandling', 'Krever avklaring', '', 'KS', '@kommuner: felles plan'],
        ['Mål 3', 'Helseregistre uten tiltak', '', 'Kommer', '', ''],
        ['Mål 4', '', '', '', 'Kommuner', '=HYPERLINK("http://evil","x")'],
        ['Mål 5', 'Styring', 'Krav A', '', '', ''],
        ['Mål 5', 'Styring', 'Krav B', '', 'KS', 'Ny modell'],
      ])
    })

    it('names the activity column "Aktivitet" when the dataset has no plan year', () => {
      const { planYear: _planYear, ...dataset } = (tiltak as DatasetContent).dataset
      const header = only(datasetToTables({ ...(tiltak as DatasetContent), dataset })).header
      expect(header[6]).toBe('Aktivitet')
      expect(detectTableKind(header)).toBe('tiltak')
    })
  })

  describe('veikart', () => {
    const content = handMadeVeikart()
    const table = only(datasetToTables(content))

    it('writes the veikart columns, a goal column for sub-goals without code, then the extras in first-seen order', () => {
      expect(table.header).toEqual([
        'Leveranse-ID',
        'Leveransenavn i veikartet',
        'Beskrivelse av leveranse gant',
        'Veikartfase',
        'Startdato',
        'Sluttdato',
        'Strategisk delmål',
        'Strategi gruppering',
        'Planleggingsstatus',
        'Aktør',
        'Versjon',
        'Mål',
        'Kommentar',
        'Budsjett',
        'Lenke',
      ])
      expect(detectTableKind(table.header)).toBe('veikart')
    })

    it('writes phases, dates by precision, statuses, sub-goal codes and keys as IDs', () => {
      expect(table.rows.map((r) => r.slice(0, 1).concat(r.slice(3, 10)))).toEqual([
        [
          '10000000000000001',
          'Utvikling og begrenset utprøving - Tilpasning og utvidet utprøving - Innføring',
          '15.03.2025',
          'juli 2026',
          '2D - Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
          'Legemidler',
          'Planlagt',
          'Norsk helsenett SF, Helse Sør-Øst RHF',
        ],
        [
          '10000000000000002',
          'Konsept/mandat',
          'Q3 2025',
          'H2 2026',
          '1A - Innbyggere skal ha digitale tjenester',
          '',
          'Tentativ',
          'KS',
        ],
        [
          '10000000000000003',
          'Ny praksis i bruk',
          '2024',
          '2027',
          '1A - Innbyggere skal ha digitale tjenester',
          '',
          '',
          '',
        ],
        // Row 5 of the source was blank: kept blank, so the rows below keep their numbers.
        ['', '', '', '', '', '', '', ''],
        // The "?" of an uncertain item whose title has none goes back to the phase cell.
        [
          '3-5e1f0a2b',
          'Tilpasning og utvidet utprøving?',
          '',
          '',
          'Helsedata uten kode',
          'Data',
          '',
          'Ukjent leverandør AS',
        ],
        ['10000000000000005', '', '01.01.2026', '', '', 'Uten delmål', 'Planlagt', 'Helsedirektoratet'],
        // A phase the importer did not know stays unknown (no phase, no `no-phase` flag).
        [
          '10000000000000006',
          'Ukjent',
          'mai 2026',
          '2025',
          '2D - Helsepersonell skal ha tilgang til pasientens legemiddelliste (PLL)',
          '',
          '',
          'Helse Vest RHF, Helse Nord RHF',
        ],
      ])
      expect(table.rows.map((r) => r.slice(10))).toEqual([
        ['2026-08', 'Mål 2', '=1+1', '-3', ''],
        ['2026-08', 'Mål 1', '', '+47', '@SUM(A1)'],
        ['2026-08', 'Mål 1', '', '', ''],
        ['', '', '', '', ''],
        ['2026-08', 'Mål 3', '', '', ''],
        ['2026-08', 'Mål 5', '', '', ''],
        ['2026-08', 'Mål 2', '', '', ''],
      ])
    })

    it('leaves out the goal column when every sub-goal code carries the goal', () => {
      const coded = { ...content, items: content.items.slice(0, 3).map(({ extra: _extra, ...i }) => i) }
      expect(only(datasetToTables(coded)).header).toEqual(
        'Leveranse-ID;Leveransenavn i veikartet;Beskrivelse av leveranse gant;Veikartfase;Startdato;Sluttdato;Strategisk delmål;Strategi gruppering;Planleggingsstatus;Aktør;Versjon'.split(
          ';',
        ),
      )
    })

    it('writes rows one after another when the source rows cannot all be kept', () => {
      const [a, b, ...rest] = content.items
      const swapped = { ...content, items: [b, a, ...rest] as typeof content.items }
      const rows = only(datasetToTables(swapped)).rows
      expect(rows.map((r) => r[0])).toEqual(swapped.items.map((i) => i.key))
    })
  })

  describe('strategy', () => {
    it('writes the goals table with numbers as numbers, and leaves out empty tables', () => {
      const tables = datasetToTables(strategy as DatasetContent)
      expect(tables.map((t) => [t.name, t.header])).toEqual([['Mål', ['Nummer', 'Tittel', 'Beskrivelse']]])
      expect(tables[0]?.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5])
      expect(tables[0]?.rows[3]).toEqual([
        4,
        'Tilgjengelig informasjon og styrket samhandling',
        'Mål 4 understøtter Mål 1, 2 og 3.',
      ])
    })

    it('writes every table of a full plan with the header names of its columns.ts', () => {
      const plan: DatasetContent = {
        ...(strategy as DatasetContent),
        subGoals: [
          {
            id: 's/sg1A',
            datasetId: 's',
            goal: 1,
            code: '1A',
            title: 'Initiativ',
            conditions: ['Budsjett'],
            owner: 'KS',
            periodText: '2024 →',
          },
        ],
        indicators: [
          {
            id: 's/ind',
            datasetId: 's',
            goal: 1,
            name: 'Andel',
            unit: '%',
            baseline: 12.5,
            baselineYear: 2023,
            target: 80,
          },
        ],
        measurements: [{ id: 's/ind/m', datasetId: 's', indicatorId: 's/ind', period: '2024', value: -3 }],
      }
      const tables = datasetToTables(plan)
      expect(tables.map((t) => [t.name, detectTableKind(t.header)])).toEqual([
        ['Mål', 'strategy-goals'],
        ['Strategiske initiativ', 'strategy-initiatives'],
        ['Målindikatorer', 'strategy-indicators'],
        ['Målinger', 'strategy-measurements'],
      ])
      expect(tables.slice(1).map((t) => [t.header, t.rows])).toEqual([
        [
          ['Mål', 'Kode', 'Tittel', 'Eier', 'Periode', 'Forutsetning'],
          [['Mål 1', '1A', 'Initiativ', 'KS', '2024 →', 'Budsjett']],
        ],
        [
          ['Mål', 'Indikator', 'Enhet', 'Utgangsverdi', 'Utgangsår', 'Målverdi', 'Målår', 'Kilde'],
          [['Mål 1', 'Andel', '%', 12.5, 2023, 80, '', '']],
        ],
        [['Indikator', 'Periode', 'Verdi'], [['Andel', '2024', -3]]],
      ])
    })
  })
})
