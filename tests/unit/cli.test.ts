/** The real CLI, scripts/check-content.ts, run as a separate Node process. */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/engine/check.node.ts';
import { formatProblem } from '../../src/core/problem.ts';
import { PROJECT_ROOT, makePlaybook, removePlaybooks } from './helpers.ts';

afterAll(removePlaybooks);

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/check-content.ts');

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from `cwd` with PLAYBOOK_CONTENT set; never throws on a non-zero exit. */
function runCli(cwd: string, content: string): Run {
  const options: ExecFileSyncOptions = {
    cwd,
    env: { ...process.env, PLAYBOOK_CONTENT: content, NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: 'pipe',
    encoding: 'utf8',
  };
  try {
    const stdout = execFileSync(process.execPath, [SCRIPT], options) as string;
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('scripts/check-content.ts', () => {
  it('runs under Node 24 or later (type stripping)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });

  it('exits 0 and says so for the good fixture', () => {
    const { root, content } = makePlaybook();
    const run = runCli(root, content);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Content check: 13 entries, no problems \(\d+\.\d s\)\.\n$/);
  });

  it('exits 1 and prints one line a problem plus a summary', () => {
    const { root, content } = makePlaybook('scale-out-of-order', 'unknown-source', 'duplicate-source-id');
    const expected = checkContent(root, content).problems.map(formatProblem);
    expect(expected).toHaveLength(3);
    const run = runCli(root, 'content');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([...expected, '', '3 problems in the content. Fix them and run `npm run check` again.']);
    expect(lines[0]).toBe(
      'content/audits/questioning-audit.mdx: scale[2].value: expected a value greater than the one before it (2): scale values rise and are distinct, found 2',
    );
  });

  it('says "problem" and "it" for a single problem', () => {
    const { root, content } = makePlaybook('unknown-strand');
    const run = runCli(root, content);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'content/techniques/fluency-drill.mdx: strand: expected the id of a strand in strands.yaml, found "retrieval", which does not exist\n\n1 problem in the content. Fix it and run `npm run check` again.\n',
    );
  });

  it('names files relative to the directory it runs in, PLAYBOOK_CONTENT relative or absolute', () => {
    const { root, content } = makePlaybook('mdx-syntax-error');
    const relative = runCli(root, 'content');
    const absolute = runCli(root, content);
    expect(relative.stderr).toBe(absolute.stderr);
    expect(relative.stderr.startsWith('content/techniques/cold-call.mdx: body (line 22, column 1): expected valid MDX')).toBe(true);
    const fromParent = runCli(path.dirname(root), content);
    expect(fromParent.stderr.startsWith(`${path.basename(root)}/content/techniques/cold-call.mdx: `)).toBe(true);
  });
});
