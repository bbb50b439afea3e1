import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportIssueList from '@/components/import/ImportIssueList.vue'
import { loadIssueTexts } from '@/composables/useIssueText'
import { issue, msg } from '@/domain/import-issue'
import { plugins } from './helpers'

const issues = [
  issue('warning', 'unknown-column', msg('table.unknownColumn', { header: 'Merknad' }), { row: 1 }),
]

describe('ImportIssueList', () => {
  it('shows each issue in the UI language, with its parameters filled in, once the issue texts are fetched', async () => {
    for (const [locale, text] of [
      ['nb', 'Ukjent kolonne «Merknad» er tatt vare på som ekstra felt.'],
      ['en', 'Unknown column "Merknad" is kept as an extra field.'],
    ] as const) {
      const wrapper = mount(ImportIssueList, {
        props: { issues, total: 1 },
        global: { plugins: plugins(locale) },
      })
      await loadIssueTexts()
      await flushPromises()
      const row = wrapper.get('[data-testid="import-issues"] tbody tr')
      expect(row.text()).toContain(text)
      expect(row.text()).not.toContain('{header}')
      wrapper.unmount()
    }
  })
})
