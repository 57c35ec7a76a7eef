/**
 * What follows the form once the author asks to finish: "Checking the entry…" while a check is
 * still running; the finished files once there are no problems (written by output.ts, which loads
 * with the YAML library only now); otherwise a line saying the files wait for the problems listed
 * at the top.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import type { Data } from '../../engine/editor/document.ts';
import type { OutputFile } from '../../engine/editor/output.ts';
import { kindSpec } from '../../engine/editor/kinds.ts';
import type { EditorPageData, EntryChoice } from '../../engine/editor/page-data.ts';
import { dataInSchemaOrder } from '../../engine/editor/form-schema.ts';
import { editor, format } from '../../strings/index.ts';
import { FinishedFile } from './FinishedFile.tsx';
import { loadForm, loadSource } from './load.ts';
import type { NewEntryView } from './hooks/useNewEntries.ts';

/** The text of the list file that entries of a kind join: its first entry's file, or "" where it has none yet. */
async function listText(kind: EditorDraft['kind'], entries: readonly EntryChoice[]): Promise<string> {
  const first = entries.find((entry) => entry.kind === kind);
  return first ? (await loadSource(kind, first.id)).text : '';
}

export function Finish({ asked, headingRef, focusWhenWrittenRef, settled, problems, draft, id, data, body, file, listFile, extras, entries, page }: {
  asked: boolean;
  /** The finished files' heading, which Workspace.tsx focuses for an ask that found no problems. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Set by Workspace.tsx when such an ask came before the files were written: they take focus when they are. */
  focusWhenWrittenRef: RefObject<boolean>;
  settled: boolean;
  /** How many problems there are now. */
  problems: number;
  draft: EditorDraft;
  /** The entry's id ("" for playbook.yaml), which names the branch a proposal makes. */
  id: string;
  /** The entry's data, in the schema's order. */
  data: Data;
  body: string;
  file: string;
  listFile: string | undefined;
  /** The new entries in place that the draft names. */
  extras: readonly NewEntryView[];
  entries: readonly EntryChoice[] | undefined;
  page: EditorPageData;
}): ReactNode {
  const ready = asked && settled && problems === 0 && entries !== undefined;
  const [written, setWritten] = useState<{ files: OutputFile[] } | { error: string } | undefined>();
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void (async () => {
      const [{ outputFiles }, extraFiles] = await Promise.all([
        import('../../engine/editor/output.ts'),
        Promise.all(
          extras.map(async ({ entry, file: extraFile }) => ({
            kind: entry.kind,
            data: dataInSchemaOrder(entry.data, (await loadForm(entry.kind)).schema),
            file: extraFile,
            listText: await listText(entry.kind, entries),
          })),
        ),
      ]);
      const files = outputFiles({ kind: draft.kind, data, body, original: draft.original ?? undefined, file, listText: listFile, extras: extraFiles });
      if (live) setWritten({ files });
    })().catch((error: unknown) => {
      if (live) setWritten({ error: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      live = false;
      setWritten(undefined);
    };
  }, [ready, draft.kind, draft.original, data, body, file, listFile, extras, entries]);

  useEffect(() => {
    if (!written || !('files' in written) || !focusWhenWrittenRef.current) return;
    focusWhenWrittenRef.current = false;
    headingRef.current?.focus();
  }, [written, focusWhenWrittenRef, headingRef]);

  if (!asked) return null;
  if (!settled || (ready && !written)) {
    return (
      <p className="ed-loading" role="status">
        {editor.stillChecking}
      </p>
    );
  }
  if (!ready) return <p className="ed-not-finished">{editor.notFinished}</p>;
  if (written && 'error' in written) return <p className="ed-error-message">{format(editor.openFailed, { reason: written.error })}</p>;
  const branch = format(draft.original ? editor.branchChange : editor.branchNew, { id: id || kindSpec(draft.kind).labels.singular.replace(/\W+/g, '-') });
  return written ? <FinishedFile files={written.files} repository={page.repository} branch={branch} ref={headingRef} /> : null;
}
