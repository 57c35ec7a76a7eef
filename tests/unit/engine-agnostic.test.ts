/**
 * The engine is content-agnostic: no file in src/ names an id from the default playbook in
 * content/, so a fork can delete or rename any entry without touching the engine. Every id is
 * read from the content (entry ids, the ids inside entries such as action steps and audit items,
 * and the playbook's phase, subject and component ids) and looked for in the string literals of
 * src/ by the rules in tests/unit/id-mentions.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { readPlaybook } from '../../src/core/playbook-folder.node.ts';
import { idMentions, namesId, stringLiterals } from './id-mentions.ts';
import { entryJsonSchema, yamlSchemaFiles, type JsonSchema } from '../../src/engine/scaffold/json-schemas.ts';
import { PROJECT_ROOT } from './helpers.ts';

const CONTENT = path.join(PROJECT_ROOT, 'content');
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|js|mjs|astro|css)$/;

/** Every `id` value anywhere inside parsed data. */
function nestedIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) nestedIds(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') into.add(inner);
      else nestedIds(inner, into);
    }
  }
}

/** The property names of every schema: field names the engine must use, such as `primary` in colours. */
function fieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (schema: unknown) => {
    if (Array.isArray(schema)) schema.forEach(walk);
    else if (schema && typeof schema === 'object') {
      const properties = (schema as JsonSchema).properties;
      if (properties && typeof properties === 'object') for (const name of Object.keys(properties)) names.add(name);
      Object.values(schema).forEach(walk);
    }
  };
  for (const spec of COLLECTIONS) walk(entryJsonSchema(spec.name));
  for (const file of yamlSchemaFiles()) walk(file.schema);
  return names;
}

/** The ids of the default playbook, except those that are also a schema's field name. */
function defaultIds(): { ids: Set<string>; skipped: string[] } {
  const read = readContent(PROJECT_ROOT, CONTENT);
  const ids = new Set<string>();
  for (const entry of read.entries) {
    ids.add(entry.id);
    nestedIds(entry.data, ids);
  }
  const playbook = readPlaybook(CONTENT);
  for (const list of [playbook?.phases, playbook?.subjects, playbook?.components]) for (const term of list ?? []) ids.add(term.id);
  const fields = fieldNames();
  const skipped = [...ids].filter((id) => fields.has(id)).sort();
  for (const id of skipped) ids.delete(id);
  return { ids, skipped };
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE_EXTENSIONS.test(entry.name) ? [full] : [];
  });
}

describe('the engine names no default content', () => {
  const { ids, skipped } = defaultIds();

  it('reads the ids of every kind of entry in content/', () => {
    expect(ids.size).toBeGreaterThan(200);
    // Entry ids of collections stored one a file and in lists, and ids inside entries.
    const read = readContent(PROJECT_ROOT, CONTENT);
    for (const name of ['techniques', 'strands', 'sources', 'audits'] as const) {
      const sample = read.entries.find((entry) => entry.collection === name)!;
      expect(ids.has(sample.id), `${name} ${sample.id}`).toBe(true);
    }
    // Only field names are set aside (the phase "primary" is also colours.primary), and they are few.
    expect(skipped.length, skipped.join(', ')).toBeLessThan(5);
  });

  it('no string literal in src/ names one of them', () => {
    const mentions: string[] = [];
    for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
      for (const mention of idMentions(readFileSync(file, 'utf8'), ids)) {
        mentions.push(`${path.relative(PROJECT_ROOT, file)}:${mention.line}: names "${mention.id}" in ${JSON.stringify(mention.literal.slice(0, 80))}`);
      }
    }
    expect(mentions, mentions.join('\n')).toEqual([]);
  });
});

describe('finding an id in source code', () => {
  const ids = ['cold-call', 'questioning', 'hill-sewell-2025'];
  const find = (source: string) => idMentions(source, ids).map((mention) => `${mention.line}:${mention.id}`);

  it('finds an id that is a whole literal, in any kind of quotes', () => {
    expect(find(`const a = 'cold-call';\nconst b = "questioning";\nconst c = \`cold-call\`;`)).toEqual(['1:cold-call', '2:questioning', '3:cold-call']);
  });

  it('finds an id as a segment of a path or URL', () => {
    expect(find(`href={withBase(base, 'techniques/cold-call/')}`)).toEqual(['1:cold-call']);
    expect(find(`const url = \`\${base}strands/questioning/#top\`;`)).toEqual(['1:questioning']);
    expect(find(`<a href="/strands/questioning/">x</a>`)).toEqual(['1:questioning']);
  });

  it('finds an id of several words anywhere in a literal, but a one-word id only on its own', () => {
    expect(find(`describe('Stable id, like "hill-sewell-2025".')`)).toEqual(['1:hill-sewell-2025']);
    expect(find(`label: 'Good questioning techniques'`)).toEqual([]);
    expect(find(`'a cold-caller'`)).toEqual([]);
    expect(find(`'precold-call'`)).toEqual([]);
  });

  it('ignores comments and code outside strings', () => {
    expect(find(`// like 'cold-call'\n/* 'questioning' */\nconst questioning = 1;\n<!-- "cold-call" -->`)).toEqual([]);
  });

  it('counts lines through multi-line comments and template literals, and survives an apostrophe in prose', () => {
    expect(find(`/*\n\n*/\nconst a = \`x\ny\`;\nconst b = 'cold-call';`)).toEqual(['6:cold-call']);
    expect(find(`<p>The playbook's own</p>\n<a href="/techniques/cold-call/">`)).toEqual(['2:cold-call']);
  });

  it('reads escaped quotes inside a literal', () => {
    expect(stringLiterals(`'it\\'s' "say \\"hi\\""`).map((literal) => literal.text)).toEqual(["it's", 'say "hi"']);
    expect(namesId('cold-call', 'cold-call')).toBe(true);
  });
});
