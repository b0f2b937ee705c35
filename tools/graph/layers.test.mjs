import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findLayerProblems, LAYERS } from './layers.mjs';

const WORKSPACE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHECK = fileURLToPath(new URL('./check-layers.mjs', import.meta.url));

/**
 * @param {Record<string, string[]>} tags project name -> tags (its root is packages/<name>)
 * @param {[string, string, string?][]} edges [source, target, type]
 * @returns {import('./layers.mjs').ProjectGraph}
 */
function graphOf(tags, edges) {
  /** @type {import('./layers.mjs').ProjectGraph} */
  const graph = { nodes: {}, dependencies: {} };
  for (const [name, projectTags] of Object.entries(tags)) {
    graph.nodes[name] = {
      name,
      data: {
        root: `packages/${name}`,
        tags: ['npm:public', ...projectTags],
        metadata: { js: { packageName: `@pave-kit/${name}` } },
      },
    };
    graph.dependencies[name] = [];
  }
  for (const [source, target, type = 'static'] of edges) {
    graph.dependencies[source]?.push({ source, target, type });
  }
  return graph;
}

const noManifest = () => undefined;
const flow = {
  openapi: ['layer:spec'],
  types: ['layer:contract'],
  auth: ['layer:auth'],
  client: ['layer:client'],
  mock: ['layer:mock'],
  cli: ['layer:app'],
};

describe('findLayerProblems', () => {
  it('accepts a graph where every arrow points down, external packages aside', () => {
    const graph = graphOf(flow, [
      ['types', 'openapi', 'implicit'],
      ['client', 'types'],
      ['client', 'auth'],
      ['mock', 'auth'],
      ['cli', 'client'],
      ['cli', 'mock'],
      ['auth', 'npm:openapi-fetch'],
    ]);
    expect(findLayerProblems(graph, noManifest)).toEqual([]);
  });

  it('refuses a dependency on a higher layer, naming both projects and the package.json field', () => {
    const graph = graphOf(flow, [['client', 'mock']]);
    const manifest = { devDependencies: { '@pave-kit/mock': 'workspace:^' } };
    const problems = findLayerProblems(graph, (root) =>
      root === 'packages/client' ? manifest : undefined,
    );
    expect(problems).toEqual([
      'client -> mock: client (layer:client) must not depend on mock, which is above it ' +
        '(layer:mock); found in devDependencies of packages/client/package.json. ' +
        'client may depend only on layer:build, layer:spec, layer:contract, layer:auth.',
    ]);
  });

  it('says an undeclared dependency comes from an import, and an implicit one from project.json', () => {
    const graph = graphOf(flow, [
      ['auth', 'client'],
      ['openapi', 'types', 'implicit'],
    ]);
    const problems = findLayerProblems(graph, noManifest);
    expect(problems).toHaveLength(2);
    const [fromImport, fromProjectJson] = problems;
    expect(fromImport).toContain('auth -> client: auth (layer:auth) must not depend on client');
    expect(fromImport).toContain('found in an import under packages/auth/');
    expect(fromProjectJson).toContain('openapi -> types:');
    expect(fromProjectJson).toContain('in implicitDependencies of packages/openapi/project.json');
    expect(fromProjectJson).toContain('openapi may depend only on layer:build.');
  });

  it('refuses a dependency inside one layer', () => {
    const graph = graphOf({ ...flow, portal: ['layer:app'] }, [['cli', 'portal']]);
    const [problem] = findLayerProblems(graph, noManifest);
    expect(problem).toContain(
      'cli (layer:app) must not depend on portal, which is also in layer:app',
    );
  });

  it.each([
    ['no layer tag', [], 'found none'],
    ['an unknown layer', ['layer:clinet'], 'found layer:clinet'],
    ['two layers', ['layer:auth', 'layer:client'], 'found layer:auth, layer:client'],
  ])('names a project with %s', (_, tags, found) => {
    const [problem] = findLayerProblems(graphOf({ ...flow, stray: tags }, []), noManifest);
    expect(problem).toContain(
      `stray (packages/stray) must have exactly one of the tags layer:build`,
    );
    expect(problem).toContain(found);
  });

  it('lists the layers in the order of the flow', () => {
    expect(LAYERS.indexOf('spec')).toBeLessThan(LAYERS.indexOf('contract'));
    expect(LAYERS.indexOf('contract')).toBeLessThan(LAYERS.indexOf('auth'));
    expect(LAYERS.indexOf('auth')).toBeLessThan(LAYERS.indexOf('client'));
    expect(LAYERS.indexOf('client')).toBeLessThan(LAYERS.indexOf('mock'));
    expect(LAYERS.indexOf('mock')).toBeLessThan(LAYERS.indexOf('app'));
  });
});

describe('check-layers on a workspace Nx reads', () => {
  const folder = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** @param {string} path @param {unknown} content */
  function write(path, content) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }

  /** @param {string} name @param {string} layer @param {object} [fields] more package.json */
  function project(name, layer, fields = {}) {
    const manifest = { name: `@pave-kit/${name}`, version: '0.0.0', type: 'module', ...fields };
    write(`packages/${name}/package.json`, manifest);
    write(`packages/${name}/project.json`, { name, tags: [`layer:${layer}`] });
    write(`packages/${name}/src/index.ts`, `export const ${name} = 1;\n`);
  }

  it('refuses a backward devDependency and a backward import, with this workspace nx.json', () => {
    // The real nx.json, so the test fails if the workspace stops Nx from reading imports.
    copyFileSync(join(WORKSPACE_ROOT, 'nx.json'), join(folder, 'nx.json'));
    symlinkSync(join(WORKSPACE_ROOT, 'node_modules'), join(folder, 'node_modules'));
    write('package.json', { name: 'layers-fixture', private: true, type: 'module' });
    write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    project('types', 'contract');
    project('auth', 'auth', { devDependencies: { '@pave-kit/client': 'workspace:^' } });
    project('client', 'client', { dependencies: { '@pave-kit/auth': 'workspace:^' } });
    write('packages/types/src/status.ts', "export { client } from '../../client/src/index.js';\n");

    const run = spawnSync(process.execPath, [CHECK], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(1);
    expect(output).toContain(
      'auth -> client: auth (layer:auth) must not depend on client, which is above it ' +
        '(layer:client); found in devDependencies of packages/auth/package.json.',
    );
    expect(output).toContain(
      'types -> client: types (layer:contract) must not depend on client, which is above it ' +
        '(layer:client); found in an import under packages/types/.',
    );
    expect(output).toContain('2 problem(s)');
  });
});
