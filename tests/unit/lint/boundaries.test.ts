/**
 * The import boundaries hold however an import is written: each case is a probe file linted
 * with the project's own ESLint config at a path inside src/, as if it were there.
 */
import { readdirSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ZONES } from '../../../eslint/zones.js'

const eslint = new ESLint({ cwd: process.cwd() })

async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'veikart/zones' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message)
}

describe('import boundaries', () => {
  it.each([
    [
      'src/components/items/Probe.ts',
      "import { getDatabase } from '../../db'",
      'src/components must not import src/db',
    ],
    [
      'src/components/items/Probe.ts',
      "import { getDatabase } from '@/db'",
      'src/components must not import src/db',
    ],
    [
      'src/components/items/Probe.ts',
      "const db = () => import('../../db/database')",
      'src/components must not import src/db',
    ],
    [
      'src/views/Probe.ts',
      "export { importFile } from '../import/run-import'",
      'src/views must not import src/import',
    ],
    [
      'src/domain/probe.ts',
      "import { readFile } from '../import/read-file'",
      'src/domain must not import src/import',
    ],
    [
      'src/domain/probe.ts',
      "import { useDatasetsStore } from '@/stores/datasets'",
      'src/domain must not import src/stores',
    ],
    [
      'src/domain/probe.ts',
      "import { escapeHtml } from '../charts/escape-html'",
      'src/domain must not import src/charts',
    ],
    ['src/charts/probe.ts', "import { getDatabase } from '../db'", 'src/charts must not import src/db'],
    [
      'src/workers/probe.ts',
      "import { useRoadmapStore } from '../stores/roadmap'",
      'src/workers must not import src/stores',
    ],
    ['src/export/probe.ts', "import { getDatabase } from '../db/index'", 'src/export must not import src/db'],
    [
      'src/export/probe.ts',
      "import { importFile } from '../import/run-import'",
      'src/export must not import src/import',
    ],
    [
      'src/export/probe.ts',
      "import { readCsv } from '../import/csv'",
      'src/export must not import src/import',
    ],
    [
      'src/formats/tiltak/probe.ts',
      "import { readFile } from '../../import/read-file'",
      'src/formats must not import src/import',
    ],
    [
      'src/formats/probe.ts',
      "import { datasetToTables } from '@/export/dataset-tables'",
      'src/formats must not import src/export',
    ],
    [
      'src/domain/probe.ts',
      "import { mapVeikartRows } from '../formats/veikart/reader'",
      'src/domain must not import src/formats',
    ],
    [
      'src/stores/probe.ts',
      "import { buildViewSlides } from '../charts/slides/build-slides'",
      'src/stores must not import src/charts',
    ],
    [
      'src/i18n/probe.ts',
      "import { useDatasetsStore } from '../stores/datasets'",
      'src/i18n must not import src/stores',
    ],
    [
      'src/lib/probe.ts',
      "import { useDatasetsStore } from '../stores/datasets'",
      'src/lib must not import src/stores',
    ],
    ['src/domain/probe.ts', "import { whenIdle } from '../lib/idle'", 'src/domain must not import src/lib'],
    ['src/lib/probe.ts', "import { ref } from 'vue'", 'src/lib holds browser helpers'],
    ['src/domain/probe.ts', "import { ref } from 'vue'", 'src/domain is pure TypeScript'],
    ['src/views/Probe.ts', "import Dexie from 'dexie'", 'Only src/db imports dexie'],
  ])('%s: `%s` is an error', async (file, code, message) => {
    const errors = await zoneErrors(file, code)
    expect(errors.join('\n')).toContain(message)
  })

  it.each([
    ['src/domain/probe.ts', "import { parsePeriod } from './period'"],
    ['src/components/items/Probe.ts', "import { useDatasetsStore } from '../../stores/datasets'"],
    ['src/components/items/Probe.ts', "import type { VeikartDatabase } from '../../db'"],
    ['src/export/probe.ts', "import { headerKey } from '../formats/columns'"],
    ['src/export/probe.ts', "import { formatOf } from '@/formats/registry'"],
    ['src/import/probe.ts', "import { detectTableKind } from '../formats/registry'"],
    ['src/formats/veikart/probe.ts', "import { parsePeriod } from '../../domain/period'"],
    ['src/stores/probe.ts', "import { synonymsOf } from '@/formats/registry'"],
    ['src/workers/probe.ts', "import { importFile } from '@/import/run-import'"],
    ['src/stores/probe.ts', "import { getDatabase } from '@/db'"],
    ['src/stores/probe.ts', "import { whenIdle } from '../lib/idle'"],
    ['src/components/base/probe.ts', "import { taskTurns } from '@/lib/task-turns'"],
  ])('%s: `%s` is allowed', async (file, code) => {
    expect(await zoneErrors(file, code)).toEqual([])
  })

  it('covers every folder of src/: a folder without a zone would have no rule at all', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.length).toBeGreaterThan(10)
    expect(folders.filter((folder) => !(folder in ZONES))).toEqual([])
  })
}, 30_000) // the first lint loads the TypeScript parser: slow on a busy machine

/** The size rules' messages for a probe file at this path. */
async function sizeErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'max-lines' || m.ruleId === 'max-lines-per-function')
    .map((m) => `${m.ruleId}: ${m.message}`)
}

/** `n` statements, one a line: `const v0 = 0` … */
const statements = (n: number, indent = '') =>
  Array.from({ length: n }, (_, i) => `${indent}const v${i} = ${i}`).join('\n')
const fn = (lines: number) =>
  `export function probe(): number {\n${statements(lines - 3, '  ')}\n  return 0\n}\n`

describe('size limits (files ≤ 300 lines, functions ≤ 80, blank lines and comments not counted)', () => {
  it('a function of 81 lines is an error; of 80, with blank lines and comments besides, is not', async () => {
    expect((await sizeErrors('src/domain/probe.ts', fn(81))).join('\n')).toContain(
      "max-lines-per-function: Function 'probe' has too many lines (81)",
    )
    const padded = fn(80).replace('{\n', '{\n\n  // why\n\n  /* and how */\n')
    expect(await sizeErrors('src/domain/probe.ts', padded)).toEqual([])
  })

  it('a file of 301 lines is an error', async () => {
    const file = `${statements(301)}\n`
    expect((await sizeErrors('src/charts/probe.ts', file)).join('\n')).toContain(
      'max-lines: File has too many lines (301)',
    )
    expect(await sizeErrors('src/charts/probe.ts', `${statements(300)}\n\n// end\n`)).toEqual([])
  })

  it('in a .vue file, <script setup> is not one function, but a long function in it is', async () => {
    const sfc = (script: string) =>
      `<script setup lang="ts">\n${script}\n</script>\n\n<template><p>x</p></template>\n`
    expect(await sizeErrors('src/components/items/ProbeList.vue', sfc(statements(120)))).toEqual([])
    expect((await sizeErrors('src/components/items/ProbeList.vue', sfc(fn(81)))).join('\n')).toContain(
      "Function 'probe' has too many lines (81)",
    )
  })

  it('the message catalogs may be long', async () => {
    expect(await sizeErrors('src/i18n/en.ts', `${statements(400)}\n`)).toEqual([])
  })
}, 30_000)
