// The validator's text report in both languages, from the app's catalogs; the CLI's `--lang`
// itself is run in validate.test.ts.
import { describe, expect, it } from 'vitest'
import { issue, msg } from '@/domain/import-issue'
import { cliEn } from '@/i18n/cli-en'
import { cliNb } from '@/i18n/cli-nb'
import { toValidationIssues, type ValidationReport } from '../../../scripts/validation-summary'
import { defaultCliLang, formatValidationText } from '../../../scripts/validation-text'

const report: ValidationReport = {
  file: 'data/plan.xlsx',
  format: 'xlsx',
  kind: 'veikart',
  encoding: null,
  delimiter: '\t',
  rows: 3,
  storedRows: [{ table: 'Ark1', ranges: [[2, 3]] }],
  items: [],
  counts: {
    items: 2,
    goals: 1,
    subGoals: 1,
    groupings: 0,
    tentative: 1,
    openEnded: 0,
    withoutPeriod: 1,
    byGoal: { '2': 2 },
    byActor: { KS: 2 },
    actorOnly: { Kommuner: 1 },
  },
  defined: { goals: 0, subGoals: 1, indicators: 0, measurements: 0 },
  portfolio: { measures: 0, dependencies: 0, costs: 0, rounds: 0, decisions: 0 },
  costs: [],
  issues: toValidationIssues([
    issue('warning', 'no-phase', msg('flag.noPhase'), { row: 3, column: 'Veikartfase', table: 'Ark1' }),
    issue('error', 'period-unreadable', msg('period.dateInvalid', { text: '31.02.2025' }), {
      row: 2,
      column: 'Startdato',
      table: 'Ark2',
    }),
  ]),
}

describe('formatValidationText', () => {
  it('writes the report in bokmål', () => {
    expect(formatValidationText(report, 1, 'nb')).toBe(
      [
        'Fil:           data/plan.xlsx',
        'Format:        xlsx (veikart)',
        'Tegnkoding:    –',
        'Skilletegn:    tabulator',
        'Rader:         3',
        'Lagres:        rad 2–3',
        'Elementer:     2',
        'Mål:           1',
        'Delmål:        1',
        'Grupperinger:  0',
        'Tentative:     1',
        'Åpen slutt:    0',
        'Uten periode:  1',
        'Per mål:       mål 2: 2',
        'Per aktør:',
        '  KS: 2',
        'Uten aktivitet (telles ikke):',
        '  Kommuner: 1',
        'Feil (1):',
        '  tabell «Ark2», rad 2, kolonne «Startdato»: Datoen «31.02.2025» finnes ikke.',
        'Advarsler (1):',
        '  tabell «Ark1», rad 3, kolonne «Veikartfase»: Ingen veikartfase oppgitt.',
        'Resultat: 1 feil, 1 advarsel.',
      ].join('\n'),
    )
  })

  it('writes the same report in English, issue messages from the English catalog', () => {
    expect(formatValidationText(report, 1, 'en')).toBe(
      [
        'File:          data/plan.xlsx',
        'Format:        xlsx (veikart)',
        'Encoding:      –',
        'Delimiter:     tab',
        'Rows:          3',
        'Stored:        rows 2–3',
        'Items:         2',
        'Goals:         1',
        'Sub-goals:     1',
        'Groupings:     0',
        'Tentative:     1',
        'Open-ended:    0',
        'No period:     1',
        'By goal:       goal 2: 2',
        'By actor:',
        '  KS: 2',
        'Without activity (not counted):',
        '  Kommuner: 1',
        'Errors (1):',
        '  table "Ark2", row 2, column "Startdato": The date "31.02.2025" does not exist.',
        'Warnings (1):',
        '  table "Ark1", row 3, column "Veikartfase": No roadmap phase given.',
        'Result: 1 error, 1 warning.',
      ].join('\n'),
    )
  })

  it('says «ingen feil» / «no errors», and leaves counts out when nothing usable was read', () => {
    const unread = { ...report, format: null, issues: [] }
    expect(formatValidationText(unread, 2, 'nb')).toBe(
      'Fil:           data/plan.xlsx\nResultat: ingen feil, 0 advarsler.',
    )
    expect(formatValidationText(unread, 2, 'en')).toBe(
      'File:          data/plan.xlsx\nResult: no errors, 0 warnings.',
    )
  })

  it('defaults to English only when LANG starts with en', () => {
    expect(defaultCliLang('en_GB.UTF-8')).toBe('en')
    expect(defaultCliLang('nb_NO.UTF-8')).toBe('nb')
    expect(defaultCliLang(undefined)).toBe('nb')
  })

  it('has the same labels, none empty, in both catalogs', () => {
    expect(Object.keys(cliEn).sort()).toEqual(Object.keys(cliNb).sort())
    expect([...Object.values(cliNb), ...Object.values(cliEn)].filter((text) => text.trim() === '')).toEqual(
      [],
    )
  })
})
