// Lint rules, including the one-way data flow of ../STYLE.md as import boundaries:
// domain imports no framework; only db imports dexie; only import imports papaparse;
// only charts imports echarts; views and components reach db and import through stores.
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const framework = [
  'vue',
  'vue-router',
  'vue-i18n',
  'pinia',
  'dexie',
  'papaparse',
  'echarts',
  'echarts/*',
  'vue-echarts',
]
const banned = (names, message) => names.map((name) => ({ group: [name], message }))

// Type-only imports may cross boundaries: sharing a type couples nothing at run time.
const boundary = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) },
    ],
  },
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'docs/**'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'vue/no-v-html': 'error',
      eqeqeq: 'error',
    },
  },
  boundary(
    ['src/domain/**'],
    [
      ...banned(framework, 'src/domain is pure TypeScript: no framework, storage, parser or chart imports.'),
      ...banned(
        ['@/db', '@/db/*', '@/import/*', '@/stores/*', '@/charts/*', '@/components/*', '@/views/*'],
        'src/domain depends on nothing else in src.',
      ),
    ],
  ),
  boundary(
    ['src/import/**'],
    [
      ...banned(
        ['vue', 'vue-router', 'pinia', 'dexie', 'echarts', 'echarts/*', 'vue-echarts'],
        'src/import turns bytes into domain values; no UI, storage or charts.',
      ),
      ...banned(
        ['@/db', '@/db/*', '@/stores/*', '@/components/*', '@/views/*'],
        'src/import must not reach storage or UI.',
      ),
    ],
  ),
  boundary(
    ['src/formats/**'],
    [
      ...banned(
        [...framework, 'read-excel-file', 'read-excel-file/*'],
        'src/formats describes a source kind (columns, readers): no UI, storage, parsers or charts.',
      ),
      ...banned(
        ['@/db', '@/db/*', '@/stores/*', '@/charts/*', '@/components/*', '@/views/*', '@/export/*'],
        'src/formats depends only on src/domain.',
      ),
    ],
  ),
  boundary(
    ['src/export/**'],
    [
      ...banned(
        [...framework, 'read-excel-file', 'read-excel-file/*'],
        'src/export turns domain values into files: no UI, storage, parsers or charts.',
      ),
      {
        group: ['@/db', '@/db/*', '@/stores/*', '@/charts/*', '@/components/*', '@/views/*'],
        message: 'src/export must not reach storage or UI.',
      },
      {
        group: ['@/import/*', '!@/import/formats', '!@/import/columns'],
        message: 'src/export may read the import formats (formats, columns), not the import pipeline.',
      },
    ],
  ),
  boundary(
    ['src/db/**'],
    [
      ...banned(
        ['vue', 'vue-router', 'pinia', 'papaparse', 'echarts', 'echarts/*', 'vue-echarts'],
        'src/db is storage only.',
      ),
      ...banned(
        ['@/import/*', '@/stores/*', '@/components/*', '@/views/*'],
        'src/db must not reach import or UI.',
      ),
    ],
  ),
  boundary(
    ['src/charts/**'],
    [
      ...banned(['dexie', 'papaparse', 'pinia'], 'src/charts builds options from domain values only.'),
      ...banned(
        ['@/db', '@/db/*', '@/import/*', '@/stores/*'],
        'src/charts builds options from domain values only.',
      ),
    ],
  ),
  boundary(
    ['src/stores/**', 'src/composables/**', 'src/i18n/**', 'src/*.ts', 'src/*.vue'],
    [
      ...banned(['dexie'], 'Only src/db imports dexie.'),
      ...banned(['papaparse'], 'Only src/import imports papaparse.'),
      ...banned(
        ['echarts', 'echarts/*', 'vue-echarts'],
        'Only src/charts imports echarts (and vue-echarts).',
      ),
    ],
  ),
  boundary(
    ['src/views/**', 'src/components/**'],
    [
      ...banned(['dexie'], 'Only src/db imports dexie.'),
      ...banned(['papaparse'], 'Only src/import imports papaparse.'),
      ...banned(
        ['echarts', 'echarts/*', 'vue-echarts'],
        'Only src/charts imports echarts (and vue-echarts).',
      ),
      ...banned(
        ['@/db', '@/db/*', '@/import/*'],
        'Views and components reach storage and import through the stores.',
      ),
    ],
  ),
  prettier,
)
