import { afterEach, describe, expect, it } from 'vitest';
import {
  findMalformedChangesets,
  findUnpublishableChangesets,
  pendingContractRelease,
} from './pending-releases.mjs';
import { createMiniWorkspace } from './test-support/mini-workspace.mjs';

/** @type {ReturnType<typeof createMiniWorkspace> | undefined} */
let workspace;
afterEach(() => workspace?.remove());

describe('pendingContractRelease', () => {
  it('moves the contract with its fixed group, and names the changeset that asks a major', async () => {
    workspace = createMiniWorkspace();
    workspace.write('.changeset/a.md', '---\n"@pave-kit/mock": major\n---\n\nx\n');
    workspace.write('.changeset/b.md', '---\n"@pave-kit/client": patch\n---\n\ny\n');
    expect(await pendingContractRelease(workspace.root)).toEqual({
      type: 'major',
      majorChangesets: ['.changeset/a.md'],
    });
  });

  it('is none without changesets', async () => {
    workspace = createMiniWorkspace();
    expect(await pendingContractRelease(workspace.root)).toEqual({
      type: 'none',
      majorChangesets: [],
    });
  });
});

describe('findUnpublishableChangesets', () => {
  it('names a changeset that names a package pave-kit does not publish', async () => {
    workspace = createMiniWorkspace();
    workspace.write(
      'apps/portal/package.json',
      JSON.stringify({ name: '@pave-kit/portal', version: '1.4.0', private: true }),
    );
    workspace.write(
      '.changeset/portal.md',
      '---\n"@pave-kit/portal": minor\n"@pave-kit/cli": patch\n---\n\nx\n',
    );
    workspace.write('.changeset/fine.md', '---\n"@pave-kit/cli": patch\n---\n\ny\n');
    expect(await findUnpublishableChangesets(workspace.root)).toEqual([
      expect.stringMatching(
        /^\.changeset\/portal\.md names @pave-kit\/portal, which pave-kit does not publish/,
      ),
    ]);
  });
});

describe('findMalformedChangesets', () => {
  it('names a changeset whose head a formatter turned into a heading, and passes good ones', async () => {
    workspace = createMiniWorkspace();
    workspace.write('.changeset/mangled.md', '---\n\n## "@pave-kit/types": minor\n\nx\n');
    workspace.write('.changeset/no-head.md', 'just words\n');
    workspace.write(
      '.changeset/fine.md',
      '---\n"@pave-kit/cli": patch\n"@pave-kit/auth": major\n---\n\ny\n',
    );
    expect(await findMalformedChangesets(workspace.root)).toEqual([
      expect.stringMatching(/^\.changeset\/mangled\.md does not start with a head/),
      expect.stringMatching(/^\.changeset\/no-head\.md does not start with a head/),
    ]);
  });
});
