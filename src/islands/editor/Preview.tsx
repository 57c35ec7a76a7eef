/**
 * A live preview of the entry being written, laid out as its page reads: the title and summary,
 * then each field under its label, lists as lists, references and action steps by their titles,
 * and the body or worked examples as formatted Markdown. It is a guide to the page, not the page.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor, isOwnId, labelFor, partTarget } from '../../engine/editor/form-schema.ts';
import { getAt, type Path } from '../../engine/editor/data-paths.ts';
import type { KindSpec } from '../../engine/editor/kinds.ts';
import type { WorkedExample } from '../../lib/editor/examples.ts';
import type { FieldContext } from './field-context.ts';
import { Markdown } from './Markdown.tsx';
import { capitalise, editor, format } from '../../strings/index.ts';

type Properties = readonly [string, JsonSchema][];

/** A reference's or an action step's title, from the choices it was picked from. */
function chosenLabel(schema: JsonSchema, value: string, path: Path, siblings: Properties, context: FieldContext): string | undefined {
  const control = controlFor(schema);
  if (control.kind === 'reference') return context.choices(control.collection)?.find((choice) => choice.id === value)?.label;
  if (control.kind !== 'part') return undefined;
  const collection = partTarget(siblings, control);
  const entry = getAt(context.root, [...path.slice(0, -1), control.entry]);
  return collection && typeof entry === 'string' ? context.parts(collection, entry, control.list)?.find((part) => part.id === value)?.label : undefined;
}

function Value({ schema, value, path, siblings = [], context }: { schema: JsonSchema; value: unknown; path: Path; siblings?: Properties; context: FieldContext }): ReactNode {
  const control = controlFor(schema);
  if (value === undefined || value === null || value === '') return <span className="ed-preview-empty">{editor.notGivenYet}</span>;
  if (typeof value === 'string' && (control.kind === 'reference' || control.kind === 'part')) return <>{chosenLabel(schema, value, path, siblings, context) ?? value}</>;
  if (control.kind === 'choice') return <>{context.valueLabel(String(value))}</>;
  if (control.kind === 'choices' && Array.isArray(value)) return <>{value.map((v) => context.valueLabel(String(v))).join(', ')}</>;
  if (control.kind === 'list' && Array.isArray(value)) {
    const itemControl = controlFor(control.item);
    const List = itemControl.kind === 'group' ? 'ol' : 'ul';
    return (
      <List>
        {value.map((item, i) => (
          <li key={i}>{itemControl.kind === 'group' ? <Compact properties={itemControl.properties} value={item} path={[...path, i]} context={context} /> : <Value schema={control.item} value={item} path={[...path, i]} context={context} />}</li>
        ))}
      </List>
    );
  }
  if (control.kind === 'group') return <Compact properties={control.properties} value={value} path={path} context={context} />;
  if (control.kind === 'per-item' && typeof value === 'object') {
    return (
      <dl className="ed-preview-pairs">
        {Object.entries(value).map(([key, text]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{String(text)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

/** A group on one line: its first field a reader would name it by leads (a step's title, not its id), the rest follow. */
function Compact({ properties, value, path, context }: { properties: Properties; value: unknown; path: Path; context: FieldContext }): ReactNode {
  const data: Record<string, unknown> = value && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {};
  const given = properties.filter(([name]) => data[name] !== undefined && data[name] !== '');
  const leadIndex = Math.max(0, given.findIndex(([, schema]) => !isOwnId(schema)));
  const [lead, ...rest] = [given[leadIndex], ...given.filter((_, i) => i !== leadIndex)].filter((item): item is [string, JsonSchema] => item !== undefined);
  if (!lead) return <span className="ed-preview-empty">{editor.notGivenYet}</span>;
  return (
    <>
      <strong>
        <Value schema={lead[1]} value={data[lead[0]]} path={[...path, lead[0]]} siblings={properties} context={context} />
      </strong>
      {rest.map(([name, schema]) => (
        <div key={name} className="ed-preview-part">
          <span className="ed-preview-key">{format(editor.previewKey, { label: labelFor(name) })}</span> <Value schema={schema} value={data[name]} path={[...path, name]} siblings={properties} context={context} />
        </div>
      ))}
    </>
  );
}

function Examples({ examples, context }: { examples: readonly WorkedExample[]; context: FieldContext }): ReactNode {
  return (
    <section className="ed-preview-field">
      <h4>{editor.workedExamples}</h4>
      {examples.map((example, i) => (
        <section key={i} className="ed-preview-example">
          <h5>{example.title || editor.untitledExample}</h5>
          <p className="ed-preview-key">{[example.phase && context.valueLabel(example.phase), example.subject && context.valueLabel(example.subject)].filter(Boolean).join(', ')}</p>
          <Markdown text={example.text} />
        </section>
      ))}
    </section>
  );
}

export function Preview({ spec, schema, data, body, examples, context }: { spec: KindSpec; schema: JsonSchema; data: Record<string, unknown>; body: string; examples: readonly WorkedExample[] | null; context: FieldContext }): ReactNode {
  const control = controlFor(schema);
  const text = (name: string | undefined) => (name !== undefined && typeof data[name] === 'string' ? data[name] : '');
  const title = text(spec.titleField);
  const summary = text(spec.summaryField);
  const note = spec.editorNote?.(data);
  const fields = control.kind === 'group' ? control.properties.filter(([name]) => name !== spec.titleField && name !== spec.summaryField) : [];
  return (
    <div className="ed-preview">
      <p className="ed-preview-type">{capitalise(spec.labels.singular)}</p>
      <h3>{title || format(editor.untitled, { singular: spec.labels.singular })}</h3>
      {summary && <p className="lede">{summary}</p>}
      {note && <p className="ed-preview-note">{note}</p>}
      {fields.map(([name, field]) => (
        <section key={name} className="ed-preview-field">
          <h4>{labelFor(name)}</h4>
          <Value schema={field} value={data[name]} path={[name]} siblings={fields} context={context} />
        </section>
      ))}
      {examples && examples.length > 0 && <Examples examples={examples} context={context} />}
      {!examples && body.trim() !== '' && (
        <section className="ed-preview-field">
          <h4>{editor.bodyLabel}</h4>
          <Markdown text={body} />
        </section>
      )}
    </div>
  );
}
