/**
 * The collection schemas: a valid entry passes, documented defaults apply, and every field says
 * what it is for (`.describe()`), so the schema is the documentation authors read.
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, definitionOf, schemaOf, type CollectionName } from '../../src/collections/index.ts';
import { readContent } from '../../src/engine/read.node.ts';
import { auditSchema, developNext } from '../../src/collections/audits/schema.ts';
import { caseStudySchema, impactFigure } from '../../src/collections/case-studies/schema.ts';
import { ID_PATTERN, evidence, id, oneOf, ref, refs, sources, text, type Taxonomy } from '../../src/schemas/common.ts';
import { mentorCriteriaSchema } from '../../src/collections/mentor-criteria/schema.ts';
import { playbookSchema } from '../../src/schemas/playbook.ts';
import { protocolSchema } from '../../src/collections/protocols/schema.ts';
import { rubricSchema } from '../../src/collections/rubrics/schema.ts';
import { sequenceSchema, sequenceStep } from '../../src/collections/sequences/schema.ts';
import { sourceSchema } from '../../src/collections/sources/schema.ts';
import { strandSchema } from '../../src/collections/strands/schema.ts';
import { actionStep, techniqueSchema } from '../../src/collections/techniques/schema.ts';
import { taxonomyOf } from '../../src/core/taxonomy.ts';
import { FIXTURES, GOOD } from './helpers.ts';
import { MINIMAL } from './minimal-entries.ts';

const taxonomy: Taxonomy = { phases: ['primary', 'secondary'], subjects: ['maths'], components: ['develop-expertise'] };


/** The defaults each schema documents ("Default: …"), as they appear in the parsed minimal entry. */
const DEFAULTS: Record<CollectionName, Record<string, unknown>> = {
  strands: {},
  sources: {},
  techniques: { subjects: [], related: [] },
  sequences: { steps: [{ technique: 'cold-call', weeks: 2, notes: '' }] },
  rubrics: {},
  audits: { sections: [{ id: 'asking', title: 'Asking', summary: '', items: [{ id: 'asking-1', text: 'I ask first.', develop: { techniques: [], protocols: [] } }], develop: { techniques: [], protocols: [] } }] },
  mentorCriteria: { stages: [] },
  protocols: { norms: [], records: [], pitfalls: [], techniques: [] },
  caseStudies: { region: '', size: '', period: '', components: [], protocols: [], techniques: [], impact: [] },
  frameworks: {},
};

describe.each(COLLECTIONS.map((spec) => [spec.name, spec] as const))('%s schema', (name, spec) => {
  const schema = spec.schema(taxonomy);

  it('accepts a minimal valid entry and applies the documented defaults', () => {
    const parsed = schema.safeParse(MINIMAL[name]);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toMatchObject({ ...MINIMAL[name], ...DEFAULTS[name] });
  });

  it('accepts every entry of the good fixture', () => {
    const read = readContent(FIXTURES, GOOD);
    const entries = read.entries.filter((entry) => entry.collection === name);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(schemaOf(spec, taxonomyOf(playbookSchema.parse(read.playbook!.data))).safeParse(entry.data).error?.issues, entry.file).toBeUndefined();
  });

  it('rejects an unknown field', () => {
    const parsed = schema.safeParse({ ...MINIMAL[name], colour: 'blue' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
  });

  it('rejects an entry missing a required field', () => {
    const required = Object.keys(MINIMAL[name]).find((key) => key !== 'id')!;
    const { [required]: _omitted, ...rest } = MINIMAL[name];
    const parsed = schema.safeParse(rest);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([required]);
  });
});

describe('playbook schema', () => {
  const minimal = {
    name: 'P',
    organisation: 'O',
    colours: { primary: '#000000', accent: '#111111', text: '#222222', background: '#ffffff' },
    site: { url: 'https://example.org' },
    phases: [{ id: 'primary', label: 'Primary' }],
  };

  it('accepts a minimal playbook and applies its defaults', () => {
    const parsed = playbookSchema.parse(minimal);
    expect(parsed).toMatchObject({ tagline: '', subjects: [], components: [], site: { url: 'https://example.org', base: '/' } });
    expect(parsed.logo).toBeUndefined();
  });

  it('rejects colours that are not six-digit hex and a base path without slashes', () => {
    const parsed = playbookSchema.safeParse({ ...minimal, colours: { ...minimal.colours, text: '#fff' }, site: { url: 'https://example.org', base: 'playbook' } });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['colours.text', 'site.base']);
  });

  it('accepts a base path like /playbook/ and requires a group on components', () => {
    expect(playbookSchema.safeParse({ ...minimal, site: { url: 'https://example.org', base: '/playbook/' } }).success).toBe(true);
    const parsed = playbookSchema.safeParse({ ...minimal, components: [{ id: 'x', label: 'X' }] });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['components.0.group']);
  });
});

describe('the schemas follow the taxonomy', () => {
  it('technique phases and subjects must come from the taxonomy', () => {
    const schema = techniqueSchema(taxonomy);
    expect(schema.safeParse({ ...MINIMAL.techniques, phases: ['early-years'] }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.techniques, subjects: ['maths'] }).success).toBe(true);
    expect(schema.safeParse({ ...MINIMAL.techniques, subjects: ['art'] }).success).toBe(false);
  });

  it('a playbook that adds a phase gets it accepted', () => {
    const schema = techniqueSchema({ ...taxonomy, phases: [...taxonomy.phases, 'early-years'] });
    expect(schema.safeParse({ ...MINIMAL.techniques, phases: ['early-years'] }).success).toBe(true);
  });

  it('an empty taxonomy accepts no value (oneOf gives z.never)', () => {
    const schema = caseStudySchema({ ...taxonomy, components: [] });
    expect(schema.safeParse(MINIMAL.caseStudies).success).toBe(true);
    const parsed = schema.safeParse({ ...MINIMAL.caseStudies, components: ['develop-expertise'] });
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'never', path: ['components', 0] });
    expect(oneOf([], 'subjects').description).toContain('defines none');
    expect(oneOf(['a', 'b'], 'phases').description).toBe('One of the phases in content/playbook.yaml: a, b.');
  });
});

describe('field rules', () => {
  it('ids are lower-case words joined by hyphens', () => {
    for (const good of ['cold-call', 'a', 's1-item-3', '2024']) expect(ID_PATTERN.test(good), good).toBe(true);
    for (const bad of ['Cold-call', 'cold_call', 'cold--call', '-cold', 'cold-', 'cold call', '']) expect(ID_PATTERN.test(bad), bad).toBe(false);
    expect(id().safeParse('cold call').error?.issues[0]?.message).toBe('an id in lower-case words joined by hyphens, like "cold-call"');
  });

  it('text is trimmed and must not be empty', () => {
    expect(text().parse('  Cold call  ')).toBe('Cold call');
    expect(text().safeParse('   ').success).toBe(false);
    expect(text().safeParse('').success).toBe(false);
  });

  it('refs default to an empty list; sources need at least one', () => {
    expect(refs('techniques', 'techniques').parse(undefined)).toEqual([]);
    expect(ref('a technique', 'techniques').safeParse('Cold call').success).toBe(false);
    expect(sources().safeParse([]).success).toBe(false);
    expect(sources().parse(['a'])).toEqual(['a']);
  });

  it('a technique has 3 to 7 action steps, each with an optional id', () => {
    const step = { title: 'Step', detail: 'Do it.' };
    const schema = techniqueSchema(taxonomy);
    expect(schema.safeParse({ ...MINIMAL.techniques, steps: [step, step] }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.techniques, steps: Array(7).fill(step) }).success).toBe(true);
    expect(schema.safeParse({ ...MINIMAL.techniques, steps: Array(8).fill(step) }).success).toBe(false);
    expect(actionStep().parse({ ...step, id: 'step' })).toEqual({ ...step, id: 'step' });
    expect(actionStep().safeParse({ ...step, id: 'Step One' }).success).toBe(false);
  });

  it('a sequence step lasts 1 to 52 whole weeks', () => {
    for (const weeks of [1, 52]) expect(sequenceStep().safeParse({ technique: 'x', weeks }).success, String(weeks)).toBe(true);
    for (const weeks of [0, 53, 1.5, '2']) expect(sequenceStep().safeParse({ technique: 'x', weeks }).success, String(weeks)).toBe(false);
  });

  it('a source year is a whole number from 1800 to 2100 or "n.d."', () => {
    const schema = sourceSchema();
    for (const year of [1800, 2024, 2100, 'n.d.']) expect(schema.safeParse({ ...MINIMAL.sources, year }).success, String(year)).toBe(true);
    for (const year of [1799, 2101, 2024.5, '2024', 'nd']) expect(schema.safeParse({ ...MINIMAL.sources, year }).success, String(year)).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.sources, url: 'not a url' }).success).toBe(false);
  });

  it('a protocol group size has max at least min, and step minutes more than 0', () => {
    const schema = protocolSchema();
    expect(schema.safeParse({ ...MINIMAL.protocols, groupSize: { min: 3, max: 2 } }).error?.issues[0]).toMatchObject({ code: 'custom', path: ['groupSize', 'max'] });
    expect(schema.safeParse({ ...MINIMAL.protocols, groupSize: { min: 0, max: 2 } }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.protocols, steps: [{ title: 'T', detail: 'D', minutes: 0 }] }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.protocols, steps: [{ title: 'T', detail: 'D', minutes: 0.5 }] }).success).toBe(true);
  });

  it('audits need two scale points and whole-number values', () => {
    const schema = auditSchema();
    const scale = MINIMAL.audits.scale as unknown[];
    expect(schema.safeParse({ ...MINIMAL.audits, scale: scale.slice(0, 1) }).success).toBe(false);
    expect(schema.safeParse({ ...MINIMAL.audits, scale: [{ value: 1.5, label: 'L', description: 'D' }, scale[1]] }).success).toBe(false);
    expect(developNext().parse(undefined)).toEqual({ techniques: [], protocols: [] });
    expect(developNext().parse({ techniques: ['cold-call'] })).toEqual({ techniques: ['cold-call'], protocols: [] });
  });

  it('case study impact figures: before is optional, note defaults to empty', () => {
    const figure = { measure: 'Score', after: 0.7, unit: 'points', source: 'a-source' };
    expect(impactFigure().parse(figure)).toEqual({ ...figure, note: '' });
    expect(impactFigure().safeParse({ ...figure, after: undefined }).success).toBe(false);
  });

  it('evidence needs a source and a note', () => {
    expect(evidence().safeParse({ source: 'a-source' }).success).toBe(false);
    expect(evidence().parse({ source: 'a-source', note: 'Shows it.' })).toEqual({ source: 'a-source', note: 'Shows it.' });
  });

  it('rubric descriptors are keyed by ids', () => {
    const schema = rubricSchema();
    const criterion = (descriptors: Record<string, string>) => ({ ...MINIMAL.rubrics, criteria: [{ id: 'c', title: 'C', descriptors }] });
    expect(schema.safeParse(criterion({ Secure: 'x' })).success).toBe(false);
    expect(schema.safeParse(criterion({ secure: '' })).success).toBe(false);
  });

  it('mentor criteria: the role is one of the known roles, the audit optional', () => {
    const schema = mentorCriteriaSchema();
    expect(schema.safeParse({ ...MINIMAL.mentorCriteria, role: 'headteacher' }).success).toBe(false);
    expect(schema.parse({ ...MINIMAL.mentorCriteria, audit: 'an-audit' }).audit).toBe('an-audit');
    expect(schema.parse(MINIMAL.mentorCriteria).audit).toBeUndefined();
  });

  it('strand order is a whole number, 0 or more', () => {
    for (const order of [-1, 1.5, '1']) expect(strandSchema().safeParse({ ...MINIMAL.strands, order }).success, String(order)).toBe(false);
  });

  it('sequence steps name a step by id', () => {
    expect(sequenceSchema().safeParse({ ...MINIMAL.sequences, steps: [{ technique: 'cold-call', step: 'Pause', weeks: 1 }] }).success).toBe(false);
    expect(sequenceSchema().safeParse({ ...MINIMAL.sequences, steps: [] }).success).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Every field documented: walk each object shape, through optional, default, array, record and
// union wrappers, and require a description on every field.

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Paths of the fields (inside `schema`) that have no description. */
function undocumentedFields(schema: z.ZodType, at = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const missing: string[] = [];
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const path = at ? `${at}.${key}` : key;
        if (!field.description?.trim()) missing.push(path);
        missing.push(...undocumentedFields(field, path));
      }
      return missing;
    }
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return undocumentedFields(def.innerType!, at);
    case 'array':
      return undocumentedFields(def.element!, `${at}[]`);
    case 'record':
      return undocumentedFields(def.valueType!, `${at}.*`);
    case 'union':
      return (def.options ?? []).flatMap((option) => undocumentedFields(option, at));
    case 'pipe':
      return [...undocumentedFields(def.in!, at), ...undocumentedFields(def.out!, at)];
    default:
      return [];
  }
}

function fieldCount(schema: z.ZodType): number {
  const def = defOf(schema);
  if (def.type === 'object') return Object.values(def.shape ?? {}).reduce((sum, field) => sum + 1 + fieldCount(field), 0);
  if (def.innerType) return fieldCount(def.innerType);
  if (def.element) return fieldCount(def.element);
  return 0;
}

describe('every field is documented', () => {
  it('the walker finds nested fields and missing descriptions', async () => {
    const { z: zod } = await import('astro/zod');
    const schema = zod.object({
      a: zod.string().describe('A.'),
      b: zod.array(zod.object({ c: zod.string(), d: zod.number().describe('D.') })).default([]).describe('B.'),
      e: zod.object({ f: zod.string().optional() }).optional(),
    });
    expect(undocumentedFields(schema)).toEqual(['b[].c', 'e', 'e.f']);
    expect(fieldCount(schema)).toBe(6);
  });

  it.each(COLLECTIONS.map((spec) => [spec.name, spec.schema(taxonomy)] as const))('%s', (_name, schema) => {
    expect(fieldCount(schema)).toBeGreaterThan(3);
    expect(undocumentedFields(schema)).toEqual([]);
  });

  it('also with an empty taxonomy', () => {
    const empty = { phases: [], subjects: [], components: [] };
    for (const spec of COLLECTIONS) expect(undocumentedFields(spec.schema(empty)), spec.name).toEqual([]);
  });

  // BUG (src/schemas/playbook.ts): the `site` field (z.object({ url, base }).strict()) has no
  // .describe(), so playbook.yaml's `site` is the one field in any schema without documentation.
  // Its own fields `url` and `base` are described.
  it('playbook', () => {
    expect(undocumentedFields(playbookSchema)).toEqual([]);
  });

  it('playbook: every field but `site` (the known gap above) is documented', () => {
    expect(fieldCount(playbookSchema)).toBeGreaterThan(15);
    expect(undocumentedFields(playbookSchema).filter((field) => field !== 'site')).toEqual([]);
  });

  it('definitionOf finds each collection and rejects unknown names', () => {
    for (const name of COLLECTIONS.map((spec) => spec.name)) expect(definitionOf(name).name).toBe(name);
    expect(() => definitionOf('lessons' as CollectionName)).toThrow('Unknown collection "lessons"');
  });
});
