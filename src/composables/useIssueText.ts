/**
 * Words for an import issue in the UI language. The issue catalogs (src/i18n/issues-*.ts, ~100
 * messages) are fetched when a page first shows an issue, not on the start path: until they
 * arrive an issue reads '' and the page re-renders when they do (a module fetch, a few ms).
 */
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { IssueMessage } from '@/domain/import-issue'
import type * as IssueTextModule from '@/i18n/issue-text'

const loaded = shallowRef<typeof IssueTextModule | null>(null)
let loading: Promise<void> | null = null

/** Starts fetching the issue catalogs (once); resolves when they are there. */
export function loadIssueTexts(): Promise<void> {
  loading ??= import('@/i18n/issue-text').then((module) => {
    loaded.value = module
  })
  return loading
}

export function useIssueText(): (message: IssueMessage | null | undefined) => string {
  const { locale } = useI18n()
  return (message) => {
    if (!message) return ''
    const module = loaded.value
    if (!module) {
      void loadIssueTexts()
      return ''
    }
    return module.issueText(message, locale.value === 'en' ? 'en' : 'nb')
  }
}
