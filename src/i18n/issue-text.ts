/**
 * An import issue's message in words. The import page passes vue-i18n's `t`; the command-line
 * validator and tests use `issueText`, which reads the same catalogs with plain `{name}`
 * interpolation (the messages use nothing else).
 */
import type { IssueMessage, IssueParam } from '@/domain/import-issue'
import { issuesEn } from './issues-en'
import { issuesNb } from './issues-nb'

export type IssueLocale = 'nb' | 'en'

/** Looks a catalog key up and fills in its (already rendered) parameters. */
export type Translate = (key: string, params: Record<string, string>) => string

const NUMBER_FORMATS: Record<IssueLocale, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO'),
  en: new Intl.NumberFormat('en-GB'),
}

function paramText(value: IssueParam, locale: IssueLocale, translate: Translate): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if ('number' in value) return NUMBER_FORMATS[locale].format(value.number)
  if ('quoted' in value) return value.quoted.map((q) => (locale === 'nb' ? `«${q}»` : `"${q}"`)).join(', ')
  return renderIssueMessage(value, locale, translate)
}

/** The message through `translate` (vue-i18n's `t` in the UI); nested messages are rendered first. */
export function renderIssueMessage(message: IssueMessage, locale: IssueLocale, translate: Translate): string {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = paramText(value, locale, translate)
  }
  return translate(`issues.${message.key}`, params)
}

const CATALOGS: Record<IssueLocale, unknown> = { nb: { issues: issuesNb }, en: { issues: issuesEn } }

function lookUp(catalog: unknown, key: string): string | undefined {
  let node = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The message in `locale`, straight from the catalogs (for the CLI and tests, outside Vue); none → ''. */
export function issueText(message: IssueMessage | undefined, locale: IssueLocale): string {
  if (!message) return ''
  return renderIssueMessage(message, locale, (key, params) => {
    const text = lookUp(CATALOGS[locale], key)
    if (text === undefined) return key
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
  })
}
