/**
 * The editor names no collection: what a field needs is said in the collections' schemas (editor
 * hints) and definitions, so no string literal in the editor's code (src/islands/, src/lib/editor/,
 * src/engine/editor/) is a collection's name or route, and a fork's new collection needs no change
 * there. Read with the same literal finder as the content-id test (id-mentions.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/collections/index.ts';
import { idMentions } from '../id-mentions.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const FOLDERS = ['src/islands', 'src/lib/editor', 'src/engine/editor'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const names = [...new Set(COLLECTIONS.flatMap((definition) => [definition.name, definition.route]))];

describe('the editor names no collection', () => {
  it('knows every collection\'s name and route', () => {
    expect(names).toContain('techniques');
    expect(names).toContain('case-studies');
  });

  it('has no string literal that is a collection\'s name or route', () => {
    const mentions = FOLDERS.flatMap((folder) =>
      sourceFiles(path.join(PROJECT_ROOT, folder)).flatMap((file) =>
        idMentions(readFileSync(file, 'utf8'), names).map((mention) => `${path.relative(PROJECT_ROOT, file)}:${mention.line}: names "${mention.id}" in ${JSON.stringify(mention.literal.slice(0, 80))}`),
      ),
    );
    expect(mentions, mentions.join('\n')).toEqual([]);
  });

  it('would find one', () => {
    expect(idMentions(`const kind = 'sequences';\nconst url = \`editor/techniques/\${id}.json\`;`, names).map((mention) => mention.id)).toEqual(['sequences', 'techniques']);
  });
});
