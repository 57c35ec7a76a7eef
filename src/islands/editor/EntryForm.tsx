/**
 * The form of an open entry: its fields in the schema's order, its worked examples or its body,
 * then "More options" (the short name, made from the title, and the fields most entries leave
 * alone), and the button that checks it and finishes. The form's first field comes straight after
 * its heading, so the first Tab after "Start" reaches it.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor, splitMoreOptions } from '../../engine/editor/form-schema.ts';
import { idIsFileName, type KindSpec } from '../../engine/editor/kinds.ts';
import type { EditorDraft } from '../../engine/editor/draft.ts';
import type { EditorPageData } from '../../engine/editor/page-data.ts';
import { editor } from '../../strings/index.ts';
import { GroupFields, MoreOptions } from './Field.tsx';
import { FileName } from './FileName.tsx';
import { BodyField, Examples, type ExampleMessages } from './Examples.tsx';
import type { FieldContext } from './field-context.ts';

export function EntryForm({ draft, spec, schema, page, context, fileName, body, update, focusLater, onFinish }: {
  draft: EditorDraft;
  spec: KindSpec;
  schema: JsonSchema;
  page: EditorPageData;
  context: FieldContext;
  /** The file name's problems, and its leaving. */
  fileName: { messages: readonly string[]; onLeave: () => void };
  /** The body's problems, by worked example, and its leaving. */
  body: ExampleMessages;
  update: (change: (current: EditorDraft) => EditorDraft) => void;
  focusLater: (id: string) => void;
  onFinish: () => void;
}): ReactNode {
  const root = controlFor(schema);
  const { main, more } = root.kind === 'group' ? splitMoreOptions(root.properties, root.required, true) : { main: [], more: [] };
  const required = root.kind === 'group' ? root.required : [];
  const siblings = root.kind === 'group' ? root.properties : [];
  const hasFileName = idIsFileName(draft.kind);
  return (
    <form
      className="ed-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onFinish();
      }}
    >
      <GroupFields properties={main} siblings={siblings} required={required} path={[]} context={context} />
      {draft.examples && (
        <Examples singular={spec.labels.singular} examples={draft.examples} phases={page.terms.phases} subjects={page.terms.subjects} messages={body} onChange={(examples) => update((current) => ({ ...current, examples }))} focusLater={focusLater} />
      )}
      {!draft.examples && spec.format === 'mdx' && <BodyField body={draft.body} messages={body.body} onLeave={body.onLeave} onChange={(text) => update((current) => ({ ...current, body: text }))} />}
      {(hasFileName || more.length > 0) && (
        <MoreOptions summary={editor.moreOptions}>
          {hasFileName && (
            <FileName
              name={draft.id}
              kept={draft.original !== null}
              messages={fileName.messages}
              onLeave={fileName.onLeave}
              onChange={(value) => update((current) => ({ ...current, id: value, idEdited: true }))}
            />
          )}
          <GroupFields properties={more} siblings={siblings} required={required} path={[]} context={context} />
        </MoreOptions>
      )}
      <div className="island-buttons ed-finish">
        <button type="submit" id="ed-finish-button" className="island-button">
          {editor.checkAndFinish}
        </button>
      </div>
    </form>
  );
}
