/** The mentor evidence form's data: saving, exporting, importing and the application text. */
import { describe, expect, it } from 'vitest';
import { applicationText, emptyEvidence, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, mergeEvidence, parseEvidence, setApplicant, setEvidence, type CriteriaSet } from '../../src/lib/evidence/evidence.ts';
import { loadDoc, memoryStorage, updateDoc } from '../../src/lib/storage/store.ts';

const set: CriteriaSet = {
  id: 'mentor-set',
  title: 'Mentor set',
  role: 'ITT mentor',
  criteria: [
    { id: 'listens', title: 'Listens', description: 'Listens well.', evidencePrompt: 'Describe a time you listened.' },
    { id: 'challenges', title: 'Challenges', description: 'Challenges kindly.', evidencePrompt: 'Describe a challenge you gave.' },
  ],
};

describe('evidence', () => {
  it('round-trips through an exported file', () => {
    const doc = setApplicant(setEvidence(emptyEvidence('mentor-set'), 'listens', 'In March I…'), 'name', 'Sam Patel');
    const parsed = parseEvidence(evidenceJson(set, doc), set);
    expect(parsed).toEqual({ ok: true, doc });
    expect(evidenceProgress(set, doc)).toEqual({ answered: 1, total: 2 });
  });

  it('refuses malformed, foreign, newer and damaged files with a reason', () => {
    expect(parseEvidence('nope', set)).toMatchObject({ ok: false, summary: expect.stringMatching(/could not be read as saved evidence/), detail: expect.stringMatching(/not valid JSON/) });
    expect(parseEvidence('{"format":"playbook-self-audit"}', set)).toMatchObject({ ok: false, summary: expect.stringMatching(/not a file of mentor evidence exported from this playbook/) });
    const other = JSON.parse(evidenceJson({ ...set, id: 'other-set', title: 'Other set' }, emptyEvidence('other-set')));
    expect(parseEvidence(JSON.stringify(other), set)).toMatchObject({ ok: false, summary: expect.stringMatching(/evidence for other criteria: “Other set”, not “Mentor set”/) });
    const mine = JSON.parse(evidenceJson(set, emptyEvidence('mentor-set')));
    expect(parseEvidence(JSON.stringify({ ...mine, version: 3 }), set)).toMatchObject({ ok: false, summary: expect.stringMatching(/newer version/) });
    expect(parseEvidence(JSON.stringify({ ...mine, answers: { listens: 5 } }), set)).toMatchObject({ ok: false, summary: expect.stringMatching(/changed since it was exported/), detail: expect.stringMatching(/answers\.listens/) });
  });

  it('saves answers to different criteria from two tabs without losing either', () => {
    const storage = memoryStorage();
    const key = evidenceStorageKey('/', 'mentor-set');
    const codec = evidenceCodec('mentor-set');
    updateDoc(storage, key, codec, (doc) => setEvidence(doc, 'listens', 'Tab one'));
    updateDoc(storage, key, codec, (doc) => setEvidence(doc, 'challenges', 'Tab two'));
    expect(loadDoc(storage, key, codec).doc.answers).toEqual({ listens: 'Tab one', challenges: 'Tab two' });
  });

  it('reads evidence as the current release stores it, and refuses a damaged store with a plain reason', () => {
    const key = evidenceStorageKey('/', 'mentor-set');
    const text = '{"version":1,"set":"mentor-set","applicant":{"name":"Sam Patel","school":"Hill School"},"answers":{"listens":"In March I filmed a debrief."}}';
    expect(loadDoc(memoryStorage({ [key]: text }), key, evidenceCodec('mentor-set'))).toEqual({ writable: true, doc: JSON.parse(text) });
    const damaged = loadDoc(memoryStorage({ [key]: text.replace('"Hill School"', '7') }), key, evidenceCodec('mentor-set'));
    expect(damaged.notice).toMatchObject({ kind: 'backed-up', reason: 'applicant.school: expected text, found a number' });
  });

  it('imports into empty answers only, counting what it filled and what it kept', () => {
    const here = setApplicant(setEvidence(setEvidence(emptyEvidence('mentor-set'), 'listens', 'Mine'), 'challenges', '  '), 'school', 'Hill School');
    const file = setApplicant(setApplicant(setEvidence(setEvidence(emptyEvidence('mentor-set'), 'listens', 'Theirs'), 'challenges', 'From the file'), 'name', 'Sam'), 'school', 'Other School');
    const merged = mergeEvidence(here, file);
    expect(merged).toMatchObject({ filled: 1, kept: 1, doc: { answers: { listens: 'Mine', challenges: 'From the file' }, applicant: { name: 'Sam', school: 'Hill School' } } });
    expect(mergeEvidence(here, here)).toMatchObject({ filled: 1, kept: 0 });
  });

  it('backs up stored evidence for another set instead of showing it', () => {
    const key = evidenceStorageKey('/', 'mentor-set');
    const storage = memoryStorage({ [key]: JSON.stringify(emptyEvidence('other-set')) });
    const loaded = loadDoc(storage, key, evidenceCodec('mentor-set'));
    expect(loaded.notice?.kind).toBe('backed-up');
  });

  it('writes the application with every criterion, prompt and answer', () => {
    const doc = setApplicant(setEvidence(emptyEvidence('mentor-set'), 'challenges', '  I asked…  '), 'school', 'Hill School');
    const text = applicationText(set, doc, '14 September 2026');
    expect(text).toContain('Name: (not given)');
    expect(text).toContain('School: Hill School');
    expect(text).toContain('1. Listens\nListens well.\nEvidence prompt: Describe a time you listened.\n\n(no answer yet)');
    expect(text).toContain('2. Challenges\nChallenges kindly.\nEvidence prompt: Describe a challenge you gave.\n\nI asked…');
  });
});
