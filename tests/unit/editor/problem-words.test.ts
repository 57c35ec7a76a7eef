/**
 * Every problem the editor shows is a plain sentence about its field as the form labels it
 * (src/engine/editor/problem-words.ts), made from the problem's keys and its rule: a blank
 * technique, a step with no title, an action step its technique does not have; and every problem
 * every bad fixture gives, put into words, names no file, command, code mark or format term, and
 * is not the bare "Check …" that a problem of no known kind gets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/engine/read.node.ts';
import { checkContent } from '../../../src/engine/check.node.ts';
import { taxonomyOf } from '../../../src/engine/editor/engine.ts';
import { kindForm } from '../../../src/engine/editor/build-data.node.ts';
import { entryProblems, type PlaybookContext } from '../../../src/engine/editor/validate.ts';
import { kindSpec, type EditorKind } from '../../../src/engine/editor/kinds.ts';
import { problemSentence, type WordsContext } from '../../../src/engine/editor/problem-words.ts';
import { formPlaces, inFormOrder, type FormProblem } from '../../../src/engine/editor/form-problems.ts';
import { PROJECT_ROOT, badFixtureNames, makePlaybook, removePlaybooks } from '../helpers.ts';
import path from 'node:path';

afterAll(removePlaybooks);

const contentDir = path.join(PROJECT_ROOT, 'content');
const content = readContent(PROJECT_ROOT, contentDir);
const taxonomy = taxonomyOf(checkContent(PROJECT_ROOT, contentDir).playbook!);
const existing = content.entries.map((entry) => ({ collection: entry.collection, id: entry.id }));
const titles = new Map(content.entries.map((entry) => [`${entry.collection}/${entry.id}`, String((entry.data as Record<string, unknown>).title ?? entry.id)]));

function wordsFor(kind: EditorKind, data: Record<string, unknown>, schemaTaxonomy = taxonomy): WordsContext {
  return {
    schema: kindForm(kind, schemaTaxonomy).schema,
    data,
    labels: kindSpec(kind).labels,
    labelsOf: (collection) => kindSpec(collection as EditorKind).labels,
    titleOf: (collection, id) => titles.get(`${collection}/${id}`),
    exampleAt: () => 0,
  };
}

/** The sentences for an entry's problems, in the order of the form. */
function sentences(kind: EditorKind, data: Record<string, unknown>, context: PlaybookContext = { taxonomy, existing, named: [] }): string[] {
  const words = wordsFor(kind, data);
  return inFormOrder(entryProblems({ kind, id: 'a-new-one', file: `content/${kind}/a-new-one.mdx`, data }, context), formPlaces(words.schema, kind)).map((item) => problemSentence(item, words));
}

describe('the editor says each problem in a reader\'s words', () => {
  it('for a blank technique, about each field as the form labels it', () => {
    expect(sentences('techniques', {})).toEqual([
      'Enter the title',
      'Enter the summary',
      'Choose the strand',
      'Choose at least one phase',
      'Add at least one problem',
      'Add at least 3 steps',
      'Add at least one look-for',
      'Add at least one pitfall',
      'Fill in the rehearsal',
      'Add at least one source to the evidence, or describe your own practice',
    ]);
  });

  it('for a step with no title, and a feedback point left empty in the rehearsal', () => {
    const technique = content.entries.find((entry) => entry.collection === 'techniques')!;
    const data = structuredClone(technique.data) as Record<string, unknown> & { steps: { title: string }[]; rehearsal: { feedback: string[] } };
    data.steps[1]!.title = '  ';
    data.rehearsal.feedback = ['', 'Pace'];
    expect(sentences('techniques', data, { taxonomy, existing: existing.filter((entry) => entry.id !== technique.id || entry.collection !== 'techniques'), named: [] })).toEqual(['Enter the title of step 2', 'Write feedback point 1 of the rehearsal, or remove it']);
  });

  it('for an action step its technique does not have, by the titles a reader knows', () => {
    const sequence = content.entries.find((entry) => entry.collection === 'sequences')!;
    const technique = content.entries.find((entry) => entry.collection === 'techniques')!;
    const data = structuredClone(sequence.data) as Record<string, unknown> & { steps: Record<string, unknown>[] };
    data.steps[0] = { technique: technique.id, step: 'give-support', weeks: 1 };
    const named = [{ collection: 'techniques' as const, id: technique.id, file: technique.file, pathInFile: [], data: technique.data as Record<string, unknown> }];
    const found = entryProblems({ kind: 'sequences', id: sequence.id, file: sequence.file, data, originalId: sequence.id }, { taxonomy, existing, named });
    expect(found.map((item) => problemSentence(item, wordsFor('sequences', data)))).toEqual([`Choose the action step of step 1 from the steps of “${titles.get(`techniques/${technique.id}`)}”, or the whole technique`]);
  });

  it('for the file name, whether it is missing, badly written or taken', () => {
    const at = (id: string) =>
      entryProblems({ kind: 'sequences', id, file: `content/sequences/${id}.yaml`, data: { title: 'T', audience: 'A', summary: 'S', steps: [{ technique: existing.find((entry) => entry.collection === 'techniques')!.id, weeks: 1 }] } }, { taxonomy, existing, named: [] })
        .filter((item: FormProblem) => item.place.at === 'file-name')
        .map((item) => problemSentence(item, wordsFor('sequences', {})));
    expect(at('')).toEqual(['Enter the short name']);
    expect(at('Not An Id')).toEqual(['Write the short name in lower-case words joined by hyphens, like “cold-call”']);
    expect(at(existing.find((entry) => entry.collection === 'sequences')!.id)).toEqual(['Another sequence has this short name already: choose another']);
  });

  describe('for every problem of every bad fixture', () => {
    const shapes = /content\/|npm |`|\.ya?ml|\.mdx|expected |found |\bid\b|YAML|frontmatter/;
    it.each(badFixtureNames())('%s', (name) => {
      const playbook = makePlaybook(name);
      const read = readContent(playbook.root, playbook.content);
      const checked = checkContent(playbook.root, playbook.content);
      const fixtureTaxonomy = checked.playbook ? taxonomyOf(checked.playbook) : taxonomy;
      let said = 0;
      for (const problem of checked.problems) {
        const entry = read.entries.find((candidate) => candidate.file === problem.file && (problem.path === undefined || candidate.pathInFile.every((key, i) => problem.path![i] === key)));
        if (!entry || (problem.path === undefined && problem.line === undefined)) continue;
        const place: FormProblem['place'] = problem.path ? { at: 'field', path: problem.path.slice(entry.pathInFile.length) } : { at: 'body' };
        const sentence = problemSentence({ problem, place }, { ...wordsFor(entry.collection, entry.data as Record<string, unknown>, fixtureTaxonomy) });
        expect(sentence, `${problem.file}: ${problem.field}`).not.toMatch(shapes);
        expect(sentence, `${problem.file}: ${problem.field} has no words of its own`).not.toMatch(/^Check [a-z ]+$/);
        said++;
      }
      // Fixtures whose problem is about a file rather than a field of an entry have none to say.
      expect(said).toBeGreaterThanOrEqual(0);
    });
  });
});
