/**
 * The content check: reads every file under the content folder, validates each entry against its
 * collection's schema, parses MDX bodies and checks references between entries. It reports every
 * problem at once rather than stopping at the first, so an author can fix them in one pass.
 */
import { playbookSchema, type Playbook } from '../schemas/playbook.ts';
import type { z } from 'astro/zod';
import { COLLECTIONS, definitionOf, schemaOf, type CollectionName } from '../collections/index.ts';
import * as english from '../strings/en/index.ts';
import { checkOverrides } from '../strings/overrides.ts';
import type { Taxonomy } from '../schemas/common.ts';
import { contrastProblems } from '../lib/content/contrast.ts';
import { cacheFile, fileBodyCache } from '../lib/content/body-cache.node.ts';
import { fileProblem } from '../lib/content/files.node.ts';
import { renderBody, type BodyResult, type BodyTerms } from '../lib/content/body.ts';
import type { ExampleUse } from '../lib/content/examples-metadata.ts';
import { fieldProblem, sortProblems, type Problem } from '../core/problem.ts';
import { readContent } from './read.node.ts';
import { contentFolder } from '../core/playbook-folder.node.ts';
import { checkReferences, type ValidEntry } from './references.ts';
import { taxonomyOf } from '../core/taxonomy.ts';
import { zodProblems } from '../lib/content/zod-problems.ts';

export interface CheckResult {
  /** Every problem found, sorted by file and field. Empty when the content is sound. */
  problems: Problem[];
  /** The playbook's identity and taxonomies, when playbook.yaml is valid. */
  playbook: Playbook | undefined;
  /** The entries that passed their schemas. */
  entries: ValidEntry[];
  /** Worked examples found in MDX bodies, by file. */
  examples: Map<string, ExampleUse[]>;
  /** Each MDX body, parsed, checked and rendered once, by file. */
  bodies: Map<string, BodyResult>;
}

function termsOf(playbook: Playbook): BodyTerms {
  return {
    phases: new Map(playbook.phases.map((term) => [term.id, term.label])),
    subjects: new Map(playbook.subjects.map((term) => [term.id, term.label])),
  };
}


function duplicateTerms(playbook: Playbook, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const list of ['phases', 'subjects', 'components'] as const) {
    const seen = new Set<string>();
    playbook[list].forEach((term, i) => {
      if (seen.has(term.id)) problems.push(fieldProblem(file, [list, i, 'id'], `an id used once in ${list}`, JSON.stringify(term.id)));
      seen.add(term.id);
    });
  }
  return problems;
}

/**
 * Checks the content folder. With `render` (the build), each MDX body is also rendered to HTML in
 * the same pass; `npm run check` only needs the problems. With `cache`, bodies unchanged since the
 * last run are not parsed again (see body-cache.ts).
 */
export function checkContent(root: string, contentDir = contentFolder(process.env, root), { render = false, cache = false } = {}): CheckResult {
  const read = readContent(root, contentDir);
  const problems = [...read.problems];
  const examples = new Map<string, ExampleUse[]>();
  const bodies = new Map<string, BodyResult>();

  let playbook: Playbook | undefined;
  if (read.playbook) {
    const parsed = playbookSchema.safeParse(read.playbook.data);
    if (parsed.success) {
      playbook = parsed.data;
      problems.push(...duplicateTerms(playbook, read.playbook.file));
      problems.push(...contrastProblems(playbook.colours, read.playbook.file));
      const logo = playbook.logo ? fileProblem(root, playbook.logo, read.playbook.file, { path: ['logo'] }) : undefined;
      if (logo) problems.push(logo);
    } else {
      problems.push(...zodProblems(read.playbook.file, read.playbook.data, parsed.error.issues));
    }
  }
  if (read.strings) {
    const names = COLLECTIONS.map((definition) => definition.route);
    problems.push(...checkOverrides(read.strings.data, read.strings.file, english, names).problems);
  }
  const taxonomy = playbook ? taxonomyOf(playbook) : undefined;
  const terms = playbook ? termsOf(playbook) : undefined;
  // One schema per collection, made once: building a zod schema costs far more than using it.
  const schemas = new Map<CollectionName, z.ZodType<Record<string, unknown>>>();
  const schemaFor = (name: CollectionName, known: Taxonomy) => {
    let schema = schemas.get(name);
    if (!schema) schemas.set(name, (schema = schemaOf(definitionOf(name), known)));
    return schema;
  };

  const bodyCache = cache ? fileBodyCache(cacheFile(root), terms) : undefined;
  const entries: ValidEntry[] = [];
  for (const raw of read.entries) {
    if (raw.body !== undefined) {
      const bodyLine = raw.bodyLine ?? 1;
      let body = bodyCache?.get(raw.body, bodyLine, render);
      if (!body) {
        body = renderBody(raw.body, raw.file, bodyLine, terms, render);
        bodyCache?.set(raw.body, bodyLine, body);
      }
      problems.push(...body.problems);
      for (const use of body.files) {
        const problem = fileProblem(root, use.url, raw.file, { bodyLine: use.line });
        if (problem) problems.push(problem);
      }
      examples.set(raw.file, body.examples);
      bodies.set(raw.file, body);
    }
    // Without valid taxonomies, entries cannot be judged fairly; playbook.yaml's problems come first.
    if (!taxonomy) continue;
    const parsed = schemaFor(raw.collection, taxonomy).safeParse(raw.data);
    if (!parsed.success) {
      problems.push(...zodProblems(raw.file, raw.data, parsed.error.issues, raw.pathInFile));
      continue;
    }
    entries.push({ collection: raw.collection, id: raw.id, file: raw.file, pathInFile: raw.pathInFile, data: parsed.data });
  }
  const sound = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  const existing = [
    ...read.entries.map((entry) => ({ collection: entry.collection, id: entry.id, unsound: !sound.has(`${entry.collection}/${entry.id}`) })),
    ...read.unreadable.map((entry) => ({ ...entry, unsound: true })),
  ];
  problems.push(...checkReferences(entries, existing));
  bodyCache?.save();
  return { problems: sortProblems(problems), playbook, entries, examples, bodies };
}
