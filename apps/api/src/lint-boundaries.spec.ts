import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The feature-boundaries rule of eslint.config.js, run on code it has never seen: a feature may use another only
 * through its *.module.ts and *.service.ts, and anything in the shared folders (common, database, config, http).
 */
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
const inEscalations = path.join(root, 'apps/api/src/escalations/some-new-file.ts');

async function boundaryErrors(code: string, filePath = inEscalations): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'steerline/feature-boundaries').map((message) => message.message);
}

describe('feature boundaries (eslint.config.js)', () => {
  it("refuses a file of one feature importing another feature's internal file", async () => {
    const errors = await boundaryErrors(`import { readAction } from '../actions/action.queries.js';\nexport const read = readAction;\n`);
    expect(errors).toEqual([expect.stringContaining("'../actions/action.queries.js' is inside the actions feature")]);
  }, 60_000);

  it('refuses it from a nested folder and for re-exports too', async () => {
    const nested = path.join(root, 'apps/api/src/reviews/dto/some-new-file.ts');
    expect(await boundaryErrors(`export { canEditAction } from '../../actions/actions.policy.js';\n`, nested)).toHaveLength(1);
  }, 60_000);

  it("allows another feature's module and service, the shared folders and the feature's own files", async () => {
    const code = [
      `import { ActionsModule } from '../actions/actions.module.js';`,
      `import { ActionsService } from '../actions/actions.service.js';`,
      `import { ActionIdPipe } from '../common/validation/id-pipes.js';`,
      `import { PreparedStatement } from '../database/prepared-statement.js';`,
      `import { readEscalation } from './escalation.queries.js';`,
      `export const used = [ActionsModule, ActionsService, ActionIdPipe, PreparedStatement, readEscalation];`,
      '',
    ].join('\n');
    expect(await boundaryErrors(code)).toEqual([]);
  }, 60_000);
});
