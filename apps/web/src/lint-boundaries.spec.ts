// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The web app's lint rule that keeps features apart (eslint.config.js, one block per folder of src/features): linted
 * with the repository's own configuration, as `npx eslint apps/web` does.
 */
const REPO_ROOT = decodeURIComponent(new URL('../../../', import.meta.url).pathname);
const IN_ACTIONS = 'apps/web/src/features/actions/components/probe.tsx';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
});

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('feature boundaries', () => {
  it('refuses a feature importing another feature, by a sibling path or through the features folder', { timeout: 60_000 }, async () => {
    const sibling = await problems("import { EscalationSummary } from '../../escalations/components/escalation-summary';\nexport { EscalationSummary };\n", IN_ACTIONS);
    expect(sibling).toEqual([expect.stringContaining('The actions feature may not import another feature')]);
    const throughFeatures = await problems("import { usePartner } from '../../../features/partners/api/get-partner';\nexport { usePartner };\n", IN_ACTIONS);
    expect(throughFeatures).toEqual([expect.stringContaining('The actions feature may not import another feature')]);
  });

  it('lets a feature import its own files and the shared components and lib', { timeout: 60_000 }, async () => {
    const code = [
      "import { formatDateTime } from '../format';",
      "import { useAction } from '../../actions/api/get-action';",
      "import { ErrorSummary } from '../../../components/error-summary';",
      "import { usePeople } from '../../../lib/lookups/lookups';",
      'export { formatDateTime, useAction, ErrorSummary, usePeople };',
      '',
    ].join('\n');
    expect(await problems(code, IN_ACTIONS)).toEqual([]);
  });

  it('lets pages in app/routes compose features', { timeout: 60_000 }, async () => {
    const code = "import { ActionEscalations } from '../../features/escalations/components/action-escalations';\nexport { ActionEscalations };\n";
    expect(await problems(code, 'apps/web/src/app/routes/probe.tsx')).toEqual([]);
  });

  it('still keeps the API’s code out of a feature', { timeout: 60_000 }, async () => {
    expect(await problems("import { DataSource } from 'typeorm';\nexport { DataSource };\n", IN_ACTIONS)).toEqual([
      expect.stringContaining('The web app may only share code through @steerline/contracts.'),
    ]);
  });
});
