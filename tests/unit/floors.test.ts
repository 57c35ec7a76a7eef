/**
 * The engine's floors (README, "Layout and floors"): each folder of src/ imports only its own
 * floor and the floors below it, no files import each other in a circle, collection folders do not
 * import each other, and code that runs in the browser never loads a Node-only module. Read from
 * the source by TypeScript's parser (import-graph.ts), so a climbing import fails here, not in review.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers.ts';
import { cycles, importGraph, importsIn, type Import } from './import-graph.ts';

/** The floors, lowest first. A file belongs to the first floor whose test it passes. */
const FLOORS: { name: string; holds: (file: string) => boolean }[] = [
  { name: 'schemas', holds: (file) => file.startsWith('src/schemas/') },
  { name: 'core', holds: (file) => file.startsWith('src/core/') },
  { name: 'strings', holds: (file) => file.startsWith('src/strings/') },
  { name: 'lib', holds: (file) => file.startsWith('src/lib/') },
  { name: 'collections', holds: (file) => file.startsWith('src/collections/') && !file.endsWith('.astro') },
  { name: 'engine', holds: (file) => file.startsWith('src/engine/') },
  { name: 'islands and client scripts', holds: (file) => file.startsWith('src/islands/') || file.startsWith('src/client/') },
  { name: 'integrations', holds: (file) => file.startsWith('src/integrations/') },
  { name: 'data', holds: (file) => file.startsWith('src/data/') },
  { name: 'views', holds: (file) => file.startsWith('src/components/') || file.startsWith('src/layouts/') || (file.startsWith('src/collections/') && file.endsWith('.astro')) },
  { name: 'pages', holds: (file) => file.startsWith('src/pages/') || file === 'src/content.config.ts' },
];

/** Files that are not code of a floor: styles and the like, which any floor may import. */
const isAsset = (file: string) => /\.(css|svg|png|json)$/.test(file) || file.startsWith('src/styles/');

function floorOf(file: string): number {
  return FLOORS.findIndex((floor) => floor.holds(file));
}

/** The module the build swaps for the playbook's words (src/strings/plugin.node.ts): in the browser it reads no file. */
const SWAPPED_IN_BUILD = 'src/strings/source.ts';

const graph = importGraph(PROJECT_ROOT);
const files = [...graph.keys()];
const runs = (item: Import) => !item.typeOnly;

describe('floors', () => {
  it('puts every file of src/ on a floor', () => {
    expect(files.filter((file) => floorOf(file) === -1 && !isAsset(file))).toEqual([]);
  });

  it('has no file importing a floor above its own', () => {
    const climbing = files.flatMap((file) =>
      graph
        .get(file)!
        .filter((item) => !isAsset(item.to) && floorOf(item.to) > floorOf(file))
        .map((item) => `${file} (${FLOORS[floorOf(file)]!.name}) imports ${item.to} (${FLOORS[floorOf(item.to)]?.name ?? 'no floor'})`),
    );
    expect(climbing).toEqual([]);
  });

  it('has no files that import each other in a circle, even for types', () => {
    expect(cycles(graph, () => true)).toEqual([]);
  });

  it('keeps each collection folder to itself: a folder imports its own files and the shared ones, never another folder or the registry', () => {
    const folderOf = (file: string) => /^src\/collections\/([^/]+)\//.exec(file)?.[1];
    const crossing = files
      .filter((file) => file.startsWith('src/collections/') && !file.endsWith('.astro'))
      .flatMap((file) =>
        graph
          .get(file)!
          .filter((item) => item.to.startsWith('src/collections/'))
          .filter((item) => {
            if (file === 'src/collections/index.ts') return false; // the registry lists every folder
            if (file === 'src/collections/entry-data.ts' && item.typeOnly && item.to.endsWith('/schema.ts')) return false; // the data types, from each schema
            const to = folderOf(item.to);
            // The shared files beside the registry (define.ts, entry-data.ts, template-helpers.ts) serve every folder.
            if (to === undefined) return item.to === 'src/collections/index.ts';
            return folderOf(file) !== to;
          })
          .map((item) => `${file} imports ${item.to}`),
      );
    expect(crossing).toEqual([]);
  });
});

describe('Node and the browser', () => {
  /** Every file a file loads when it runs, following imports that are not types only. */
  function loads(file: string, seen = new Set<string>()): Set<string> {
    for (const item of graph.get(file) ?? []) {
      if (!runs(item) || seen.has(item.to) || item.to === SWAPPED_IN_BUILD) continue;
      seen.add(item.to);
      loads(item.to, seen);
    }
    return seen;
  }

  it('marks Node-only modules: a module that imports node: or a Node-only module is named *.node.ts', () => {
    // Pages, Astro components, the data layer (Astro's content store) and the content config always
    // run in Node, at build time: their folders say so.
    const buildTime = (file: string) => file.endsWith('.astro') || file.startsWith('src/pages/') || file.startsWith('src/data/') || file === 'src/content.config.ts' || file === SWAPPED_IN_BUILD;
    const unmarked = files
      .filter((file) => !file.endsWith('.node.ts') && !buildTime(file))
      .filter((file) => {
        const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
        const node = importsIn(file, text).some((item) => !item.typeOnly && item.specifier.startsWith('node:'));
        return node || graph.get(file)!.some((item) => runs(item) && item.to.endsWith('.node.ts'));
      });
    expect(unmarked).toEqual([]);
  });

  it('never loads a Node-only module from an island or a client script', () => {
    const browser = files.filter((file) => file.startsWith('src/islands/') || file.startsWith('src/client/'));
    const reached = browser.flatMap((file) => [...loads(file)].filter((to) => to.endsWith('.node.ts')).map((to) => `${file} loads ${to}`));
    expect(reached).toEqual([]);
  });
});
