/**
 * The sequence builder's logic: reordering, week labels, the YAML it writes (which must read back
 * as the same data), and checking a draft with the content check's own rules and words.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { stepId } from '../../src/lib/content/step-id.ts';
import { taxonomyOf } from '../../src/lib/content/taxonomy.ts';
import { techniqueSchema } from '../../src/collections/techniques/schema.ts';
import { checkDraft, draftFromSequence, emptyDraft, idForTitle, moveStep, sequenceData, totalWeeks, weekLabels, type Draft, type LibraryTechnique } from '../../src/lib/scaffold/sequence-builder.ts';
import { sequenceYaml, yamlString } from '../../src/lib/scaffold/sequence-yaml.ts';
import { makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

/** The good fixture's techniques, as the builder page gets them. */
function fixtureLibrary(): LibraryTechnique[] {
  const { root, content } = makePlaybook();
  const result = checkContent(root, content);
  // The checked data is typed by collection through the technique schema, read again here.
  // loose: fields other collections add (a framework's serves) are not the builder's concern.
  const schema = techniqueSchema(taxonomyOf(result.playbook!)).loose();
  return result.entries
    .filter((entry) => entry.collection === 'techniques')
    .map((entry) => {
      const data = schema.parse(entry.data);
      return { id: entry.id, title: data.title, strand: data.strand, steps: data.steps.map((step) => ({ id: stepId(step), title: step.title })) };
    });
}
const library = fixtureLibrary();
const [first, second] = library as [LibraryTechnique, LibraryTechnique];

let key = 0;
const step = (technique: string, weeks: string, extra: Partial<Draft['steps'][number]> = {}) => ({ key: `k${++key}`, technique, step: '', weeks, notes: '', ...extra });

function draft(steps: Draft['steps'], fields: Partial<Draft> = {}): Draft {
  return { id: 'autumn-term', title: 'Autumn term', audience: 'New teachers', summary: 'Two techniques.', steps, ...fields };
}

/** Writes a draft's file into a copy of the good fixture and runs the real content check. */
function checkInPlaybook(d: Draft): string[] {
  const { root, content } = makePlaybook();
  mkdirSync(path.join(content, 'sequences'), { recursive: true });
  writeFileSync(path.join(content, 'sequences', `${d.id}.yaml`), sequenceYaml(sequenceData(d)));
  return checkContent(root, content).problems.map(formatProblem);
}

describe('moving steps', () => {
  it('moves a step up, down, to either end, and clamps a move past the end', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveStep(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveStep(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the list it is given', () => {
    const steps = ['a', 'b'];
    moveStep(steps, 0, 1);
    expect(steps).toEqual(['a', 'b']);
  });
});

describe('weeks', () => {
  it('labels each step with its weeks, as the sequence page does, skipping weeks not set', () => {
    const steps = [step('a', '2'), step('b', '1'), step('c', ''), step('d', '3')];
    expect(weekLabels(steps)).toEqual(['Weeks 1–2', 'Week 3', 'Weeks not set', 'Weeks 4–6']);
    expect(totalWeeks(steps)).toBe(6);
    expect(totalWeeks([step('a', '1.5'), step('b', '-2')])).toBe(0);
  });
});

describe('the file', () => {
  it('holds the draft\'s data, leaving out an empty step or notes, and reads back the same', () => {
    const d = draft([step(first.id, '2'), step(second.id, '3', { step: second.steps[0]!.id, notes: 'Pair up:\nfilm it.' })]);
    const data = sequenceData(d);
    expect(data.steps).toEqual([
      { technique: first.id, weeks: 2 },
      { technique: second.id, step: second.steps[0]!.id, weeks: 3, notes: 'Pair up:\nfilm it.' },
    ]);
    expect(parse(sequenceYaml(data, ['A comment']))).toEqual(data);
    expect(sequenceYaml(data, ['A comment']).startsWith('# A comment\ntitle: Autumn term\n')).toBe(true);
  });

  it('writes text plainly where YAML allows, and quotes or blocks it where it does not', () => {
    expect(yamlString('Autumn term')).toBe('Autumn term');
    expect(yamlString('First term: culture')).toBe('"First term: culture"');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('2024')).toBe('"2024"');
    expect(yamlString('Line one\nline two', 4)).toBe('|-\n      Line one\n      line two');
  });

  it('round-trips awkward text exactly', () => {
    const awkward = [
      '', ' leading space', 'trailing space ', '#hash', 'a # b', 'key: value', '- dash', '[bracket]', '{brace}', '"quoted"', "it's", 'null', '~', 'Yes', '0x1F', '1e3', '.inf',
      'tab\there', 'multi\n\nline with blank', 'ends with newline\n', '\nstarts with newline', 'crlf\r\nline', 'emoji 🎓 and accents é', 'nel\u0085char', 'ls\u2028char', 'del\u007fchar', 'bell\u0007', '@at', '`tick', '%percent', '& anchor', '* alias', '! tag', '| pipe', '> fold', 'a\\b',
    ];
    for (const text of awkward) {
      const data = { title: text, audience: text, summary: text, steps: [{ technique: 'cold-call', weeks: 1, notes: text || 'x' }] };
      expect(parse(sequenceYaml(data)), JSON.stringify(text)).toEqual(data);
    }
  });

  it('round-trips random text', () => {
    const alphabet = 'ab :#-\'"\n\t\\{}[]|>&*!%@`,?é🎓\u0085\u2028\u0000\u007f';
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join('');
      const data = { title: text, audience: 'a', summary: 's', steps: [{ technique: 'x', weeks: 2, notes: text }] };
      expect(parse(sequenceYaml(data)), JSON.stringify(text)).toEqual(data);
    }
  });
});

describe('checking a draft', () => {
  it('finds nothing wrong with a complete draft, and the content check agrees', () => {
    const d = draft([step(first.id, '2'), step(second.id, '1', { step: second.steps[1]!.id })]);
    expect(checkDraft(d, library)).toEqual([]);
    expect(checkInPlaybook(d)).toEqual([]);
  });

  it('reports an empty draft field by field, in the check\'s words', () => {
    const problems = checkDraft(emptyDraft(), library).map(formatProblem);
    expect(problems).toEqual([
      'content/sequences/(file name).yaml: (the file name): expected lower-case words joined by hyphens, like "first-term" (the file name is the id), found nothing',
      'content/sequences/(file name).yaml: title: expected text, found nothing',
      'content/sequences/(file name).yaml: audience: expected text, found nothing',
      'content/sequences/(file name).yaml: summary: expected text, found nothing',
      'content/sequences/(file name).yaml: steps: expected at least 1 item, found an empty list',
    ]);
  });

  it('reports weeks out of range, missing or not a number', () => {
    const problems = checkDraft(draft([step(first.id, '0'), step(first.id, ''), step(first.id, 'two'), step(first.id, '2.5')]), library).map((problem) => `${problem.field}: ${problem.expected}`);
    expect(problems).toEqual(['steps[0].weeks: a number of at least 1', 'steps[1].weeks: a number', 'steps[2].weeks: a number', 'steps[3].weeks: a whole number']);
  });

  it('reports a step that its technique does not have, exactly as the content check does', () => {
    const d = draft([step(first.id, '2', { step: 'no-such-step' })]);
    const builder = checkDraft(d, library).map(formatProblem);
    expect(builder).toHaveLength(1);
    expect(builder[0]).toContain(`steps[0].step: expected an action step of "${first.id}": one of `);
    expect(checkInPlaybook(d)).toEqual(builder);
  });

  it('reports a technique that does not exist, exactly as the content check does', () => {
    const d = draft([step('no-such-technique', '2')]);
    const builder = checkDraft(d, library).map(formatProblem);
    expect(builder).toEqual(['content/sequences/autumn-term.yaml: steps[0].technique: expected the id of a technique in techniques/, found "no-such-technique", which does not exist']);
    expect(checkInPlaybook(d)).toEqual(builder);
  });

  it('reports a file name that is not an id', () => {
    expect(checkDraft(draft([step(first.id, '1')], { id: 'Autumn Term' }), library).map((problem) => problem.field)).toEqual(['(the file name)']);
  });
});

describe('starting from a sequence', () => {
  it('turns a sequence into a draft and back without change', () => {
    const data = { title: 'T', audience: 'A', summary: 'S', steps: [{ technique: first.id, weeks: 2, notes: 'n' }, { technique: second.id, step: second.steps[0]!.id, weeks: 1 }] };
    let n = 0;
    const d = draftFromSequence('t', data, () => `s${++n}`);
    expect(d.steps.map((s) => s.key)).toEqual(['s1', 's2']);
    expect(sequenceData(d)).toEqual(data);
  });

  it('suggests a file name from the title', () => {
    expect(idForTitle('First term: classroom culture!')).toBe('first-term-classroom-culture');
  });
});
