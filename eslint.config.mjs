import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const WEB_SRC = 'apps/web/src';

/** The SPA's features, read from disk so a new feature is fenced in as soon as it exists. */
const webFeatures = readdirSync(new URL(`./${WEB_SRC}/features`, import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Features never import one another (bulletproof-react's rule): a page needing two of them is
 * composed in app/. Both the alias and relative paths out of the feature are refused.
 */
const RELATIVE_DEPTHS = ['../', '../../', '../../../', '../../../../'];

/** Every way to name feature `name` from inside another: the alias and relative paths. */
const featureImports = (name) => [
  `@/features/${name}`,
  `@/features/${name}/**`,
  `**/features/${name}`,
  `**/features/${name}/**`,
  ...RELATIVE_DEPTHS.flatMap((up) => [`${up}${name}`, `${up}${name}/**`]),
];

const featureBoundaries = webFeatures.map((feature) => ({
  files: [`${WEB_SRC}/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: webFeatures.filter((other) => other !== feature).flatMap(featureImports),
            message: `features/${feature} must not import another feature; compose them in app/`,
          },
          {
            group: ['@/app', '@/app/**', '**/app/**'],
            message: 'features never import app/: app/ composes them',
          },
        ],
      },
    ],
  },
}));

/** Shared code sits below features and app/: it never imports either. */
const sharedWebCode = {
  files: ['components', 'hooks', 'lib', 'stores', 'utils', 'types', 'config'].map(
    (folder) => `${WEB_SRC}/${folder}/**/*.{ts,tsx}`,
  ),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              '@/features',
              '@/features/**',
              '@/app',
              '@/app/**',
              '**/features/**',
              '**/app/**',
            ],
            message:
              'shared code (components, hooks, lib, stores, utils, types) never imports features/ or app/',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Constructor parameter types are runtime values for Nest's dependency injection.
    files: ['apps/api/**/*.ts'],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  {
    // Core is platform code: it never reaches into a business module.
    files: ['apps/api/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/modules/**'], message: 'core/ must not import modules/' }] },
      ],
    },
  },
  {
    // The shared lib is imported by both apps: it never imports an app or a framework.
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/**', '@nestjs/*', 'typeorm', 'react', 'react-dom'],
              message: 'libs/shared stays framework-free',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web bundle takes only types from the shared lib, so validators never ship to browsers.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@loved/shared',
              message: 'Use `import type` from @loved/shared',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  sharedWebCode,
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.mjs',
    ],
    rules: { 'no-console': 'off' },
  },
);
