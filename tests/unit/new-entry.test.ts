/** `npm run new` (scripts/new-entry.ts), run as a separate Node process on a copy of the good fixture. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { PROJECT_ROOT, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/new-entry.ts');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the script in `root` with PLAYBOOK_CONTENT=content, capturing both outputs; never throws on a non-zero exit. */
function runNew(root: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: root,
    env: { ...process.env, PLAYBOOK_CONTENT: 'content', NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new', () => {
  it('writes a new entry of every collection, each passing the check, in one playbook', () => {
    const { root, content } = makePlaybook();
    for (const spec of COLLECTIONS) {
      const run = runNew(root, spec.route, `A new ${spec.labels.singular}`);
      expect(run.stderr, spec.name).toBe('');
      expect(run.status, spec.name).toBe(0);
      expect(run.stdout).toContain('The content check passes.');
      expect(run.stdout).toMatch(/replace the \d+ TODO placeholders?/);
    }
    const result = checkContent(root, content);
    expect(result.problems).toEqual([]);
    for (const spec of COLLECTIONS) {
      const id = `a-new-${spec.labels.singular.replace(/ /g, '-')}`;
      expect(result.entries.some((entry) => entry.collection === spec.name && entry.id === id), `${spec.name} ${id}`).toBe(true);
    }
  }, 120_000); // one process a collection: slow on a busy machine

  it('names the file it wrote, made from the title, and takes a title given as several words', () => {
    const { root, content } = makePlaybook();
    const run = runNew(root, 'techniques', 'Think,', 'pair,', 'share');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Wrote content/techniques/think-pair-share.mdx: a new technique with the id "think-pair-share".');
    expect(readFileSync(path.join(content, 'techniques/think-pair-share.mdx'), 'utf8')).toContain('title: Think, pair, share\n');
  });

  it('refuses to overwrite an entry that exists, and leaves it as it was', () => {
    const { root, content } = makePlaybook();
    const file = path.join(content, 'techniques/cold-call.mdx');
    const before = readFileSync(file, 'utf8');
    const run = runNew(root, 'techniques', 'Cold call');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('content/techniques/cold-call.mdx already exists, and it is not overwritten. Choose another title, or edit that file.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('adds a strand at the end of strands.yaml, keeping what was there, and refuses the same id twice', () => {
    const { root, content } = makePlaybook();
    const file = path.join(content, 'strands.yaml');
    const before = readFileSync(file, 'utf8');
    const first = runNew(root, 'strands', 'Behaviour for learning');
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('Added a strand with the id "behaviour-for-learning" at the end of content/strands.yaml.');
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('id: behaviour-for-learning');
    const again = runNew(root, 'strand', 'Behaviour for learning');
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe('content/strands.yaml already has a strand with the id "behaviour-for-learning". Choose another title, or edit that one.');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('says which collections there are when given one that is not', () => {
    const { root } = makePlaybook();
    const run = runNew(root, 'lessons', 'A lesson');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`There is no collection called "lessons". Use one of: ${COLLECTIONS.map((spec) => spec.route).join(', ')}.`);
  });

  it('asks for a title when there is none, or one with no letters', () => {
    const { root } = makePlaybook();
    const none = runNew(root, 'protocols');
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe('Give the new protocol a title: npm run new -- protocols "Its title"');
    const blank = runNew(root, 'protocols', '   ');
    expect(blank.stderr.trim()).toBe(none.stderr.trim());
    const symbols = runNew(root, 'protocols', '?!');
    expect(symbols.status).toBe(1);
    expect(symbols.stderr.trim()).toBe('The title "?!" has no letters or digits to make an id from. Give a title in words, like "Cold call".');
  });

  it('prints how to use it when run with nothing, and with --help', () => {
    const { root } = makePlaybook();
    const none = runNew(root);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Usage: npm run new -- <collection> "<title>"');
    const help = runNew(root, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run new -- <collection> "<title>"');
  });

  it('says what to add first when the playbook lacks what the entry must name, and writes nothing', () => {
    const { root, content } = makePlaybook();
    // With no sources, the fixture's own entries cite sources that are gone; the script still refuses clearly.
    writeFileSync(path.join(content, 'sources.yaml'), '[]\n');
    const run = runNew(root, 'rubrics', 'Feedback rubric');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('A rubric names its sources, and the playbook has no source yet. Add one first: npm run new -- sources "Its title"');
    expect(existsSync(path.join(content, 'rubrics/feedback-rubric.mdx'))).toBe(false);
  });

  it('refuses to start when playbook.yaml is broken, showing its problems', () => {
    const { root, content } = makePlaybook('playbook-bad-colour');
    const run = runNew(root, 'techniques', 'Anything');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/playbook.yaml has problems; fix them first');
    expect(run.stderr).toContain('content/playbook.yaml: colours.primary: expected a colour as six-digit hex');
    expect(existsSync(path.join(content, 'techniques/anything.mdx'))).toBe(false);
  });

  it('reports problems the content already had, apart from the new entry', () => {
    const { root } = makePlaybook('unknown-strand');
    const run = runNew(root, 'protocols', 'Weekly huddle');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('The content has 1 other problem, not in the new protocol:');
    expect(run.stderr).toContain('content/techniques/fluency-drill.mdx: strand:');
    expect(run.stdout).toContain('The content check passes.');
  });
});
