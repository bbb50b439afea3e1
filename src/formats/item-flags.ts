/** The warnings that go with an item's flags. */
import { issue, msg, type ImportIssue, type IssueKey } from '@/domain/import-issue'
import type { ItemFlag } from '@/domain/types'

const MESSAGES: Record<ItemFlag, IssueKey> = {
  'no-activity': 'flag.noActivity',
  'placeholder-text': 'flag.placeholderText',
  uncertain: 'flag.uncertain',
  'no-period': 'flag.noPeriod',
  'end-before-start': 'flag.endBeforeStart',
  'no-phase': 'flag.noPhase',
}

/** One warning per flag, located at the row and the column the flag concerns. */
export function flagIssues(
  flags: readonly ItemFlag[],
  row: number,
  columnOf: (flag: ItemFlag) => string,
): ImportIssue[] {
  return flags.map((flag) => issue('warning', flag, msg(MESSAGES[flag]), { row, column: columnOf(flag) }))
}
