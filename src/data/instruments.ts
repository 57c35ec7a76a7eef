/**
 * Instruments for the self-audit islands, built from content entries: audits, and rubrics whose
 * purposes include self-review. Develop-next ids are resolved here to titles and URLs, so the
 * island gets everything it shows as props and never needs the content itself.
 */
import { instrumentFromAudit, instrumentFromRubric, type Instrument, type LinkResolver } from '../lib/audit/instrument.ts';
import { withBase } from '../lib/url.ts';
import { entriesOf, entryPath, titleOf } from './entries.ts';
import type { EntryData } from '../collections/index.ts';

type AuditData = EntryData<'audits'>;
type RubricData = EntryData<'rubrics'>;

/** Whether a rubric is answered as a self-assessment. */
export function isSelfReview(rubric: RubricData): boolean {
  return rubric.purposes.includes('self-review');
}

async function linkResolver(): Promise<LinkResolver> {
  const base = import.meta.env.BASE_URL;
  const titles = new Map<string, string>();
  for (const collection of ['techniques', 'protocols'] as const) {
    for (const entry of await entriesOf(collection)) titles.set(`${collection}/${entry.id}`, titleOf(entry));
  }
  return (collection, id) => ({ title: titles.get(`${collection}/${id}`) ?? id, href: withBase(base, entryPath(collection, id)) });
}

export async function auditInstrument(id: string, data: AuditData): Promise<Instrument> {
  return instrumentFromAudit(id, data, await linkResolver());
}

export function rubricInstrument(id: string, data: RubricData): Instrument {
  return instrumentFromRubric(id, data);
}

/** Every instrument that can be answered, audits first, each group by title. */
export async function allInstruments(): Promise<Instrument[]> {
  const audits = await entriesOf('audits');
  const rubrics = (await entriesOf('rubrics')).filter((entry) => isSelfReview(entry.data));
  const resolve = await linkResolver();
  return [...audits.map((entry) => instrumentFromAudit(entry.id, entry.data, resolve)), ...rubrics.map((entry) => instrumentFromRubric(entry.id, entry.data))];
}
