/**
 * Accepted headers of the portfolio table kinds, Norwegian and English. Headers match without
 * regard to case, spaces, punctuation or diacritics (see `headerKey`). The table-driven test in
 * tests/unit/formats/portfolio-columns.test.ts checks that every header below maps to its column.
 *
 * | Kind                     | Column            | Headers                                                          |
 * |--------------------------|-------------------|------------------------------------------------------------------|
 * | portfolio-measures       | name              | Tiltak, Tiltaksnavn, Navn, Measure, Name                         |
 * |                          | owner             | Eier, Tiltakseier, Aktør, Owner                                  |
 * |                          | mainGoal          | Hovedmål, Main goal                                              |
 * |                          | otherGoals        | Andre mål, Øvrige mål, Other goals                               |
 * |                          | segment           | Segment                                                          |
 * |                          | phase             | Fase, Phase                                                      |
 * |                          | status            | Status, Overordnet status, Status nå, Current status             |
 * |                          | previousStatus    | Forrige status, Status forrige rapportering, Previous status     |
 * |                          | risk              | Risiko, Risiko nå, Risk, Current risk                            |
 * |                          | previousRisk      | Forrige risiko, Risiko forrige rapportering, Previous risk       |
 * |                          | budget            | Budsjett, Budsjett (MNOK), Budget, Budget (MNOK)                 |
 * |                          | reportedAt        | Rapporteringsdato, Rapportert, Reporting date, Reported          |
 * |                          | note              | Merknad, Kommentar, Note                                         |
 * | portfolio-dependencies   | measure           | Tiltak, Measure                                                  |
 * |                          | owner             | Eier, Owner                                                      |
 * |                          | dependsOn         | Avhengighet, Avhenger av, Depends on, Dependency                 |
 * |                          | category          | Kategori, Category                                               |
 * |                          | criticality       | Kritikalitet, Criticality                                        |
 * |                          | status            | Status, Status på avhengigheten, Dependency status               |
 * |                          | deadline          | Frist, Deadline, Due date                                        |
 * |                          | note              | Merknad, Note                                                    |
 * | portfolio-costs          | solution          | Løsning, Nasjonal løsning, E-helseløsning, Solution              |
 * |                          | measure           | Tiltak, Measure                                                  |
 * |                          | part              | Del, Påvirkning, Part                                            |
 * |                          | year              | År, Year                                                         |
 * |                          | mnok              | MNOK, Millioner kroner, Beløp, Økning (MNOK), Amount, Amount (MNOK) |
 * |                          | coveredInternally | Dekket internt, Covered internally                               |
 * |                          | note              | Merknad, Note                                                    |
 * | portfolio-rounds         | round             | Rapportering, Runde, Round, Reporting round                      |
 * |                          | date              | Dato, Date                                                       |
 * |                          | measures          | Antall tiltak, Aktive tiltak, Active measures, Measures          |
 * |                          | red / yellow / green | Rød, Gul, Grønn / Red, Yellow, Green                          |
 * |                          | budget            | Budsjett (MNOK), Budsjett, Budget (MNOK), Budget                 |
 * |                          | budgetScope       | Budsjettet gjelder, Budget scope                                 |
 * |                          | redNames          | Tiltak med rød status, Red measures                              |
 * |                          | note              | Merknad, Note                                                    |
 * | portfolio-decisions      | body              | Organ, Utvalg, Body, Council                                     |
 * |                          | meetingDate       | Møtedato, Dato, Meeting date, Date                               |
 * |                          | meeting           | Møte, Meeting                                                    |
 * |                          | caseNumber        | Sak, Saksnummer, Sak nr, Case, Case number                       |
 * |                          | title             | Tittel, Tema, Title                                              |
 * |                          | kind              | Type, Vedtakstype, Decision type                                 |
 * |                          | text              | Vedtak, Vedtakstekst, Decision, Decision text                    |
 * |                          | goals             | Mål, Gjelder mål, Goals                                          |
 * |                          | concerns          | Gjelder, Gjelder tiltak, Concerns                                |
 */
import type { CostColumn, DecisionColumn, DependencyColumn, MeasureColumn, RoundColumn } from './reader'
import type { ColumnSynonyms } from '../columns'

export const PORTFOLIO_MEASURE_COLUMNS: ColumnSynonyms<MeasureColumn> = {
  name: ['Tiltak', 'Tiltaksnavn', 'Navn', 'Measure', 'Name'],
  owner: ['Eier', 'Tiltakseier', 'Aktør', 'Owner'],
  mainGoal: ['Hovedmål', 'Main goal'],
  otherGoals: ['Andre mål', 'Øvrige mål', 'Other goals'],
  segment: ['Segment'],
  phase: ['Fase', 'Phase'],
  status: ['Status', 'Overordnet status', 'Status nå', 'Current status'],
  previousStatus: ['Forrige status', 'Status forrige rapportering', 'Previous status'],
  risk: ['Risiko', 'Risiko nå', 'Risk', 'Current risk'],
  previousRisk: ['Forrige risiko', 'Risiko forrige rapportering', 'Previous risk'],
  budget: ['Budsjett', 'Budsjett (MNOK)', 'Budget', 'Budget (MNOK)'],
  reportedAt: ['Rapporteringsdato', 'Rapportert', 'Reporting date', 'Reported'],
  note: ['Merknad', 'Kommentar', 'Note'],
}

export const PORTFOLIO_DEPENDENCY_COLUMNS: ColumnSynonyms<DependencyColumn> = {
  measure: ['Tiltak', 'Measure'],
  owner: ['Eier', 'Owner'],
  dependsOn: ['Avhengighet', 'Avhenger av', 'Depends on', 'Dependency'],
  category: ['Kategori', 'Category'],
  criticality: ['Kritikalitet', 'Criticality'],
  status: ['Status', 'Status på avhengigheten', 'Dependency status'],
  deadline: ['Frist', 'Deadline', 'Due date'],
  note: ['Merknad', 'Note'],
}

export const PORTFOLIO_COST_COLUMNS: ColumnSynonyms<CostColumn> = {
  solution: ['Løsning', 'Nasjonal løsning', 'E-helseløsning', 'Solution'],
  measure: ['Tiltak', 'Measure'],
  part: ['Del', 'Påvirkning', 'Part'],
  year: ['År', 'Year'],
  mnok: ['MNOK', 'Millioner kroner', 'Beløp', 'Økning (MNOK)', 'Amount', 'Amount (MNOK)'],
  coveredInternally: ['Dekket internt', 'Covered internally'],
  note: ['Merknad', 'Note'],
}

export const PORTFOLIO_ROUND_COLUMNS: ColumnSynonyms<RoundColumn> = {
  round: ['Rapportering', 'Runde', 'Round', 'Reporting round'],
  date: ['Dato', 'Date'],
  measures: ['Antall tiltak', 'Aktive tiltak', 'Active measures', 'Measures'],
  red: ['Rød', 'Red'],
  yellow: ['Gul', 'Yellow'],
  green: ['Grønn', 'Green'],
  budget: ['Budsjett (MNOK)', 'Budsjett', 'Budget (MNOK)', 'Budget'],
  budgetScope: ['Budsjettet gjelder', 'Budget scope'],
  redNames: ['Tiltak med rød status', 'Red measures'],
  note: ['Merknad', 'Note'],
}

export const PORTFOLIO_DECISION_COLUMNS: ColumnSynonyms<DecisionColumn> = {
  body: ['Organ', 'Utvalg', 'Body', 'Council'],
  meetingDate: ['Møtedato', 'Dato', 'Meeting date', 'Date'],
  meeting: ['Møte', 'Meeting'],
  caseNumber: ['Sak', 'Saksnummer', 'Sak nr', 'Case', 'Case number'],
  title: ['Tittel', 'Tema', 'Title'],
  kind: ['Type', 'Vedtakstype', 'Decision type'],
  text: ['Vedtak', 'Vedtakstekst', 'Decision', 'Decision text'],
  goals: ['Mål', 'Gjelder mål', 'Goals'],
  concerns: ['Gjelder', 'Gjelder tiltak', 'Concerns'],
}
