// The core (rubric, scoring, eligibility, review, facts, sheet descriptions, formulas)
// must not depend on a host: lint forbids Office, ExcelJS, React and the DOM
// there, as excalidraw's inner packages forbid importing the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const HOST_MODULES = ['exceljs', 'react', 'react-dom', 'react/*', '@fluentui/*', 'office-js', 'node:*'];
const CORE = [
  'src/rubric/**',
  'src/scoring/**',
  'src/eligibility/**',
  'src/review/**',
  'src/facts/**',
  'src/sheets/**',
  'src/panel/**',
  'src/ranking/**',
  'src/personnel/**',
  'src/fivestar/**',
  'src/finalise/**',
  'src/formula/**',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-preview/**', 'out/**', 'test-output/**', 'coverage/**', 'scratch/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: HOST_MODULES, message: 'The core stays free of hosts: no Office, ExcelJS, React, DOM or Node imports here.' },
            { group: ['**/excel/**', '**/taskpane/**', '**/workbook/**', '**/cli/**'], message: 'The core must not import the adapters that depend on it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'fetch', 'localStorage'],
    },
  },
  {
    // The workflows read files as bytes (through workbook/, which may use ExcelJS) and know no host.
    files: ['src/workflows/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: HOST_MODULES.filter((m) => m !== 'exceljs'), message: 'A workflow stays host-neutral: no Office, React, DOM or Node imports; bytes in, data out.' },
            { group: ['**/excel/**', '**/taskpane/**', '**/cli/**', '**/host/**'], message: 'The programs render the workflows, not the other way round.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'fetch', 'localStorage', 'process'],
    },
  },
  {
    files: ['bin/**', 'scripts/**', '*.config.js', '*.config.ts', '.dependency-cruiser.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', __dirname: 'readonly', module: 'writable' } },
  },
);
