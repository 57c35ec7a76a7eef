/**
 * The form of an open entry: its file name (for entries stored one a file), its fields in the
 * schema's order, its worked examples or its body, and the button that checks it and finishes.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor } from '../../engine/editor/form-schema.ts';
import { idIsFileName, type KindSpec } from '../../engine/editor/kinds.ts';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import type { EditorPageData } from '../../engine/editor/page-data.ts';
import { editor } from '../../strings/index.ts';
import { GroupFields } from './Field.tsx';
import { FileName } from './FileName.tsx';
import { BodyField, Examples } from './Examples.tsx';
import type { FieldContext } from './field-context.ts';

export function EntryForm({ draft, spec, schema, page, context, fileNameMessages, bodyMessages, update, focusLater, onFinish }: {
  draft: EditorDraft;
  spec: KindSpec;
  schema: JsonSchema;
  page: EditorPageData;
  context: FieldContext;
  fileNameMessages: readonly string[];
  bodyMessages: readonly string[];
  update: (change: (current: EditorDraft) => EditorDraft) => void;
  focusLater: (id: string) => void;
  onFinish: () => void;
}): ReactNode {
  const root = controlFor(schema);
  return (
    <form
      className="ed-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onFinish();
      }}
    >
      {idIsFileName(draft.kind) && (
        <FileName name={draft.id} extension={spec.format === 'mdx' ? '.mdx' : '.yaml'} kept={draft.original !== null} messages={fileNameMessages} onChange={(value) => update((current) => ({ ...current, id: value, idEdited: true }))} />
      )}
      {root.kind === 'group' && <GroupFields properties={root.properties} required={root.required} path={[]} context={context} />}
      {draft.examples && (
        <Examples singular={spec.labels.singular} examples={draft.examples} phases={page.terms.phases} subjects={page.terms.subjects} messages={bodyMessages} onChange={(examples) => update((current) => ({ ...current, examples }))} focusLater={focusLater} />
      )}
      {!draft.examples && spec.format === 'mdx' && <BodyField body={draft.body} messages={bodyMessages} onChange={(text) => update((current) => ({ ...current, body: text }))} />}
      <div className="island-buttons ed-finish">
        <button type="submit" id="ed-finish-button" className="island-button">
          {editor.checkAndFinish}
        </button>
      </div>
    </form>
  );
}
