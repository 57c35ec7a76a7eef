/**
 * An entry open in the editor: its heading and file, the error summary, the form (file name,
 * fields, worked examples or body), the finished file once it has no problems, and beside them a
 * live preview. Problems show beside their fields once the author asks to finish, as GOV.UK's
 * pattern has it; the summary lists them all the while.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { slugify, type CollectionName, type JsonSchema, type Taxonomy } from '../../engine/editor/engine.ts';
import { entryFile, idIsFileName, kindSpec } from '../../engine/editor/kinds.ts';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import { saveEntry } from '../../engine/editor/document.ts';
import { dataInSchemaOrder } from '../../engine/editor/form-schema.ts';
import { pathKey, setAt } from '../../engine/editor/data-paths.ts';
import { placeKey } from '../../engine/editor/form-problems.ts';
import type { EditorPageData, EntryChoice } from '../../engine/editor/page-data.ts';
import { bodyFromExamples } from '../../lib/editor/examples.ts';
import { editor, format } from '../../strings/index.ts';
import { Fill } from '../shared/fill.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { FinishedFile } from './FinishedFile.tsx';
import { Preview } from './Preview.tsx';
import { EntryForm } from './EntryForm.tsx';
import { useProblems } from './hooks/useProblems.ts';
import { useNamedEntries } from './hooks/useNamedEntries.ts';
import { useListFile } from './hooks/useListFile.ts';
import type { Choice, FieldContext } from './field-context.ts';

export interface WorkspaceProps {
  draft: EditorDraft;
  schema: JsonSchema;
  page: EditorPageData;
  taxonomy: Taxonomy;
  /** The playbook's entries, once they have arrived. */
  entries: readonly EntryChoice[] | undefined;
  update: (change: (current: EditorDraft) => EditorDraft) => void;
  close: () => void;
  focusLater: (id: string) => void;
  /** Moves focus where it was asked to go, once this part of the form, which loads later, is there. */
  flushFocus: () => void;
  announce: (message: string) => void;
}

const asData = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});

export function Workspace({ draft, schema, page, taxonomy, entries, update, close, focusLater, flushFocus, announce }: WorkspaceProps): ReactNode {
  const spec = kindSpec(draft.kind);
  const id = idIsFileName(draft.kind) ? draft.id : typeof draft.data.id === 'string' ? draft.data.id : '';
  const file = draft.original?.file ?? entryFile(draft.kind, id, page.contentDir);
  const body = draft.examples ? bodyFromExamples(draft.examples) : draft.body;
  const ordered = useMemo(() => dataInSchemaOrder(draft.data, schema), [draft.data, schema]);
  const listFile = useListFile(draft, entries);
  const fileText = useMemo(() => {
    try {
      return saveEntry(draft.kind, { data: ordered, body }, draft.original ?? undefined, listFile);
    } catch {
      return '';
    }
  }, [draft.kind, draft.original, ordered, body, listFile]);

  const { named, parts, pending: reading } = useNamedEntries(schema, draft.data, entries, taxonomy);
  const existing = useMemo(() => entries?.flatMap((entry) => (entry.kind === 'playbook' ? [] : [{ collection: entry.kind, id: entry.id }])), [entries]);
  const context = useMemo(() => ({ taxonomy, existing, named }), [taxonomy, existing, named]);
  const entry = useMemo(() => ({ kind: draft.kind, id, file, data: draft.data, ...(draft.original ? { originalId: draft.original.id } : {}) }), [draft.kind, id, file, draft.data, draft.original]);
  const topLevel = useMemo(() => Object.keys(asData(schema.properties)), [schema]);
  const bodyLine = fileText.split('\n').length - body.split('\n').length + 1;
  const problems = useProblems(entry, spec.format === 'mdx' ? { text: body, line: bodyLine } : undefined, context, taxonomy, topLevel);

  useEffect(flushFocus);
  // Every check has run on the entry as it is now: its body's, and the rules that read other entries.
  const settled = !problems.pending && !reading && entries !== undefined;
  const [finishing, setFinishing] = useState(false);
  // Asking to finish moves focus to the summary, or to the finished file, once every check has run.
  const [asked, setAsked] = useState(0);
  const answered = useRef(0);
  const summaryRef = useRef<HTMLElement>(null);
  const outputRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!settled || asked === answered.current) return;
    answered.current = asked;
    (problems.all.length > 0 ? summaryRef : outputRef).current?.focus();
  }, [settled, asked, problems.all.length]);
  const finish = () => {
    setFinishing(true);
    setAsked((count) => count + 1);
  };

  const choices = useMemo(() => {
    const byKind = new Map<string, Choice[]>();
    for (const choice of entries ?? []) byKind.set(choice.kind, [...(byKind.get(choice.kind) ?? []), { id: choice.id, label: choice.title, ...(choice.group !== undefined ? { group: choice.group } : {}) }]);
    return byKind;
  }, [entries]);
  const terms = useMemo(() => new Map([...page.terms.phases, ...page.terms.subjects, ...page.terms.components].map((term) => [term.id, term.label])), [page]);
  const messagesOf = (key: string) => (finishing ? (problems.places.get(key) ?? []).map(({ problem }) => format(editor.problemSentence, { expected: problem.expected, found: problem.found })) : []);
  const fieldContext: FieldContext = {
    root: draft.data,
    labels: spec.labels,
    labelsOf: (collection: CollectionName) => kindSpec(collection).labels,
    choices: (collection) => (entries ? (choices.get(collection) ?? []) : undefined),
    parts,
    valueLabel: (value) => terms.get(value) ?? spec.valueLabels?.[value] ?? value,
    messagesAt: (path) => messagesOf(pathKey(path)),
    set: (path, value) =>
      update((current) => {
        // A new entry's file name follows its title until the author types one.
        const followTitle = !current.original && !current.idEdited && idIsFileName(current.kind) && path.length === 1 && path[0] === spec.titleField;
        return { ...current, data: asData(setAt(current.data, path, value)), id: followTitle ? slugify(String(value ?? '')) : current.id };
      }),
    focusLater,
    announce,
  };
  const bodyMessages = finishing ? (problems.places.get(placeKey({ at: 'body' })) ?? []).map(({ problem }) => format(editor.problemInFieldSentence, { field: problem.field, expected: problem.expected, found: problem.found })) : [];
  const finished = finishing && settled && problems.all.length === 0 && fileText !== '';
  const title = spec.format === 'single' ? spec.labels.singular : String(draft.data[spec.titleField] ?? draft.original?.id ?? '');

  return (
    <div className="ed-layout">
      <div className="ed-main">
        <h2 id="ed-heading" tabIndex={-1}>
          {draft.original ? format(editor.headingChange, { title }) : format(editor.headingNew, spec.labels)}
        </h2>
        <p className="ed-file">
          <Fill template={editor.fileIs} values={{ file: <code>{file || editor.fileNameMissing}</code> }} />
        </p>
        <div className="island-buttons">
          <button type="button" className="island-button island-button--quiet" onClick={close}>
            {editor.closeEntry}
          </button>
          <a className="ed-skip" href="#ed-preview-heading">
            {editor.goToPreview}
          </a>
        </div>
        <ErrorSummary problems={problems.all} alert={finishing} exists={(candidate) => document.getElementById(candidate) !== null} ref={summaryRef} />
        <EntryForm draft={draft} spec={spec} schema={schema} page={page} context={fieldContext} fileNameMessages={messagesOf(placeKey({ at: 'file-name' }))} bodyMessages={bodyMessages} update={update} focusLater={focusLater} onFinish={finish} />
        {finished && <FinishedFile file={file} text={fileText} markdown={spec.format === 'mdx'} isNew={!draft.original && spec.format !== 'yaml-list'} repository={page.repository} ref={outputRef} />}
        {finishing && !settled && (
          <p className="ed-loading" role="status">
            {editor.stillChecking}
          </p>
        )}
        {finishing && settled && problems.all.length > 0 && <p className="ed-not-finished">{editor.notFinished}</p>}
      </div>
      {/* A region of its own that scrolls on a wide screen, so it takes focus for keyboard users. */}
      <div className="ed-preview-pane" role="region" aria-labelledby="ed-preview-heading" tabIndex={0}>
        <h2 id="ed-preview-heading" tabIndex={-1}>
          {editor.previewHeading}
        </h2>
        <Preview spec={spec} schema={schema} data={ordered} body={draft.body} examples={draft.examples} context={fieldContext} />
      </div>
    </div>
  );
}
