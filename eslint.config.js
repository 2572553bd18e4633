import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The web app may only share code with the API through the contracts library. */
const WEB_SHARES_ONLY_CONTRACTS = { group: ['**/api/src/**', 'typeorm', '@nestjs/*', 'class-validator'], message: 'The web app may only share code through @steerline/contracts.' };

/** Every folder of apps/web/src/features: each gets a block below that forbids importing the others. */
const WEB_FEATURES = readdirSync(fileURLToPath(new URL('apps/web/src/features', import.meta.url)), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Features do not import each other; pages in app/routes compose them, and what several features need lives in
 * components/ or lib/. A relative import reaches another feature only by climbing out of its own and naming the other,
 * either as a sibling (`../../escalations/...`) or through the features folder (`../../../features/escalations/...`).
 * Rule options replace rather than merge, so each block repeats the web app's contracts-only pattern.
 */
const webFeatureBoundary = (feature) => {
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

/**
 * Feature boundaries in the API: each top-level folder of apps/api/src is a feature (actions, escalations, reviews...)
 * and may use another feature only through that feature's `*.module.ts` and `*.service.ts` (Nest modules and their
 * providers). Helpers several features need live in the shared folders, which anyone may import.
 */
const API_SRC = fileURLToPath(new URL('apps/api/src', import.meta.url));
const API_SHARED_FOLDERS = new Set(['common', 'database', 'config', 'http']);
const API_PUBLIC_FILE = /\.(module|service)(\.[jt]s)?$/;

const apiFeatureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "A feature of the API imports another feature only through its *.module.ts and *.service.ts" },
    messages: {
      internal:
        "'{{source}}' is inside the {{target}} feature; {{feature}} may use {{target}} only through its *.module.ts or *.service.ts (move helpers several features need to common/).",
    },
    schema: [],
  },
  create(context) {
    const folderOf = (file) => {
      const relative = path.relative(API_SRC, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
      const parts = relative.split(path.sep);
      return parts.length > 1 ? parts[0] : null;
    };
    const feature = folderOf(path.resolve(context.cwd, context.filename));
    if (!feature) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = folderOf(path.resolve(path.dirname(path.resolve(context.cwd, context.filename)), source));
      if (!target || target === feature || API_SHARED_FOLDERS.has(target) || API_PUBLIC_FILE.test(source)) return;
      context.report({ node: node.source, messageId: 'internal', data: { source, feature, target } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
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
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Only the API's tests and the browser journeys import the test servers; nothing in apps/api/src may.
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:testing'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared', 'scope:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { steerline: { rules: { 'feature-boundaries': apiFeatureBoundaries } } },
    rules: {
      'steerline/feature-boundaries': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: '@steerline/testing', message: 'Test servers belong to the tests, not to the product.' }] }],
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
  ...WEB_FEATURES.map(webFeatureBoundary),
);
