/**
 * The entry editor: start a new entry of any collection (or playbook.yaml), or open one of the
 * playbook's entries, and change it in a form made from its collection's schema. Problems are
 * checked as you type with the content check's own rules and listed at the top, each linked to its
 * field; a file with problems is never offered as finished. The work is kept in this browser as a
 * draft. A finished file can be downloaded, copied, or proposed in the repository's web interface.
 *
 * Props:
 * - data: what the build knows about the playbook (entries, techniques, terms, repository).
 * - only: one kind of entry to write and change, for a page given to that kind (the sequence page
 *   gives "sequences"). Default: every kind. With it, `?<kind's singular>=<id>` opens that entry
 *   (`?sequence=first-term`), and the page keeps its own draft.
 */
// First, before any schema is made: zod must not try Function(), which the pages' policy forbids.
import '../../lib/zod-jitless.ts';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { browserStorage, loadDoc, updateDoc, type StorageLike, type StoreNotice } from '../../lib/storage/store.ts';
import { editorDraftCodec, editorDraftKey, type EditorDraft } from '../../engine/editor/draft.ts';
import { KINDS, entryFile, idIsFileName, isKind, kindSpec, type EditorKind, type KindSpec } from '../../engine/editor/kinds.ts';
import { openEntry, saveEntry, type EntrySource } from '../../engine/editor/document.ts';
import { bodyFromExamples, examplesFromBody, type WorkedExample } from '../../lib/editor/examples.ts';
import { entryProblems, type PlaybookContext } from '../../engine/editor/validate.ts';
import { FILE_NAME_FIELD, fieldDomId, fieldWords, formOrder, inSchemaOrder, linkTargetFor, referenceFields, setAt, type Path } from '../../engine/editor/form-schema.ts';
import { editUrl, newFileUrl } from '../../lib/editor/repository.ts';
import { FIRST_IN_NAVIGATION, loadBodyCheck, slugify, sortProblems, toJsonSchema, type CollectionName, type Problem } from '../../engine/editor/engine.ts';
import type { EditorData } from '../../engine/editor/build-data.node.ts';
import { withBase } from '../../lib/url.ts';
import { adoptOriginal, migrateOldBuilderDraft } from '../../engine/editor/old-builder-draft.ts';
import { downloadText } from '../shared/download.ts';
import { Notices, type Notice } from '../shared/Notices.tsx';
import { GroupFields, ItemActions, LabelledControl, describedByOf, moveWithFocus, type Choice, type FieldContext } from './Fields.tsx';
import { Markdown, Preview } from './Preview.tsx';
import { Fill } from '../shared/fill.tsx';
import { capitalise, editor, format, formatPlural } from '../../strings/index.ts';
import { definitionOf } from '../../collections/index.ts';

const BASE = import.meta.env.BASE_URL;

function unreadableNotice(notice: StoreNotice): Notice {
  return notice.kind === 'backed-up'
    ? { id: 'backed-up', tone: 'error', content: format(editor.draftBackedUp, { reason: notice.reason, backupKey: notice.backupKey }) }
    : { id: 'backup-failed', tone: 'error', content: format(editor.draftNotSetAside, { reason: notice.reason }) };
}

function restore(store: { storage: StorageLike; persistent: boolean }, key: string, only: EditorKind | undefined): { draft: EditorDraft | null; notice: Notice | null; migrated: boolean } {
  if (!store.persistent) return { draft: null, notice: { id: 'unsaved', tone: 'info', content: editor.draftNotKept }, migrated: false };
  // The sequence page once had a builder of its own: a draft it left is brought over, once.
  if (only === 'sequences') {
    const migration = migrateOldBuilderDraft(store.storage, BASE, key);
    if (migration.kind === 'unreadable') return { draft: null, notice: unreadableNotice(migration.notice), migrated: false };
    if (migration.kind === 'migrated') return { draft: migration.draft, notice: { id: 'restored', tone: 'info', content: editor.draftFromBuilder }, migrated: true };
  }
  const loaded = loadDoc(store.storage, key, editorDraftCodec);
  // A draft of another kind cannot be under a one-kind page's key; if one is, it is left for the full editor.
  const draft = only && loaded.doc.draft && loaded.doc.draft.kind !== only ? null : loaded.doc.draft;
  const notice: Notice | null = loaded.notice ? unreadableNotice(loaded.notice) : draft ? { id: 'restored', tone: 'info', content: editor.draftRestored } : null;
  return { draft, notice, migrated: false };
}

function newDraft(kind: EditorKind): EditorDraft {
  return { kind, id: '', idEdited: false, data: {}, body: '', examples: kindSpec(kind).examplesBody ? [] : null, original: null };
}

function draftFrom(source: EntrySource): EditorDraft {
  const opened = openEntry(source);
  const examples = kindSpec(source.kind).examplesBody ? (examplesFromBody(opened.body) ?? null) : null;
  return { kind: source.kind, id: source.kind === 'playbook' ? '' : source.id, idEdited: true, data: opened.data, body: opened.body, examples, original: source };
}

async function fetchSource(kind: EditorKind, id: string): Promise<EntrySource> {
  const response = await fetch(withBase(BASE, `editor/${kind}/${id}.json`));
  if (!response.ok) throw new Error(format(editor.fetchFailed, { status: String(response.status) }));
  return (await response.json()) as EntrySource;
}


/** A kind's names, for the table's sentences: `{singular}`, `{plural}` and `{type}`. */
function words(spec: KindSpec): { singular: string; plural: string; type: string } {
  const type = spec.kind === 'playbook' ? editor.playbookSettingsTitle : definitionOf(spec.kind).labels.type;
  return { singular: spec.singular, plural: spec.plural, type };
}

function fileNameOf(file: string): string {
  return file.split('/').at(-1) ?? file;
}

/** The problem as a sentence for the summary: where, then what. */
function problemSentence(problem: Problem): string {
  return format(editor.problemInField, { field: fieldWords(problem.field), expected: problem.expected, found: problem.found });
}

export default function Editor({ data, only }: { data: EditorData; only?: EditorKind }): ReactNode {
  const DRAFT_KEY = editorDraftKey(BASE, only);
  const [store] = useState(() => browserStorage());
  const [restored] = useState(() => restore(store, DRAFT_KEY, only));
  const [draft, setDraft] = useState<EditorDraft | null>(restored.draft);
  const [notices, setNotices] = useState<Notice[]>(restored.notice ? [restored.notice] : []);
  const [finishing, setFinishing] = useState(false);
  const [bodyProblems, setBodyProblems] = useState<Problem[]>([]);
  const [listFiles, setListFiles] = useState<Record<string, string>>({});
  const [startKind, setStartKind] = useState<EditorKind>(only ?? FIRST_IN_NAVIGATION);
  const openable = only ? data.entries.filter((entry) => entry.kind === only) : data.entries;
  const [openChoice, setOpenChoice] = useState(openable[0] ? `${openable[0].kind}/${openable[0].id}` : '');
  const [announcement, setAnnouncement] = useState('');
  const [copied, setCopied] = useState('');
  const summaryRef = useRef<HTMLElement>(null);
  const outputRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  const notify = (notice: Notice) => setNotices((current) => [...current.filter((n) => n.id !== notice.id), notice]);

  // Keep the draft in this browser as it changes.
  const firstSave = useRef(true);
  useEffect(() => {
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    if (!store.persistent) return;
    const saved = updateDoc(store.storage, DRAFT_KEY, editorDraftCodec, () => ({ version: 1, savedAt: new Date().toISOString(), draft }));
    if (!saved.ok) notify({ id: 'save-failed', tone: 'error', content: saved.error === 'quota' ? editor.draftStorageFull : editor.draftNotSaved });
  }, [draft, store, DRAFT_KEY]);

  // Focus a control once it exists (after adding, moving or removing a list item). A render that
  // does not have it yet leaves the request for the next one, so focus never falls to the page.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const element = document.getElementById(id);
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });
  const focusLater = (id: string) => {
    pendingFocus.current = id;
    setFocusTick((n) => n + 1);
  };

  const terms = useMemo(() => new Map([...data.terms.phases, ...data.terms.subjects, ...data.terms.components].map((term) => [term.id, term.label])), [data]);
  const taxonomy = useMemo(() => ({ phases: data.terms.phases.map((t) => t.id), subjects: data.terms.subjects.map((t) => t.id), components: data.terms.components.map((t) => t.id) }), [data]);
  const context: PlaybookContext = useMemo(
    () => ({ taxonomy, existing: data.entries.filter((entry) => entry.kind !== 'playbook').map((entry) => ({ collection: entry.kind as CollectionName, id: entry.id })), techniques: data.techniques }),
    [data, taxonomy],
  );

  const kind = draft?.kind;
  const spec = kind ? kindSpec(kind) : undefined;
  const schema = useMemo(() => (spec ? toJsonSchema(spec.schema(taxonomy)) : undefined), [spec?.kind, taxonomy]); // eslint-disable-line react-hooks/exhaustive-deps
  const references = useMemo(() => (kind && schema ? referenceFields(kind, schema) : new Map()), [kind, schema]);

  const id = draft ? (kind && idIsFileName(kind) ? draft.id : typeof draft.data.id === 'string' ? draft.data.id : '') : '';
  const file = draft ? (draft.original?.file ?? entryFile(draft.kind, id, data.contentDir)) : '';
  const body = draft ? (draft.examples ? bodyFromExamples(draft.examples) : draft.body) : '';
  const ordered = draft && schema ? (inSchemaOrder(draft.data, schema) as Record<string, unknown>) : {};

  const fieldProblems = useMemo(
    () => (draft ? entryProblems({ kind: draft.kind, id, file, data: draft.data, originalId: draft.original ? draft.original.id : undefined }, context) : []),
    [draft, id, file, context],
  );

  const fileText = useMemo(() => {
    if (!draft) return '';
    try {
      return saveEntry(draft.kind, { data: ordered, body }, draft.original ?? undefined, listFiles[draft.kind]);
    } catch {
      return '';
    }
  }, [draft, ordered, body, listFiles]); // eslint-disable-line react-hooks/exhaustive-deps

  // The body is checked with the content check's MDX rules, loaded when first needed.
  useEffect(() => {
    if (!draft || kindSpec(draft.kind).format !== 'mdx') {
      setBodyProblems([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const check = await loadBodyCheck();
      const bodyLine = fileText.split('\n').length - body.split('\n').length + 1;
      const result = check(body, file, bodyLine, taxonomy);
      if (live) setBodyProblems(result.problems);
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft?.kind, body, file, fileText, taxonomy]); // eslint-disable-line react-hooks/exhaustive-deps

  const problems = useMemo(() => {
    const topLevel = Object.keys((schema?.properties ?? {}) as Record<string, unknown>);
    // In the order of the form, as GOV.UK's error summary lists them; within a field, as the check sorts them.
    return sortProblems([...fieldProblems, ...bodyProblems]).sort((a, b) => formOrder(a.field, topLevel) - formOrder(b.field, topLevel));
  }, [fieldProblems, bodyProblems, schema]);
  const problemsByField = useMemo(() => {
    const map = new Map<string, Problem[]>();
    for (const problem of problems) map.set(problem.field, [...(map.get(problem.field) ?? []), problem]);
    return map;
  }, [problems]);

  // A new list entry joins its list file: fetch the file's current text once.
  useEffect(() => {
    if (!draft || draft.original || kindSpec(draft.kind).format !== 'yaml-list' || listFiles[draft.kind] !== undefined) return;
    const first = data.entries.find((entry) => entry.kind === draft.kind);
    if (!first) {
      setListFiles((files) => ({ ...files, [draft.kind]: '' }));
      return;
    }
    fetchSource(first.kind, first.id)
      .then((source) => setListFiles((files) => ({ ...files, [draft.kind]: source.text })))
      .catch(() => setListFiles((files) => ({ ...files, [draft.kind]: '' })));
  }, [draft, data, listFiles]);

  const update = (change: (current: EditorDraft) => EditorDraft) => setDraft((current) => (current ? change(current) : current));
  const set = (path: Path, value: unknown) =>
    update((current) => {
      const nextData = setAt(current.data, path, value) as Record<string, unknown>;
      // A new entry's file name follows its title until the user types one.
      const followTitle = !current.original && !current.idEdited && idIsFileName(current.kind) && path.length === 1 && path[0] === 'title';
      return { ...current, data: nextData ?? {}, id: followTitle ? slugify(String(value ?? '')) : current.id };
    });

  const choices = (collection: CollectionName): Choice[] => data.entries.filter((entry) => entry.kind === collection).map((entry) => ({ id: entry.id, label: entry.title, ...(entry.group !== undefined ? { group: entry.group } : {}) }));
  // The words for the fixed values of this collection's fields (a protocol's kind), from its definition.
  const ownValueLabels = draft && draft.kind !== 'playbook' ? definitionOf(draft.kind).valueLabels : undefined;
  const fieldContext: FieldContext = {
    root: draft?.data ?? {},
    references,
    choices,
    stepsOf: (technique) => data.techniques.find((t) => t.id === technique)?.steps.map((step) => ({ id: step.id, label: step.title })) ?? [],
    valueLabel: (value) => terms.get(value) ?? ownValueLabels?.[value] ?? value,
    problems: problemsByField,
    showProblems: finishing,
    set,
    focusLater,
    announce: setAnnouncement,
  };

  const hasWork = (current: EditorDraft | null) => current !== null && (current.original !== null || Object.keys(current.data).length > 0 || current.body.trim() !== '' || (current.examples?.length ?? 0) > 0);
  const replaceDraft = (next: EditorDraft | null, focusId: string) => {
    if (hasWork(draft) && !window.confirm(editor.confirmLeave)) return;
    setDraft(next);
    setFinishing(false);
    setCopied('');
    setNotices((current) => current.filter((notice) => notice.tone === 'error'));
    focusLater(focusId);
  };

  const startNew = (newKind: EditorKind) => replaceDraft(newDraft(newKind), 'ed-heading');
  const openExisting = async (key: string) => {
    const [openKind, ...rest] = key.split('/');
    const openId = rest.join('/');
    if (!openKind || !isKind(openKind)) return;
    try {
      const source = await fetchSource(openKind, openId);
      replaceDraft(draftFrom(source), 'ed-heading');
    } catch (error) {
      notify({ id: 'open-failed', tone: 'error', content: format(editor.openFailed, { reason: (error as Error).message }) });
    }
  };

  // Open what the address asks for (?new=techniques, ?open=techniques/exit-tickets; on a one-kind
  // page, ?sequence=first-term) when there is no draft. With a draft, the entry asked for is only chosen.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    // The parameter is the kind's name made singular ("sequence"), not its words, which a fork may change.
    const named = only ? params.get(only.replace(/ies$/, 'y').replace(/s$/, '')) : null;
    const wantNew = params.get('new');
    const wantOpen = named !== null && only ? `${only}/${named}` : params.get('open');
    if (wantOpen && openable.some((entry) => `${entry.kind}/${entry.id}` === wantOpen)) setOpenChoice(wantOpen);
    // A draft brought over from the old sequence builder that had started from one of the playbook's
    // sequences changes that sequence (the builder said its file would replace it).
    if (restored.migrated && draft && !draft.original && openable.some((entry) => entry.kind === draft.kind && entry.id === draft.id)) {
      fetchSource(draft.kind, draft.id)
        .then((source) => update((current) => (current && !current.original && current.kind === source.kind && current.id === source.id ? adoptOriginal(current, source) : current)))
        .catch(() => undefined);
    }
    if (hasWork(draft)) {
      if (wantNew || wantOpen) notify({ id: 'kept-draft', tone: 'info', content: format(editor.draftStillOpen, { close: editor.closeEntry }) });
      return;
    }
    if (wantNew && isKind(wantNew) && (!only || wantNew === only)) setDraft(newDraft(wantNew));
    else if (wantOpen) void openExisting(wantOpen);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const finish = () => {
    setFinishing(true);
    if (problems.length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    requestAnimationFrame(() => outputRef.current?.focus());
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fileText);
      setCopied(editor.copied);
    } catch {
      const box = document.getElementById('ed-file-text') as HTMLTextAreaElement | null;
      box?.select();
      setCopied(editor.copyBlocked);
    }
  };

  const existingChoices = KINDS.map((k) => ({ spec: k, entries: openable.filter((entry) => entry.kind === k.kind) })).filter((group) => group.entries.length > 0);
  const onlySpec = only ? kindSpec(only) : undefined;
  const finished = finishing && problems.length === 0 && fileText !== '';
  const isNewFile = draft && !draft.original && kindSpec(draft.kind).format !== 'yaml-list';
  const proposeHref = data.repository && draft && file ? (isNewFile ? newFileUrl(data.repository, file, fileText) : editUrl(data.repository, file)) : undefined;

  return (
    <div className="island ed">
      <Notices notices={notices} onDismiss={(noticeId) => setNotices((current) => current.filter((n) => n.id !== noticeId))} />

      {!draft && (
        <section aria-labelledby="ed-start-heading" className="ed-start">
          <h2 id="ed-start-heading" tabIndex={-1}>
            {editor.startHeading}
          </h2>
          <div className="ed-start-grid">
            <div className="ed-start-part">
              <h3>{onlySpec ? format(editor.writeNewOf, words(onlySpec)) : editor.writeNewEntry}</h3>
              {!onlySpec && (
                <>
                  <label htmlFor="ed-start-kind" className="ed-label">
                    {editor.whatToWrite}
                  </label>
                  <select id="ed-start-kind" value={startKind} onChange={(event) => setStartKind(event.target.value as EditorKind)}>
                    {KINDS.filter((k) => k.kind !== 'playbook').map((k) => (
                      <option key={k.kind} value={k.kind}>
                        {format(editor.kindOption, words(k))}
                      </option>
                    ))}
                  </select>
                </>
              )}
              {onlySpec && <p className="ed-hint">{editor.startFromEmpty}</p>}
              <div className="island-buttons">
                <button type="button" id="ed-start-new" className="island-button" onClick={() => startNew(startKind)}>
                  {format(editor.startNew, words(kindSpec(startKind)))}
                </button>
              </div>
            </div>
            {openable.length > 0 && (
              <div className="ed-start-part">
                <h3>{onlySpec ? format(editor.changeOf, words(onlySpec)) : editor.changeEntry}</h3>
                <label htmlFor="ed-open" className="ed-label">
                  {onlySpec ? format(editor.whichOf, words(onlySpec)) : editor.whichEntry}
                </label>
                <select id="ed-open" value={openChoice} onChange={(event) => setOpenChoice(event.target.value)}>
                  {onlySpec
                    ? openable.map((entry) => (
                        <option key={entry.id} value={`${entry.kind}/${entry.id}`}>
                          {entry.title}
                        </option>
                      ))
                    : existingChoices.map((group) => (
                        <optgroup key={group.spec.kind} label={capitalise(group.spec.plural)}>
                          {group.entries.map((entry) => (
                            <option key={entry.id} value={`${entry.kind}/${entry.id}`}>
                              {entry.kind === 'playbook' ? editor.playbookSettingsOption : entry.title}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                </select>
                <div className="island-buttons">
                  <button type="button" className="island-button" onClick={() => void openExisting(openChoice)}>
                    {editor.openIt}
                  </button>
                </div>
              </div>
            )}
          </div>
        </section>
      )}

      {draft && spec && schema && (
        <div className="ed-layout">
          <div className="ed-main">
            <h2 id="ed-heading" tabIndex={-1}>
              {draft.original ? format(editor.headingChange, { title: draft.original.kind === 'playbook' ? editor.playbookSettingsSingular : String(draft.data.title ?? draft.original.id) }) : format(editor.headingNew, words(spec))}
            </h2>
            <p className="ed-file">
              <Fill template={editor.fileIs} values={{ file: <code>{file || editor.fileNameMissing}</code> }} />
            </p>
            <div className="island-buttons">
              <button type="button" className="island-button island-button--quiet" onClick={() => replaceDraft(null, 'ed-start-heading')}>
                {editor.closeEntry}
              </button>
              <a className="ed-skip" href="#ed-preview-heading">
                {editor.goToPreview}
              </a>
            </div>

            {problems.length > 0 && (
              <section className={`ed-summary${finishing ? ' ed-summary--alert' : ''}`} aria-labelledby="ed-summary-heading" tabIndex={-1} ref={summaryRef}>
                <h3 id="ed-summary-heading">
                  {formatPlural(editor.problemsHeading, problems.length)}
                </h3>
                <ul>
                  {problems.map((problem, i) => {
                    const target = linkTargetFor(problem.field, (candidate) => document.getElementById(candidate) !== null, 'ed-heading');
                    return (
                      <li key={`${problem.field}-${i}`}>
                        <a
                          href={`#${target}`}
                          onClick={(event) => {
                            event.preventDefault();
                            const element = document.getElementById(linkTargetFor(problem.field, (candidate) => document.getElementById(candidate) !== null, 'ed-heading'));
                            element?.scrollIntoView({ block: 'center' });
                            element?.focus();
                          }}
                        >
                          {problemSentence(problem)}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}

            <form className="ed-form" onSubmit={(event) => { event.preventDefault(); finish(); }} noValidate>
              {idIsFileName(draft.kind) && (
                <FileName draft={draft} problems={finishing ? (problemsByField.get(FILE_NAME_FIELD) ?? []) : []} onChange={(value) => update((current) => ({ ...current, id: value, idEdited: true }))} />
              )}
              <GroupFields properties={Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)} required={(schema.required as string[] | undefined) ?? []} path={[]} context={fieldContext} />
              {draft.examples && (
                <Examples
                  singular={spec.singular}
                  examples={draft.examples}
                  phases={data.terms.phases}
                  subjects={data.terms.subjects}
                  problems={finishing ? bodyProblems : []}
                  onChange={(examples) => update((current) => ({ ...current, examples }))}
                  focusLater={focusLater}
                />
              )}
              {!draft.examples && spec.format === 'mdx' && <BodyField body={draft.body} problems={finishing ? bodyProblems : []} onChange={(text) => update((current) => ({ ...current, body: text }))} />}
              <div className="island-buttons ed-finish">
                <button type="submit" id="ed-finish-button" className="island-button">
                  {editor.checkAndFinish}
                </button>
              </div>
            </form>

            {finished && (
              <section className="ed-output" aria-labelledby="ed-output-heading">
                <h3 id="ed-output-heading" tabIndex={-1} ref={outputRef}>
                  {editor.fileReady}
                </h3>
                <p>
                  <Fill template={editor.passesChecks} values={{ command: <code>npm run check</code>, file: <code>{file}</code> }} />
                </p>
                <div className="island-buttons">
                  <button type="button" id="ed-download" className="island-button" onClick={() => downloadText(fileNameOf(file), fileText, spec.format === 'mdx' ? 'text/markdown' : 'text/yaml')}>
                    {format(editor.download, { file: fileNameOf(file) })}
                  </button>
                  <button type="button" id="ed-copy" className="island-button island-button--quiet" onClick={() => void copy()}>
                    {editor.copyFile}
                  </button>
                </div>
                <p role="status" className="ed-copied">
                  {copied}
                </p>
                {proposeHref && isNewFile && (
                  <p>
                    <a className="island-button ed-propose" href={proposeHref} id="ed-propose" target="_blank" rel="noopener">
                      {editor.proposeNew}<span className="visually-hidden"> {editor.opensInNewTab}</span>
                    </a>{' '}
                    {editor.proposeNewHelp}
                  </p>
                )}
                {proposeHref && !isNewFile && (
                  <ol className="ed-propose-steps">
                    <li>{editor.proposeStepCopy}</li>
                    <li>
                      <Fill
                        template={editor.proposeStepOpen}
                        values={{
                          link: (
                            <a href={proposeHref} id="ed-propose" target="_blank" rel="noopener">
                              {format(editor.proposeStepOpenLink, { file: fileNameOf(file) })}
                              <span className="visually-hidden"> {editor.opensInNewTab}</span>
                            </a>
                          ),
                        }}
                      />
                    </li>
                    <li>{editor.proposeStepPaste}</li>
                  </ol>
                )}
                {!data.repository && <p>{editor.noRepository}</p>}
                <label htmlFor="ed-file-text" className="ed-label">
                  {editor.theFile}
                </label>
                <textarea id="ed-file-text" className="ed-file-text" readOnly rows={12} value={fileText} />
              </section>
            )}
            {finishing && problems.length > 0 && <p className="ed-not-finished">{editor.notFinished}</p>}
          </div>

          <section className="ed-preview-pane" aria-labelledby="ed-preview-heading" tabIndex={0}>
            <h2 id="ed-preview-heading" tabIndex={-1}>
              {editor.previewHeading}
            </h2>
            <Preview schema={schema} data={ordered} body={draft.body} examples={draft.examples} singular={spec.singular} context={fieldContext} note={spec.note?.(ordered)} />
          </section>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <span hidden>{focusTick}</span>
    </div>
  );
}

function FileName({ draft, problems, onChange }: { draft: EditorDraft; problems: Problem[]; onChange: (value: string) => void }) {
  const extension = kindSpec(draft.kind).format === 'mdx' ? '.mdx' : '.yaml';
  if (draft.original) {
    return (
      <div className="ed-field">
        <p className="ed-label">{editor.fileNameLabel}</p>
        <p>
          <code id="ed-file-name" tabIndex={-1}>
            {draft.id}
            {extension}
          </code>{' '}
          <span className="ed-hint">{editor.fileNameKept}</span>
        </p>
      </div>
    );
  }
  const messages = problems.map((problem) => format(editor.problemSentence, { expected: problem.expected, found: problem.found }));
  return (
    <div className={`ed-field${messages.length > 0 ? ' ed-field--error' : ''}`}>
      <label htmlFor="ed-file-name" className="ed-label">
        {editor.fileNameLabel}
      </label>
      <p id="ed-file-name-hint" className="ed-hint">
        {editor.fileNameHint}
      </p>
      {messages.length > 0 && (
        <p id="ed-file-name-error" className="ed-error-message">
          <span className="visually-hidden">{editor.problemPrefix} </span>
          {messages.join(' ')}
        </p>
      )}
      <span className="ed-suffix-wrap">
        <input id="ed-file-name" type="text" className="ed-input ed-input--short" value={draft.id} spellCheck={false} aria-describedby={`ed-file-name-hint${messages.length ? ' ed-file-name-error' : ''}`} aria-invalid={messages.length > 0 || undefined} onChange={(event) => onChange(event.target.value)} />
        <span className="ed-suffix">{extension}</span>
      </span>
    </div>
  );
}

/** A Markdown text box with a preview the user can switch to. */
function MarkdownBox({ id, label, hint, value, onChange, messages }: { id: string; label: string; hint: string; value: string; onChange: (text: string) => void; messages: string[] }) {
  const [previewing, setPreviewing] = useState(false);
  return (
    <LabelledControl id={id} label={label} optional={false} help={hint} messages={messages}>
      <textarea id={id} rows={8} value={value} aria-describedby={describedByOf(id, hint, messages)} onChange={(event) => onChange(event.target.value)} />
      <button type="button" className="island-button island-button--quiet ed-md-toggle" aria-expanded={previewing} aria-controls={`${id}-preview`} onClick={() => setPreviewing((on) => !on)}>
        <Fill template={previewing ? editor.hideHowItLooks : editor.showHowItLooks} values={{ field: <span className="visually-hidden">{format(editor.howItLooksField, { label })}</span> }} />
      </button>
      <div id={`${id}-preview`} className="ed-md-preview" hidden={!previewing}>
        {previewing && <Markdown text={value} />}
      </div>
    </LabelledControl>
  );
}


function BodyField({ body, problems, onChange }: { body: string; problems: Problem[]; onChange: (text: string) => void }) {
  return <MarkdownBox id="ed-body" label={editor.bodyLabel} hint={format(editor.bodyHint, { markdown: editor.markdownHint })} value={body} onChange={onChange} messages={problems.map((problem) => format(editor.problemInFieldSentence, { field: problem.field, expected: problem.expected, found: problem.found }))} />;
}

function Examples({
  singular,
  examples,
  phases,
  subjects,
  problems,
  onChange,
  focusLater,
}: {
  /** What an entry of the kind is called: the hint says where the examples appear. */
  singular: string;
  examples: WorkedExample[];
  phases: { id: string; label: string }[];
  subjects: { id: string; label: string }[];
  problems: Problem[];
  onChange: (examples: WorkedExample[]) => void;
  focusLater: (id: string) => void;
}) {
  const change = (index: number, part: Partial<WorkedExample>) => onChange(examples.map((example, i) => (i === index ? { ...example, ...part } : example)));
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const moved = moveWithFocus(examples, from, to, button, (index) => `ed-examples-${index}`);
    onChange(moved.next);
    focusLater(moved.focus);
  };
  return (
    <fieldset className="ed-field ed-list" aria-describedby="ed-examples-hint">
      <legend className="ed-label">{editor.examplesLegend}</legend>
      <p id="ed-examples-hint" className="ed-hint">
        {format(editor.examplesHint, { technique: singular })}
      </p>
      {problems.length > 0 && (
        <p className="ed-error-message">
          <span className="visually-hidden">{editor.problemPrefix} </span>
          {problems.map((problem) => format(editor.problemInFieldSentence, { field: problem.field, expected: problem.expected, found: problem.found })).join(' ')}
        </p>
      )}
      {examples.length > 0 && (
        <ol className="ed-items">
          {examples.map((example, index) => {
            const base = `ed-examples-${index}`;
            const label = format(editor.exampleLabel, { number: index + 1 });
            return (
              <li key={index} className="ed-item">
                <fieldset className="ed-group">
                  <legend className="ed-item-legend">{label}</legend>
                  <TermSelect id={`${base}-phase`} label={editor.examplePhase} empty={editor.chooseOne} terms={phases} value={example.phase} onChange={(phase) => change(index, { phase })} />
                  <TermSelect id={`${base}-subject`} label={editor.exampleSubject} optional empty={editor.exampleSubjectEmpty} terms={subjects} value={example.subject} onChange={(subject) => change(index, { subject })} />
                  <div className="ed-field">
                    <label htmlFor={`${base}-title`} className="ed-label">
                      {editor.exampleTitle}
                    </label>
                    <p id={`${base}-title-hint`} className="ed-hint">
                      {editor.exampleTitleHint}
                    </p>
                    <input id={`${base}-title`} type="text" className="ed-input" value={example.title} aria-describedby={`${base}-title-hint`} onChange={(event) => change(index, { title: event.target.value })} />
                  </div>
                  <MarkdownBox id={`${base}-text`} label={editor.exampleText} hint={format(editor.exampleTextHint, { markdown: editor.markdownHint })} value={example.text} onChange={(text) => change(index, { text })} messages={[]} />
                </fieldset>
                <ItemActions
                  base={base}
                  label={label}
                  index={index}
                  count={examples.length}
                  onMove={(to, button) => move(index, to, button)}
                  onRemove={() => {
                    onChange(examples.filter((_, i) => i !== index));
                    focusLater(examples.length > 1 ? `ed-examples-${Math.min(index, examples.length - 2)}-remove` : 'ed-examples');
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        id="ed-examples"
        className="island-button island-button--quiet"
        onClick={() => {
          onChange([...examples, { phase: '', subject: '', title: '', text: '' }]);
          focusLater(`ed-examples-${examples.length}-phase`);
        }}
      >
        {examples.length === 0 ? editor.addFirstExample : editor.addAnotherExample}
      </button>
    </fieldset>
  );
}

export { fieldDomId };

/** A worked example's phase or subject, chosen from the playbook's own terms. */
function TermSelect({ id, label, optional = false, empty, terms, value, onChange }: { id: string; label: string; optional?: boolean; empty: string; terms: readonly { id: string; label: string }[]; value: string; onChange: (value: string) => void }): ReactNode {
  return (
    <div className="ed-field">
      <label htmlFor={id} className="ed-label">
        {label}
        {optional && <span className="ed-optional"> {editor.optional}</span>}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{empty}</option>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.label}
          </option>
        ))}
      </select>
    </div>
  );
}
