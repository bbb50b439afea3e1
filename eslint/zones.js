/**
 * The one-way data flow of STYLE.md as an ESLint rule: which folder of src/ may import which.
 * Import paths are resolved first, so `@/db`, `../../db` and `../db/index` are the same edge;
 * static imports, re-exports and dynamic `import()` are all checked. Type-only imports may
 * cross (sharing a type couples nothing at run time). Packages are checked by the
 * `no-restricted-imports` rules in eslint.config.js.
 */
import { dirname, relative, resolve, sep } from 'node:path'

const SRC = resolve(import.meta.dirname, '../src')

/** Folders of src/ each folder may import (itself always). `root` is src/*.ts and src/*.vue. */
export const ZONES = {
  domain: [],
  // Browser helpers with no UI and no state (idle scheduling): anything above the data may use them.
  lib: [],
  i18n: ['domain'],
  formats: ['domain'],
  import: ['domain', 'formats'],
  export: ['domain', 'formats'],
  db: ['domain'],
  workers: ['domain', 'formats', 'import', 'db', 'export'],
  charts: ['domain'],
  stores: ['lib', 'domain', 'db', 'formats', 'import', 'workers', 'export', 'i18n'],
  composables: ['lib', 'domain', 'stores', 'charts', 'export', 'i18n', 'workers'],
  components: ['lib', 'domain', 'stores', 'composables', 'charts', 'export', 'i18n'],
  views: ['lib', 'domain', 'stores', 'composables', 'charts', 'export', 'i18n', 'components'],
  styles: [],
  root: ['lib', 'domain', 'stores', 'composables', 'charts', 'i18n', 'components', 'views', 'styles'],
}

/** The zone of a file under src/, or null outside src/. */
export function zoneOf(file) {
  const rel = relative(SRC, file)
  if (rel.startsWith('..') || rel === '') return null
  const parts = rel.split(sep)
  // `../../db` names the folder itself (its index): that is the db zone, not a root file.
  if (parts.length === 1) return parts[0] in ZONES && parts[0] !== 'root' ? parts[0] : 'root'
  return parts[0]
}

/** An entry names a folder of src/ (`formats`) or a part of one (`import/raw-table` for src/import/raw-table.ts or src/import/raw-table/…). */
function allowedBy(allowed, target) {
  const rel = relative(SRC, target).split(sep).join('/')
  return allowed.some((entry) => rel === entry || rel.startsWith(`${entry}.`) || rel.startsWith(`${entry}/`))
}

function resolveSpecifier(spec, file) {
  if (spec.startsWith('@/')) return resolve(SRC, spec.slice(2))
  if (spec.startsWith('./') || spec.startsWith('../')) return resolve(dirname(file), spec)
  return null // a package
}

const typeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'))

export const zonesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the folders of src/ to the one-way data flow of STYLE.md.' },
    messages: {
      forbidden: 'src/{{from}} must not import src/{{to}} ({{spec}}): allowed are {{allowed}}.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const from = zoneOf(file)
    if (!from || !(from in ZONES)) return {}
    const allowed = ZONES[from]
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return
      const target = resolveSpecifier(source.value, file)
      if (!target) return
      const to = zoneOf(target)
      if (!to || to === from || allowedBy(allowed, target)) return
      context.report({
        node: source,
        messageId: 'forbidden',
        data: { from, to, spec: source.value, allowed: allowed.length ? allowed.join(', ') : 'none' },
      })
    }
    return {
      ImportDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ExportNamedDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ExportAllDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    }
  },
}

export default { rules: { zones: zonesRule } }
