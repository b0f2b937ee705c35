// The flow the README draws, as data: each project's `layer:` tag places it, and a project may
// depend only on projects in layers below its own. Nx finds the dependencies (package.json
// dependencies of every kind, imports, implicitDependencies); this module only judges them.

/** Lowest first. Projects in one layer are independent of each other. */
export const LAYERS = [
  'build', // workspace support the projects above import: the tsdown build recipe, the test support
  'spec', // openapi/pave.yaml
  'contract', // what is generated from the spec: types, the run-time contract
  'auth',
  'client',
  'mock',
  'app', // cli, portal
  'test', // projects that hold only tests of the layers below
  'tools', // workspace scripts: spec checks, the spec diff, benchmarks, pack checks, the launcher
  'release', // the release machinery: versions, the breaking-change gate, the registry rehearsal
];

const TAG_PREFIX = 'layer:';

/**
 * @typedef {{ source: string, target: string, type: string }} GraphDependency
 * @typedef {{ name: string, data: { root: string, tags?: string[], metadata?: { js?: { packageName?: string } } } }} GraphNode
 * @typedef {{ nodes: Record<string, GraphNode>, dependencies: Record<string, GraphDependency[]> }} ProjectGraph
 * the `graph` field of `nx graph --file=graph.json`
 * @typedef {(root: string) => Record<string, Record<string, string>> | undefined} ReadManifest
 * reads the package.json of a project root, if it has one
 */

/**
 * @param {ProjectGraph} graph
 * @param {ReadManifest} readManifest used to say which package.json field declares a dependency
 * @returns {string[]} one sentence per problem; empty when the graph runs one way
 */
export function findLayerProblems(graph, readManifest) {
  const problems = [];
  /** @type {Map<string, number>} */
  const rank = new Map();
  for (const [name, node] of Object.entries(graph.nodes)) {
    const tags = (node.data.tags ?? []).filter((tag) => tag.startsWith(TAG_PREFIX));
    const layer = tags[0]?.slice(TAG_PREFIX.length);
    if (tags.length !== 1 || layer === undefined || !LAYERS.includes(layer)) {
      const found = tags.length === 0 ? 'none' : tags.join(', ');
      problems.push(
        `${name} (${node.data.root}) must have exactly one of the tags ${LAYERS.map((l) => TAG_PREFIX + l).join(', ')} in its project.json; found ${found}`,
      );
      continue;
    }
    rank.set(name, LAYERS.indexOf(layer));
  }

  for (const [source, dependencies] of Object.entries(graph.dependencies)) {
    for (const { target, type } of dependencies) {
      const from = rank.get(source);
      const to = rank.get(target);
      if (from === undefined || to === undefined || to < from) continue;
      const fromLayer = TAG_PREFIX + LAYERS[from];
      const toLayer = TAG_PREFIX + LAYERS[to];
      const where = to === from ? `also in ${toLayer}` : `above it (${toLayer})`;
      const allowed = LAYERS.slice(0, from).map((layer) => TAG_PREFIX + layer);
      problems.push(
        `${source} -> ${target}: ${source} (${fromLayer}) must not depend on ${target}, which is ${where}; ` +
          `found ${declaredBy(graph, source, target, type, readManifest)}. ` +
          `${source} may depend only on ${allowed.length > 0 ? allowed.join(', ') : 'nothing in the workspace'}.`,
      );
    }
  }
  return problems.sort();
}

/**
 * @param {ProjectGraph} graph
 * @param {string} source
 * @param {string} target
 * @param {string} type
 * @param {ReadManifest} readManifest
 * @returns {string} where the dependency is written down, as precisely as the graph allows
 */
function declaredBy(graph, source, target, type, readManifest) {
  const root = graph.nodes[source]?.data.root ?? source;
  if (type === 'implicit') return `in implicitDependencies of ${root}/project.json`;
  const packageName = graph.nodes[target]?.data.metadata?.js?.packageName;
  const manifest = readManifest(root);
  const fields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
  const declaring = fields.filter((field) => packageName && manifest?.[field]?.[packageName]);
  if (declaring.length > 0) return `in ${declaring.join(' and ')} of ${root}/package.json`;
  return `in an import under ${root}/`;
}
