/** The mentor evidence form's data: saving, exporting, importing and the application text. */
import { describe, expect, it } from 'vitest';
import { applicationText, emptyEvidence, evidenceCodec, evidenceJson, evidenceProgress, evidenceStorageKey, mergeEvidence, setApplicant, setEvidence, type CriteriaSet } from '../../src/lib/evidence/evidence.ts';
import { parseEvidence, readEvidenceFile } from '../../src/lib/evidence/import-file.ts';
import { LIMITS } from '../../src/lib/storage/limits.ts';
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

  it('imports a file whose answers are named like inherited properties as plain data, without a crash', () => {
    const file = JSON.parse(evidenceJson(set, emptyEvidence('mentor-set')));
    const parsed = parseEvidence(JSON.stringify({ ...file, answers: { constructor: 'x', listens: 'Mine' } }), set);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeEvidence(emptyEvidence('mentor-set'), parsed.doc);
    expect(merged).toMatchObject({ filled: 2, kept: 0 });
    expect(Object.hasOwn(merged.doc.answers, 'constructor')).toBe(true);
    expect(evidenceProgress(set, merged.doc)).toEqual({ answered: 1, total: 2 });
    // A criterion named like an inherited property, with no answer, is unanswered: not a function.
    const odd = { ...set, criteria: [{ ...set.criteria[0]!, id: 'constructor' }] };
    expect(evidenceProgress(odd, emptyEvidence('mentor-set'))).toEqual({ answered: 0, total: 1 });
    expect(applicationText(odd, emptyEvidence('mentor-set'), 'today')).toContain('(no answer yet)');
    expect(parseEvidence(JSON.stringify({ ...file, answers: { __proto__: 'x' } }).replace('"answers":{}', '"answers":{"__proto__":"x"}'), set)).toMatchObject({ ok: false });
  });

  it('refuses hostile files: too large, too many answers, duplicate keys, not UTF-8, wrong types', async () => {
    const file = JSON.parse(evidenceJson(set, emptyEvidence('mentor-set')));
    const big = Object.assign(new Blob(['x'.repeat(LIMITS.fileBytes + 1)]), { name: 'big.json' });
    expect(await readEvidenceFile(big, set)).toMatchObject({ ok: false, summary: expect.stringMatching(/a file can be at most 4 MB here, so it was not read/) });
    const many = Object.fromEntries(Array.from({ length: 4 }, (_, index) => [`c${index}`, 'x']));
    expect(parseEvidence(JSON.stringify({ ...file, answers: many }), set, { ...LIMITS, answers: 3 })).toMatchObject({ ok: false, summary: expect.stringMatching(/^This file holds 4 answers, and a set of evidence can have at most 3/) });
    const twice = evidenceJson(set, setEvidence(emptyEvidence('mentor-set'), 'listens', 'One')).replace('"listens": "One"', '"listens": "One",\n    "listens": "Two"');
    expect(parseEvidence(twice, set)).toMatchObject({ ok: false, summary: expect.stringMatching(/gives “listens” twice in one place \(line \d+\)/) });
    const latin1 = new Uint8Array([...new TextEncoder().encode(evidenceJson(set, setEvidence(emptyEvidence('mentor-set'), 'listens', 'caf')).replace('"caf"', '"caf\u0000"'))]);
    latin1[latin1.indexOf(0)] = 0xe9;
    expect(await readEvidenceFile(Object.assign(new Blob([latin1]), { name: 'latin1.json' }), set)).toMatchObject({ ok: false, summary: expect.stringMatching(/not in UTF-8.*line \d+/) });
    expect(parseEvidence(JSON.stringify({ ...file, answers: ['a list'] }), set)).toMatchObject({ ok: false, summary: expect.stringMatching(/changed since it was exported/), detail: 'answers: expected an object, found a list' });
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
