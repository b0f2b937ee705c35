import { afterEach, describe, expect, it } from 'vitest';
import { checkBreakingChanges } from './breaking-change-gate.mjs';
import { createMiniWorkspace } from './test-support/mini-workspace.mjs';

/** @type {ReturnType<typeof createMiniWorkspace> | undefined} */
let workspace;
afterEach(() => workspace?.remove());

const removedName =
  '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/name';

/** @param {Record<string, string>} releases @param {string} [name] */
function changeset(releases, name = 'a-change') {
  const lines = Object.entries(releases).map(([pkg, type]) => `"${pkg}": ${type}`);
  workspace?.write(`.changeset/${name}.md`, `---\n${lines.join('\n')}\n---\n\nWhat changed.\n`);
}

describe('checkBreakingChanges', () => {
  it('passes a spec whose changes break no client', async () => {
    workspace = createMiniWorkspace({ fixture: 'response-property-added' });
    const { ok, report } = await checkBreakingChanges(workspace.root);
    expect(ok).toBe(true);
    expect(report).toMatch(/^No breaking spec change since the last release .*; 1 other change/);
  });

  it('fails a breaking change with no changeset, naming it and how to record it', async () => {
    workspace = createMiniWorkspace({ fixture: 'response-property-removed' });
    const { ok, report } = await checkBreakingChanges(workspace.root);
    expect(ok).toBe(false);
    expect(report).toContain('(it would be: none)');
    expect(report).toContain(`  ${removedName}\n    GET /items/{id}: [Removed] property \`name\``);
    expect(report).toContain('run `pnpm changeset`');
    expect(report).toContain('"@pave-kit/contract": major');
  });

  it('fails a breaking change recorded as a minor one', async () => {
    workspace = createMiniWorkspace({ fixture: 'request-property-made-required' });
    changeset({ '@pave-kit/contract': 'minor' });
    const { ok, report } = await checkBreakingChanges(workspace.root);
    expect(ok).toBe(false);
    expect(report).toContain('(it would be: minor)');
  });

  it('fails when only a package outside the group goes major', async () => {
    workspace = createMiniWorkspace({ fixture: 'response-status-removed' });
    changeset({ '@pave-kit/auth': 'major' });
    expect((await checkBreakingChanges(workspace.root)).ok).toBe(false);
  });

  it('passes a breaking change that a major changeset of the group records', async () => {
    workspace = createMiniWorkspace({ fixture: 'response-property-removed' });
    changeset({ '@pave-kit/types': 'major', '@pave-kit/auth': 'patch' }, 'nullable-fields');
    const { ok, report } = await checkBreakingChanges(workspace.root);
    expect(ok).toBe(true);
    expect(report).toBe(
      '1 breaking spec change(s) since the last release (openapi/pave.yaml against openapi/released/pave.yaml), released as a major version by .changeset/nullable-fields.md.',
    );
  });
});
