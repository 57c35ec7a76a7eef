/**
 * Editor support made from the zod schemas: the committed JSON Schemas and docs/frontmatter.md
 * are what `npm run schemas` would write now, VS Code is pointed at every schema, and the JSON
 * Schemas accept the real content and reject what the check rejects. Validation uses Ajv, the
 * validator inside VS Code's YAML language server (installed with @astrojs/check).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { readContent, splitFrontmatter } from '../../src/engine/read.node.ts';
import { flattenFields, typeWords } from '../../src/engine/scaffold/fields.ts';
import { frontmatterDoc } from '../../src/engine/scaffold/frontmatter-doc.ts';
import { generatedFiles, vscodeYamlSchemas } from '../../src/engine/scaffold/generated.ts';
import { entryJsonSchema, yamlSchemaFiles } from '../../src/engine/scaffold/json-schemas.ts';
import { FIXTURES, PROJECT_ROOT } from './helpers.ts';

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('generated files are up to date', () => {
  it.each(generatedFiles().map((entry) => [entry.file, entry.text]))('%s is what `npm run schemas` writes', (file, text) => {
    expect(read(file), `${file} is out of date: run \`npm run schemas\``).toBe(text);
  });

  it('.vscode/settings.json maps each YAML file to its schema', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string> };
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
    for (const schemaFile of Object.keys(settings['yaml.schemas'])) expect(() => read(schemaFile)).not.toThrow();
  });
});

describe('the JSON Schemas', () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = Object.fromEntries(yamlSchemaFiles().map((entry) => [entry.applies, ajv.compile(entry.schema)]));

  it('accept the content of the default playbook and of both fixture playbooks', () => {
    for (const folder of [path.join(PROJECT_ROOT, 'content'), path.join(FIXTURES, 'good'), path.join(FIXTURES, 'other-playbook')]) {
      const content = readContent(PROJECT_ROOT, folder);
      const files = new Map<string, unknown>();
      files.set('content/playbook.yaml', parse(readFileSync(path.join(folder, 'playbook.yaml'), 'utf8')));
      for (const entry of content.entries) {
        if (entry.collection === 'strands' || entry.collection === 'sources') files.set(`content/${entry.collection}.yaml`, parse(readFileSync(path.join(folder, `${entry.collection}.yaml`), 'utf8')));
        if (entry.collection === 'sequences') files.set(`sequence ${entry.file}`, entry.data);
      }
      for (const [name, data] of files) {
        const validate = validators[name.startsWith('sequence ') ? 'content/sequences/*.yaml' : name]!;
        expect(validate(data), `${folder}: ${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('reject a sequence the check rejects, naming the field', () => {
    const validate = validators['content/sequences/*.yaml']!;
    const good = { title: 'T', audience: 'A', summary: 'S', steps: [{ technique: 'cold-call', weeks: 2 }] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, steps: [{ technique: 'cold-call', weeks: 0 }] })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/steps/0/weeks');
    expect(validate({ ...good, steps: [{ technique: 'Cold Call', weeks: 2 }] })).toBe(false);
    expect(validate({ ...good, colour: 'red' })).toBe(false);
    expect(validate({ ...good, title: '' })).toBe(false);
  });

  it('reject a bad playbook.yaml, a strand without an order and a source with a bad year', () => {
    const playbook = parse(read('tests/fixtures/bad/playbook-bad-colour/playbook.yaml'));
    expect(validators['content/playbook.yaml']!(playbook)).toBe(false);
    expect(validators['content/strands.yaml']!([{ id: 'a', title: 'A', summary: 'S' }])).toBe(false);
    expect(validators['content/sources.yaml']!([{ id: 'a', authors: 'A', year: 1700, title: 'T' }])).toBe(false);
    expect(validators['content/sources.yaml']!([{ id: 'a', authors: 'A', year: 'n.d.', title: 'T' }])).toBe(true);
  });

  it('carry the schema descriptions, for help as the author types', () => {
    const sequence = yamlSchemaFiles().find((entry) => entry.file === 'sequence.schema.json')!.schema as { properties: Record<string, { description?: string }> };
    expect(sequence.properties.title?.description).toMatch(/name/);
  });
});

describe('docs/frontmatter.md', () => {
  const doc = frontmatterDoc();

  it('has a section for every collection and the playbook, with every field of each', () => {
    expect(doc).toContain('## The playbook (content/playbook.yaml)');
    for (const spec of COLLECTIONS) {
      expect(doc).toContain(`npm run new -- ${spec.route} "Its title"`);
      for (const field of flattenFields(entryJsonSchema(spec.name))) expect(doc, `${spec.name}.${field.path}`).toContain(`| \`${field.path}\` |`);
    }
  });

  it('describes the taxonomy fields without naming any playbook\'s phases or subjects', () => {
    expect(doc).toContain('| `phases` | list of ids from the phases in playbook.yaml (at least 1) | yes |');
    expect(doc).not.toContain('phase-id');
  });

  it('names every field of a real technique, so the frontmatter of the content is all documented', () => {
    const technique = readContent(PROJECT_ROOT, path.join(FIXTURES, 'good')).entries.find((entry) => entry.collection === 'techniques')!;
    const frontmatter = parse(splitFrontmatter(readFileSync(path.join(PROJECT_ROOT, technique.file.replace(/^content/, 'tests/fixtures/good')), 'utf8'))!.frontmatter) as Record<string, unknown>;
    for (const key of Object.keys(frontmatter)) expect(doc).toContain(`| \`${key}\` |`);
  });
});

describe('type words', () => {
  it('say what a schema takes, in words', () => {
    expect(typeWords({ type: 'integer', minimum: 1, maximum: 52 })).toBe('whole number, 1 to 52');
    expect(typeWords({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER })).toBe('whole number, at least 0');
    expect(typeWords({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' })).toBe('id');
    expect(typeWords({ type: 'array', items: { type: 'string', minLength: 1 }, minItems: 3, maxItems: 7 })).toBe('list of texts (3 to 7)');
    expect(typeWords({ type: 'string', enum: ['a', 'b'] })).toBe('one of `a`, `b`');
    expect(typeWords({ anyOf: [{ type: 'integer' }, { type: 'string', const: 'n.d.' }] })).toBe('whole number or `n.d.`');
  });
});
