import { afterEach, describe, expect, it } from 'vitest';
import { createMiniWorkspace } from './test-support/mini-workspace.mjs';
import { findVersionDisagreements } from './versions.mjs';

/** @type {ReturnType<typeof createMiniWorkspace> | undefined} */
let workspace;
afterEach(() => workspace?.remove());

describe('findVersionDisagreements', () => {
  it('finds none when the group, the spec and the released spec share a version', async () => {
    workspace = createMiniWorkspace({ version: '1.4.0' });
    expect(await findVersionDisagreements(workspace.root)).toEqual([]);
  });

  it('names a package of the fixed group that left it', async () => {
    workspace = createMiniWorkspace({ version: '1.4.0' });
    workspace.write(
      'packages/mock/package.json',
      JSON.stringify({ name: '@pave-kit/mock', version: '1.5.0' }),
    );
    expect(await findVersionDisagreements(workspace.root)).toEqual([
      expect.stringMatching(/^@pave-kit\/mock is 1\.5\.0 but @pave-kit\/contract is 1\.4\.0/),
    ]);
  });

  it('does not hold auth, which is versioned on its own, to the group', async () => {
    workspace = createMiniWorkspace({ version: '1.4.0' });
    workspace.write(
      'packages/auth/package.json',
      JSON.stringify({ name: '@pave-kit/auth', version: '0.3.0' }),
    );
    expect(await findVersionDisagreements(workspace.root)).toEqual([]);
  });

  it("names the spec when its info.version is not the contract's version", async () => {
    workspace = createMiniWorkspace({ version: '1.4.0' });
    workspace.write(
      'openapi/pave.yaml',
      'openapi: 3.1.0\ninfo:\n  title: Items\n  version: 2.0.0\npaths: {}\n',
    );
    expect(await findVersionDisagreements(workspace.root)).toEqual([
      "openapi/pave.yaml (the spec) has info.version 2.0.0 but @pave-kit/contract is 1.4.0: set it to 1.4.0; info.version follows the contract's released version, and only `pnpm release:version` moves it",
    ]);
  });
});
