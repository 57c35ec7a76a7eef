/**
 * An entry open in the editor: its heading, then straight away its form (so the first Tab after
 * "Start" reaches the first field), the error summary once the author asks to finish, the finished
 * files once there are no problems, and beside them a live preview. Each problem is a plain
 * sentence about its field (problem-words.ts), shown beside the field once focus has left it, and
 * all of them once the author asks to finish, as GOV.UK's pattern has it: a blank form is calm.
 */
import { Suspense, lazy, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { slugify, type CollectionName, type JsonSchema, type Taxonomy } from '../../engine/editor/engine.ts';
import { entryFile, idIsFileName, isKind, kindSpec } from '../../engine/editor/kinds.ts';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import { dataInSchemaOrder } from '../../engine/editor/form-schema.ts';
import { pathKey, setAt } from '../../engine/editor/data-paths.ts';
import { fieldDomId, formPlaces, placeKey, type FormProblem } from '../../engine/editor/form-problems.ts';
import { problemSentence, type WordsContext } from '../../engine/editor/problem-words.ts';
import type { EditorPageData, EntryChoice } from '../../engine/editor/page-data.ts';
import { bodyFromExamples } from '../../lib/editor/examples.ts';
import { editor, format } from '../../strings/index.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Preview } from './Preview.tsx';
import { EntryForm } from './EntryForm.tsx';
import { NewEntryInPlace, newEntryKey } from './NewEntryInPlace.tsx';
import { useProblems } from './hooks/useProblems.ts';
import { useNamedEntries } from './hooks/useNamedEntries.ts';
import { useListFile } from './hooks/useListFile.ts';
import { useShown } from './hooks/useShown.ts';
import { useNewEntries, writesInPlace } from './hooks/useNewEntries.ts';
import { exampleLines } from './body-places.ts';
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

/** What follows the form once the author asks to finish loads then, with the file writer (and the YAML library). */
const Finish = lazy(() => import('./Finish.tsx').then((module) => ({ default: module.Finish })));

const asData = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {});

export function Workspace({ draft, schema, page, taxonomy, entries, update, close, focusLater, flushFocus, announce }: WorkspaceProps): ReactNode {
  const spec = kindSpec(draft.kind);
  const onFile = idIsFileName(draft.kind);
  const id = onFile ? draft.id : typeof draft.data.id === 'string' ? draft.data.id : '';
  const file = draft.original?.file ?? entryFile(draft.kind, id, page.contentDir);
  const body = draft.examples ? bodyFromExamples(draft.examples) : draft.body;
  const ordered = useMemo(() => dataInSchemaOrder(draft.data, schema), [draft.data, schema]);
  const listFile = useListFile(draft, entries);

  const { named, parts, pending: reading } = useNamedEntries(schema, draft.data, entries, taxonomy);
  const extraIds = useMemo(() => draft.extras.flatMap((extra) => (typeof extra.data.id === 'string' && extra.data.id !== '' ? [{ collection: extra.kind as CollectionName, id: extra.data.id }] : [])), [draft.extras]);
  const existing = useMemo(() => entries?.flatMap((entry) => (entry.kind === 'playbook' ? [] : [{ collection: entry.kind, id: entry.id }])), [entries]);
  const playbook = useMemo(() => ({ taxonomy, existing, named }), [taxonomy, existing, named]);
  // The draft's own check sees its new entries in place as entries of the playbook.
  const context = useMemo(() => ({ ...playbook, existing: existing && [...existing, ...extraIds] }), [playbook, existing, extraIds]);
  const entry = useMemo(() => ({ kind: draft.kind, id, file, data: draft.data, ...(draft.original ? { originalId: draft.original.id } : {}) }), [draft.kind, id, file, draft.data, draft.original]);
  const order = useMemo(() => formPlaces(schema, draft.kind), [schema, draft.kind]);
  const lines = useMemo(() => exampleLines(draft.examples), [draft.examples]);
  const problems = useProblems(entry, spec.format === 'mdx' ? { text: body, line: 1 } : undefined, context, taxonomy, order, lines.placeOf);
  const inPlace = useNewEntries({ draft, update, context: playbook, contentDir: page.contentDir });
  const shown = useShown();
  const namedExtras = inPlace.named;
  const proposed = useMemo(() => namedExtras(draft.data), [namedExtras, draft.data]);

  useEffect(flushFocus);
  // Every check has run on the entry as it is now: its body's, and the rules that read other entries.
  const settled = !problems.pending && !reading && entries !== undefined;
  // Asking to finish moves focus to the summary, or to the finished files, once every check has run.
  const [asked, setAsked] = useState(0);
  const answered = useRef(0);
  const summaryRef = useRef<HTMLElement>(null);
  /** The finished files' heading, and whether it should take focus once they are written (Finish.tsx). */
  const filesRef = useRef<HTMLHeadingElement>(null);
  const focusFilesRef = useRef(false);

  const choices = useMemo(() => {
    const byKind = new Map<string, Choice[]>();
    const add = (kind: string, choice: Choice) => byKind.set(kind, [...(byKind.get(kind) ?? []), choice]);
    for (const choice of entries ?? []) add(choice.kind, { id: choice.id, label: choice.title, ...(choice.group !== undefined ? { group: choice.group } : {}) });
    for (const extra of draft.extras) if (typeof extra.data.id === 'string' && extra.data.id !== '') add(extra.kind, { id: extra.data.id, label: String(extra.data[kindSpec(extra.kind).titleField] ?? extra.data.id) });
    return byKind;
  }, [entries, draft.extras]);
  const words: WordsContext = {
    schema,
    data: draft.data,
    labels: spec.labels,
    labelsOf: (collection) => (isKind(collection) ? kindSpec(collection).labels : undefined),
    titleOf: (collection, entryId) => choices.get(collection)?.find((choice) => choice.id === entryId)?.label,
    exampleAt: lines.exampleAt,
  };
  // A short name left to follow an empty title has nothing to say of its own: the title's problem says it.
  const quietName = (item: FormProblem) => !draft.original && !draft.idEdited && id === '' && item.problem.rule?.rule === 'missing' && (item.place.at === 'file-name' || (item.place.at === 'field' && pathKey(item.place.path) === pathKey(['id'])));
  const all = problems.all.filter((item) => !quietName(item));
  const sentencesAt = (key: string) => (shown.shows(key) ? (problems.places.get(key) ?? []).filter((item) => !quietName(item)).map((item) => problemSentence(item, words)) : []);
  const newEntrySentences = inPlace.views.flatMap((view) => {
    const labels = kindSpec(view.entry.kind).labels;
    const own = { ...words, schema: view.form.value?.schema ?? {}, data: view.entry.data, labels, entryOwner: format(editor.theNewEntry, labels) };
    return view.problems.map((item) => ({ view, item, sentence: problemSentence(item, own) }));
  });
  // The new entries' problems follow the draft's own, each linked to its field inside the new entry.
  const summary = [
    ...all.map((item) => ({ place: item.place, sentence: problemSentence(item, words) })),
    ...newEntrySentences.map(({ view, item, sentence }) => ({ place: { at: 'field' as const, path: ['new', view.entry.key, ...(item.place.at === 'field' ? item.place.path : [])] }, sentence })),
  ];
  const total = summary.length;
  // With problems left, the summary takes focus; without, the finished files do, now or once written
  // (Finish.tsx). Decided here, where every ask is seen as it settles, so files written later, as the
  // last problem is fixed, leave focus where the author is typing.
  useEffect(() => {
    if (!settled || asked === answered.current) return;
    answered.current = asked;
    focusFilesRef.current = false;
    if (total > 0) summaryRef.current?.focus();
    else if (filesRef.current) filesRef.current.focus();
    else focusFilesRef.current = true;
  }, [settled, asked, total]);

  const fieldContext: FieldContext = {
    root: draft.data,
    idOf: fieldDomId,
    labels: spec.labels,
    labelsOf: (collection: CollectionName) => kindSpec(collection).labels,
    choices: (collection) => (entries ? (choices.get(collection) ?? []) : undefined),
    parts,
    valueLabel: (value) => page.terms.phases.concat(page.terms.subjects, page.terms.components).find((term) => term.id === value)?.label ?? spec.valueLabels?.[value] ?? value,
    messagesAt: (path) => sentencesAt(pathKey(path)),
    leave: (path) => shown.leave(pathKey(path)),
    set: (path, value) => fieldContext.setMany([{ path, value }]),
    setMany: (changes) =>
      update((current) => {
        let data = current.data;
        let next = current;
        for (const { path, value } of changes) {
          data = asData(setAt(data, path, value));
          // A new entry's short name follows its title until the author types one.
          const isTitle = path.length === 1 && path[0] === spec.titleField;
          if (isTitle && !current.original && !current.idEdited && idIsFileName(current.kind)) next = { ...next, id: slugify(String(value ?? '')) };
          if (isTitle && !current.original && !current.idEdited && !idIsFileName(current.kind) && spec.format === 'yaml-list') data = { ...data, id: slugify(String(value ?? '')) || undefined };
          if (path.length === 1 && path[0] === 'id') next = { ...next, idEdited: true };
        }
        return { ...next, data: asData(data) };
      }),
    focusLater,
    announce,
    inPlace: (collection, path, value) =>
      writesInPlace(collection) && collection !== draft.kind ? (
        <NewEntryInPlace
          collection={collection}
          path={path}
          value={value}
          context={fieldContext}
          actions={{
            ...inPlace,
            messages: (view, path2) => (shown.shows(newEntryKey(view.entry.key, path2)) ? newEntrySentences.filter((item) => item.view === view && item.item.place.at === 'field' && pathKey(item.item.place.path) === pathKey(path2)).map((item) => item.sentence) : []),
            leave: (view, path2) => shown.leave(newEntryKey(view.entry.key, path2)),
          }}
        />
      ) : null,
  };
  const body_ = {
    body: sentencesAt(placeKey({ at: 'body' })),
    of: (index: number, field: 'phase' | 'subject' | 'title' | 'text') => sentencesAt(placeKey({ at: 'body', example: index, attribute: field })),
    onLeave: (index?: number, field?: 'phase' | 'subject' | 'title' | 'text') => shown.leave(placeKey(index === undefined ? { at: 'body' } : { at: 'body', example: index, attribute: field ?? 'text' })),
  };
  const title = spec.format === 'single' ? spec.labels.singular : String(draft.data[spec.titleField] ?? draft.original?.id ?? '');
  const finish = () => {
    shown.finish();
    setAsked((count) => count + 1);
  };

  return (
    <div className="ed-layout">
      <div className="ed-main">
        <h2 id="ed-heading" tabIndex={-1}>
          {draft.original ? format(editor.headingChange, { title }) : format(editor.headingNew, spec.labels)}
        </h2>
        {shown.finishing && settled && <ErrorSummary problems={summary} exists={(candidate) => document.getElementById(candidate) !== null} ref={summaryRef} />}
        <EntryForm
          draft={draft}
          spec={spec}
          schema={schema}
          page={page}
          context={fieldContext}
          fileName={{ messages: sentencesAt(placeKey({ at: 'file-name' })), onLeave: () => shown.leave(placeKey({ at: 'file-name' })) }}
          body={body_}
          update={update}
          focusLater={focusLater}
          onFinish={finish}
        />
        {shown.finishing && (
          <Suspense fallback={<p className="ed-loading" role="status">{editor.stillChecking}</p>}>
            <Finish
          asked={shown.finishing}
          settled={settled}
          problems={total}
          draft={draft}
          id={id}
          data={ordered}
          body={body}
          file={file}
          listFile={listFile}
          extras={proposed}
          entries={entries}
          page={page}
          headingRef={filesRef}
          focusWhenWrittenRef={focusFilesRef}
            />
          </Suspense>
        )}
        <div className="island-buttons ed-after-form">
          <button type="button" className="island-button island-button--quiet" onClick={close}>
            {editor.closeEntry}
          </button>
          <a className="ed-skip" href="#ed-preview-heading">
            {editor.goToPreview}
          </a>
        </div>
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
