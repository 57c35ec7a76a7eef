/** A small instrument and answer sets for the self-audit unit tests. */
import { instrumentFromAudit, type Instrument, type LinkResolver } from '../../src/lib/audit/instrument.ts';
import type { Attempt } from '../../src/lib/audit/schema.ts';

export const resolve: LinkResolver = (collection, id) => ({ title: `${collection}:${id}`, href: `/${collection}/${id}/` });

/** Two sections: "asking" (3 items), "listening" (2 items); scale 1 to 4. */
export const instrument: Instrument = instrumentFromAudit(
  'test-audit',
  {
    title: 'Test audit',
    scale: [
      { value: 1, label: 'Never', description: 'Not at all.' },
      { value: 2, label: 'Rarely', description: 'Now and then.' },
      { value: 3, label: 'Often', description: 'Most of the time.' },
      { value: 4, label: 'Always', description: 'Every time.' },
    ],
    sections: [
      {
        id: 'asking',
        title: 'Asking',
        summary: '',
        develop: { techniques: ['cold-call'], protocols: [] },
        items: [
          { id: 'a1', text: 'I ask.', develop: { techniques: ['wait-time'], protocols: [] } },
          { id: 'a2', text: 'I probe.', develop: { techniques: [], protocols: [] } },
          { id: 'a3', text: 'I vary.', develop: { techniques: ['cold-call'], protocols: ['grow'] } },
        ],
      },
      {
        id: 'listening',
        title: 'Listening',
        summary: '',
        develop: { techniques: [], protocols: ['video'] },
        items: [
          { id: 'l1', text: 'I listen.', develop: { techniques: [], protocols: [] } },
          { id: 'l2', text: 'I check.', develop: { techniques: [], protocols: [] } },
        ],
      },
    ],
  },
  resolve,
);

export function attempt(id: string, answers: Record<string, number>, createdAt = '2026-09-14T09:00:00.000Z', label = id): Attempt {
  return { id, label, createdAt, updatedAt: createdAt, answers, notes: {} };
}

/** An exported file's text for the test instrument. */
export function exportText(attempts: Attempt[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'playbook-self-audit', version: 3, owner: '', instrument: { kind: 'audit', id: 'test-audit', title: 'Test audit' }, attempts, ...overrides });
}
