// src/formats describes source kinds and may use only src/domain: the ESLint boundary rule for
// the folder refuses storage, stores and charts, and lets the domain through.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()
const ruleIds = async (code: string) =>
  (await eslint.lintText(code, { filePath: 'src/formats/portfolio/example.ts' }))[0]?.messages.map(
    (m) => m.ruleId,
  ) ?? []

describe('src/formats import boundary', () => {
  it.each([
    ["import { getDatabase } from '@/db'\nexport const x = getDatabase\n"],
    ["import { usePortfolioStore } from '@/stores/portfolio'\nexport const x = usePortfolioStore\n"],
    ["import { buildCostOption } from '@/charts/portfolio'\nexport const x = buildCostOption\n"],
    ["import { ref } from 'vue'\nexport const x = ref\n"],
  ])('refuses %j', async (code) => {
    expect(await ruleIds(code)).toContain('@typescript-eslint/no-restricted-imports')
  })

  it('allows the domain', async () => {
    expect(
      await ruleIds("import { parseCostCell } from '@/domain/portfolio'\nexport const x = parseCostCell\n"),
    ).toEqual([])
  })
}, 30_000)
