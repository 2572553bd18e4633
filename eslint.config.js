import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The web app may only share code with the API through the contracts library. */
const WEB_SHARES_ONLY_CONTRACTS = { group: ['**/api/src/**', 'typeorm', '@nestjs/*', 'class-validator'], message: 'The web app may only share code through @steerline/contracts.' };

/** Every folder of apps/web/src/features: each gets a block below that forbids importing the others. */
const WEB_FEATURES = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'apps/web/src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Features do not import each other; pages in app/routes compose them, and what several features need lives in
 * components/ or lib/. A relative import reaches another feature only by climbing out of its own and naming the other,
 * either as a sibling (`../../escalations/...`) or through the features folder (`../../../features/escalations/...`).
 * Rule options replace rather than merge, so each block repeats the web app's contracts-only pattern.
 */
const featureBoundary = (feature) => {
  const others = WEB_FEATURES.filter((other) => other !== feature).map(escapeRegExp).join('|');
  return {
    files: [`apps/web/src/features/${feature}/**/*`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            WEB_SHARES_ONLY_CONTRACTS,
            {
              regex: `^(\\.\\./)+((.+/)?features/)?(${others})(/|$)`,
              caseSensitive: true,
              message: `The ${feature} feature may not import another feature: compose them in app/routes, or move what both need to components/ or lib/.`,
            },
          ],
        },
      ],
    },
  };
};

export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/.nx', '**/test-results', '**/playwright-report', '**/*.config.*'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['apps/web/**/*'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [WEB_SHARES_ONLY_CONTRACTS] }],
    },
  },
  ...WEB_FEATURES.map(featureBoundary),
);
