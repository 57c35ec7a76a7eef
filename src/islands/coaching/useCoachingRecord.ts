/**
 * The coach's record on this device, through the islands' one persistence hook
 * (`usePersistentDoc`): versioned, read through the coaching schema, followed across tabs, with
 * unreadable data set aside and offered for download. The codec is made once, so the store is too.
 */
import { coachingCodec, coachingStorageKey } from '../../lib/coaching/record.ts';
import type { CoachingDoc } from '../../lib/coaching/schema.ts';
import { newId } from '../shared/download.ts';
import { usePersistentDoc, type PersistentDoc } from '../shared/usePersistentDoc.ts';

const codec = coachingCodec(newId);

export function useCoachingRecord(base: string): PersistentDoc<CoachingDoc> {
  return usePersistentDoc(coachingStorageKey(base), codec);
}
