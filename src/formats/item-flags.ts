/** The warnings that go with an item's flags, in both languages. */
import { issue, type ImportIssue } from '@/domain/import-issue'
import type { ItemFlag, LocalisedText } from '@/domain/types'

const MESSAGES: Record<ItemFlag, LocalisedText> = {
  'no-activity': {
    nb: 'Raden oppgir ingen aktivitet; den er navngitt etter tjenesten (eller «Ingen aktivitet oppgitt»).',
    en: 'The row states no activity; it is named after its service (or "Ingen aktivitet oppgitt").',
  },
  'placeholder-text': {
    nb: 'Teksten er en plassholder (f.eks. «kommer tilbake»).',
    en: 'The text is a placeholder (e.g. "kommer tilbake").',
  },
  uncertain: { nb: 'Kilden markerer usikkerhet med «?».', en: 'The source marks uncertainty with "?".' },
  'no-period': { nb: 'Ingen periode eller dato oppgitt.', en: 'No period or date given.' },
  'end-before-start': { nb: 'Slutt ligger før start.', en: 'The end lies before the start.' },
  'no-phase': { nb: 'Ingen veikartfase oppgitt.', en: 'No roadmap phase given.' },
}

/** One warning per flag, located at the row and the column the flag concerns. */
export function flagIssues(
  flags: readonly ItemFlag[],
  row: number,
  columnOf: (flag: ItemFlag) => string,
): ImportIssue[] {
  return flags.map((flag) => issue('warning', flag, MESSAGES[flag], { row, column: columnOf(flag) }))
}
