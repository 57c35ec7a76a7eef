/**
 * Keeping the sequence builder's work in the browser, so that a reload or a closed tab does not
 * lose a half-built sequence. The draft is stored as `{ version: 1, savedAt, draft }`, read back
 * through a zod schema; unreadable data is backed up, never dropped (see ../storage/store.ts).
 */
import { z } from 'astro/zod';
import type { DocCodec } from '../storage/store.ts';
import { readVersioned, type VersionedFormat } from '../storage/versioned.ts';
import { emptyDraft, type Draft } from './sequence-builder.ts';

export interface SavedDraft {
  version: 1;
  /** When the draft was last changed, as an ISO date; "" for an empty draft never saved. */
  savedAt: string;
  draft: Draft;
}

const draftSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  draft: z.object({
    id: z.string(),
    title: z.string(),
    audience: z.string(),
    summary: z.string(),
    steps: z.array(z.object({ key: z.string(), technique: z.string(), step: z.string(), weeks: z.string(), notes: z.string() })),
  }),
});

const format: VersionedFormat<SavedDraft> = {
  current: 1,
  schemas: { 1: draftSchema },
  migrations: {},
  finish: (doc) => doc as SavedDraft,
};

/** The storage key, per site base path, so two playbooks on one host keep their drafts apart. */
export function builderDraftKey(base: string): string {
  return `playbook:${base}:sequence-builder:draft`;
}

export const builderDraftCodec: DocCodec<SavedDraft> = {
  read: (value) => readVersioned(value, format),
  empty: () => ({ version: 1, savedAt: '', draft: emptyDraft() }),
};

/** Whether a draft holds anything worth keeping. */
export function hasWork(draft: Draft): boolean {
  return draft.steps.length > 0 || [draft.id, draft.title, draft.audience, draft.summary].some((value) => value.trim() !== '');
}

export const DRAFT_QUOTA_MESSAGE = "Your browser's storage for this site is full, so this draft is not being saved. Download the file now to keep your work.";
export const DRAFT_UNSAVED_MESSAGE = 'This browser did not let the page save your draft, so it lasts only until you leave the page. Download the file to keep your work.';
