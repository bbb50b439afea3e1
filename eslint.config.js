// Lint rules, including the one-way data flow of ../STYLE.md as import boundaries: between the
// folders of src/ by the `veikart/zones` rule (eslint/zones.js, which resolves relative and `@/`
// paths alike), and for packages here: domain imports no framework; only db imports dexie;
// only import imports papaparse; only charts imports echarts.
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import zones from './eslint/zones.js'

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
  {
    files: ['src/**/*.ts', 'src/**/*.vue'],
    plugins: { veikart: zones },
    rules: { 'veikart/zones': 'error' },
  },
  {
    // `f(...list)` passes every element as an argument: past ~120 000 elements the call
    // overflows the stack (Math.min over 130 000 start years blanked the overview). Use
    // minOf / maxOf / pushAll from src/domain/array.ts, or a loop. (Tests build small data.)
    files: ['src/**', 'scripts/**', 'bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'No spread arguments: they overflow the stack on long arrays. Use minOf/maxOf/pushAll (src/domain/array.ts) or a loop.',
        },
      ],
    },
  },
  {
    // Small files and functions (issue #14): a file past ~300 lines or a function past ~80 is
    // split into named steps. In a .vue file <script setup> is module code, not a function, so
    // the function rule sees only the functions inside it; the file rule counts the template too.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Message catalogs are data, one key a line: their length is the app's vocabulary.
    files: ['src/i18n/nb*.ts', 'src/i18n/en*.ts'],
    rules: { 'max-lines': 'off' },
  },
  boundary(
    ['src/domain/**'],
    [
      ...banned(
        [...framework, 'fflate'],
        'src/domain is pure TypeScript: no framework, storage, parser or chart imports.',
      ),
    ],
  ),
  boundary(
    ['src/lib/**'],
    [
      ...banned(
        [...framework, 'fflate'],
        'src/lib holds browser helpers: no framework, storage, parser or charts.',
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
    [...banned(['dexie', 'papaparse', 'pinia'], 'src/charts builds options from domain values only.')],
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
    ],
  ),
  prettier,
)
