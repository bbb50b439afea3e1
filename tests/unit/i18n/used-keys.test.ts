/**
 * Every literal message key the code uses (`t('a.b')` in .ts and .vue files) exists in both
 * catalogs: a missing key would show the key itself to the user.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '@/i18n/en'
import nb from '@/i18n/nb'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

function has(catalog: unknown, key: string): boolean {
  let node: unknown = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' || typeof node === 'object'
}

describe('message keys used in src/', () => {
  const used = sourceFiles('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => ({
      file,
      key: m[1] as string,
    })),
  )

  it('finds the keys', () => {
    expect(used.length).toBeGreaterThan(300)
  })

  for (const [name, catalog] of [
    ['nb', nb],
    ['en', en],
  ] as const)
    it(`are all in the ${name} catalog`, () => {
      expect(used.filter((u) => !has(catalog, u.key)).map((u) => `${u.file}: ${u.key}`)).toEqual([])
    })
})
