/**
 * The command-line validator's own words, in bokmål (scripts/validate.ts, rendered by
 * scripts/validation-text.ts). Issue messages come from issues-nb.ts like the app's; this holds
 * only the report's labels and the usage. `{name}` is filled in; labels are padded by the caller.
 */
export const cliNb = {
  usage:
    'Bruk: npm run validate -- <fil> [--kind veikart|tiltak|strategy|portfolio|auto] [--lang nb|en] [--json]',
  missingFile: 'Mangler fil.',
  oneFile: 'Oppgi én fil.',
  unknownKind: 'Ukjent --kind «{kind}». Forventet {kinds}.',
  unknownLang: 'Ukjent --lang «{lang}». Forventet {langs}.',
  file: 'Fil:',
  format: 'Format:',
  encoding: 'Tegnkoding:',
  delimiter: 'Skilletegn:',
  tab: 'tabulator',
  rows: 'Rader:',
  stored: 'Lagres:',
  none: 'ingen',
  rowRange: 'rad {rows}',
  tableRowRange: '{table}: rad {rows}',
  items: 'Elementer:',
  goals: 'Mål:',
  subGoals: 'Delmål:',
  groupings: 'Grupperinger:',
  tentative: 'Tentative:',
  openEnded: 'Åpen slutt:',
  withoutPeriod: 'Uten periode:',
  portfolio: 'Portefølje:',
  portfolioCounts:
    '{measures} tiltak, {dependencies} avhengigheter, {costs} kostnadsrader, {rounds} rapporteringer, {decisions} vedtak',
  defined: 'Definert:',
  definedCounts: '{goals} mål, {subGoals} initiativ, {indicators} indikatorer, {measurements} målinger',
  byGoal: 'Per mål:',
  goalCount: 'mål {goal}: {n}',
  byActor: 'Per aktør:',
  actorOnly: 'Uten aktivitet (telles ikke):',
  whereTable: 'tabell «{table}»',
  whereRow: 'rad {row}',
  whereColumn: 'kolonne «{column}»',
  errorsHeading: 'Feil ({n}):',
  warningsHeading: 'Advarsler ({n}):',
  result: 'Resultat: {errors}, {warnings}.',
  errorsNone: 'ingen feil',
  errorsOne: '{n} feil',
  errorsOther: '{n} feil',
  warningsOne: '{n} advarsel',
  warningsOther: '{n} advarsler',
}

/** A key of the validator's catalogs. */
export type CliKey = keyof typeof cliNb
