/**
 * The engine on every instrument in the default content: each audit and self-review rubric
 * builds, scores, exports and imports again exactly, and refuses another instrument's file.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/engine/read.node.ts';
import { contentFolder } from '../../src/core/playbook-folder.node.ts';
import { auditSchema } from '../../src/collections/audits/schema.ts';
import { rubricSchema } from '../../src/collections/rubrics/schema.ts';
import { instrumentFromAudit, instrumentFromRubric, itemsOf, type Instrument } from '../../src/lib/audit/instrument.ts';
import { exportJson } from '../../src/lib/audit/exchange.ts';
import { parseExport } from '../../src/lib/audit/import-file.ts';
import { mergeAttempts, newAttempt, setAnswer } from '../../src/lib/audit/attempts.ts';
import { emptyDoc } from '../../src/lib/audit/schema.ts';
import { progress, scoreAnswers } from '../../src/lib/audit/scoring.ts';
import { PROJECT_ROOT } from './helpers.ts';
import { resolve } from './audit-fixtures.ts';

const folder = contentFolder({}, PROJECT_ROOT);
const { entries } = readContent(PROJECT_ROOT, folder);
// .loose(): fields other collections add (a framework's serves) are not the audit's concern.
const instruments: Instrument[] = [
  ...entries.filter((entry) => entry.collection === 'audits').map((entry) => instrumentFromAudit(entry.id, auditSchema().loose().parse(entry.data), resolve)),
  ...entries
    .filter((entry) => entry.collection === 'rubrics')
    .map((entry) => ({ id: entry.id, data: rubricSchema().loose().parse(entry.data) }))
    .filter((entry) => entry.data.purposes.includes('self-review'))
    .map((entry) => instrumentFromRubric(entry.id, entry.data)),
];

describe('every instrument in the default content', () => {
  it('includes audits and self-review rubrics', () => {
    expect(instruments.some((instrument) => instrument.kind === 'audit')).toBe(true);
    expect(instruments.some((instrument) => instrument.kind === 'rubric')).toBe(true);
  });

  for (const instrument of instruments) {
    it(`${instrument.kind} "${instrument.id}": unique item ids, scoring, and an exact round trip`, () => {
      const ids = itemsOf(instrument).map(({ item }) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      const now = new Date('2026-09-14T09:00:00.000Z');
      let doc = mergeAttempts(emptyDoc(instrument.kind, instrument.id), [newAttempt('a', 'September 2026', now)]).doc;
      ids.forEach((id, index) => {
        if (index % 3 !== 2) doc = setAnswer(doc, 'a', id, instrument.scale[index % instrument.scale.length]!.value, now);
      });
      expect(progress(instrument, doc.attempts[0]!.answers).answered).toBe(ids.filter((_, index) => index % 3 !== 2).length);
      expect(scoreAnswers(instrument, doc.attempts[0]!.answers).mean).not.toBeNull();
      const text = exportJson(instrument, doc);
      const parsed = parseExport(text, instrument);
      expect(parsed.ok && parsed.warnings).toEqual([]);
      if (!parsed.ok) return;
      expect(exportJson(instrument, mergeAttempts(emptyDoc(instrument.kind, instrument.id), parsed.file.attempts).doc)).toBe(text);
      const other = instruments.find((candidate) => candidate !== instrument)!;
      expect(parseExport(text, other)).toMatchObject({ ok: false, problem: 'instrument' });
    });
  }
});
