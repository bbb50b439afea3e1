import { useI18n } from 'vue-i18n'
import type { IssueMessage } from '@/domain/import-issue'
import { renderIssueMessage } from '@/i18n/issue-text'

/** Words for an import issue's message in the UI language (`issues.<key>` of the catalogs); none → ''. */
export function useIssueText(): (message: IssueMessage | null | undefined) => string {
  const { t, locale } = useI18n()
  return (message) =>
    message
      ? renderIssueMessage(message, locale.value === 'en' ? 'en' : 'nb', (key, params) => t(key, params))
      : ''
}
