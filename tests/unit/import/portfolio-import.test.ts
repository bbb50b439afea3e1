import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toXlsx } from '@/export/xlsx'
import { importFile } from '@/import/run-import'
import { detectTableKind } from '@/formats/registry'

const bytesOf = (path: string) => new Uint8Array(readFileSync(path))

describe('portfolio kinds are recognised by their headers, nb and en', () => {
  it.each([
    [['Tiltak', 'Eier', 'Hovedmål', 'Status', 'Risiko'], 'portfolio-measures'],
    [['Measure', 'Owner', 'Main goal', 'Current status', 'Previous status'], 'portfolio-measures'],
    [['Tiltak', 'Eier', 'Avhengighet', 'Frist'], 'portfolio-dependencies'],
    [['Measure', 'Depends on', 'Criticality', 'Status', 'Deadline'], 'portfolio-dependencies'],
    [['Løsning', 'Tiltak', 'Del', 'År', 'MNOK'], 'portfolio-costs'],
    [['Solution', 'Measure', 'Part', 'Year', 'Amount (MNOK)', 'Covered internally'], 'portfolio-costs'],
    [['Rapportering', 'Dato', 'Antall tiltak', 'Rød', 'Gul'], 'portfolio-rounds'],
    [['Organ', 'Møtedato', 'Sak', 'Tittel', 'Vedtak', 'Mål'], 'portfolio-decisions'],
    [['Body', 'Meeting date', 'Case number', 'Title', 'Decision text', 'Goals'], 'portfolio-decisions'],
    // Existing kinds keep their detection.
    [['Mål', 'Målsetting', 'Hvem', 'Tjeneste', 'Hva skal skje i 2024?', 'Totalperiode'], 'tiltak'],
    [['Nummer', 'Tittel'], 'strategy-goals'],
  ])('%j → %s', (header, kind) => {
    expect(detectTableKind(header)).toBe(kind)
  })
})

describe('running costs with English headers (tests/fixtures/portfolio-costs-en.csv)', async () => {
  const outcome = await importFile(bytesOf('tests/fixtures/portfolio-costs-en.csv'), {
    fileName: 'portfolio-costs-en.csv',
    datasetId: 'c',
  })

  it('reads Norwegian numbers and parentheses as covered internally', () => {
    expect(outcome.tableKind).toBe('portfolio-costs')
    expect(outcome.content?.dataset.kind).toBe('portfolio')
    expect(
      outcome.content?.portfolio?.costs.map((c) => [
        c.solution,
        c.part ?? null,
        c.year,
        c.mnok,
        c.coveredInternally,
      ]),
    ).toEqual([
      ['E-resept', 'SFM', 2022, 14, true],
      ['E-resept', 'SFM', 2024, 55, false],
      ['Kjernejournal', 'Deling av journaldokumenter', 2025, 9.5, false],
      ['Helsenorge', 'Nye løsninger', 2022, 20, false],
      ['Helsenorge', 'Overført', 2024, -4, true],
    ])
  })

  it('reports a bad year as an error on its row and column, and a missing measure as a warning', () => {
    expect(outcome.issues.map((i) => [i.severity, i.code, i.row, i.column ?? null])).toEqual([
      ['warning', 'row-incomplete', 5, null],
      ['error', 'number-unreadable', 7, 'Year'],
    ])
  })
})

describe('a portfolio JSON file of several tables (tests/fixtures/portfolio-tables.json)', async () => {
  const outcome = await importFile(bytesOf('tests/fixtures/portfolio-tables.json'), {
    fileName: 'portfolio-tables.json',
    datasetId: 'p',
  })
  const portfolio = outcome.content?.portfolio

  it('reads measures, dependencies and decisions into one portfolio dataset', () => {
    expect(outcome.content?.dataset.kind).toBe('portfolio')
    expect(portfolio?.measures.map((m) => [m.name, m.mainGoal, m.status, m.risk, m.previousRisk])).toEqual([
      ['EPJ-løftet', 2, 'rod', 'rod', 'rod'],
      ['Modernisering av Sysvak', undefined, 'gul', undefined, undefined],
    ])
    expect(portfolio?.dependencies[0]).toMatchObject({
      criticality: 'hoy',
      status: 'rod',
      deadline: '2023-04-03',
    })
    expect(portfolio?.decisions[0]).toMatchObject({
      caseNumber: '42/22',
      kind: 'forslag',
      goals: [1, 2, 3, 4, 5],
    })
  })

  it('names the table, row and column of an unknown status', () => {
    expect(
      outcome.issues.filter((i) => i.severity === 'error').map((i) => [i.table, i.row, i.column, i.code]),
    ).toEqual([['Porteføljetiltak', 4, 'Status', 'status-unknown']])
  })
})

describe('an XLSX workbook with a dependency sheet', () => {
  it('is read like the CSV', async () => {
    const blob = await toXlsx([
      {
        name: 'Avhengigheter',
        header: ['Tiltak', 'Eier', 'Avhengighet', 'Kritikalitet', 'Status', 'Frist'],
        rows: [['HELIKS', 'Helse Vest RHF', 'Forskrivningsmodulen ver. 4.12', 'Høy', 'rød', '28.03.2023']],
      },
    ])
    const outcome = await importFile(new Uint8Array(await blob.arrayBuffer()), {
      fileName: 'a.xlsx',
      datasetId: 'x',
    })
    expect(outcome.format).toBe('xlsx')
    expect(
      outcome.content?.portfolio?.dependencies.map((d) => [d.measure, d.dependsOn, d.deadline, d.missing]),
    ).toEqual([['HELIKS', 'Forskrivningsmodulen ver. 4.12', '2023-03-28', ['category']]])
  })
})
