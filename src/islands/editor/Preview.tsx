/**
 * A live preview of the entry being written, laid out as its page reads: the title and summary,
 * then each field under its label, lists as lists, references by their titles, and the body or
 * worked examples as formatted Markdown. It is a guide to the page, not the page itself.
 */
import type { ReactNode } from 'react';
import type { JsonSchema } from '../../engine/editor/engine.ts';
import { controlFor, getAt, labelFor, pathPattern, type Path } from '../../engine/editor/form-schema.ts';
import { markdownHtml } from '../../lib/editor/markdown.ts';
import type { WorkedExample } from '../../lib/editor/examples.ts';
import type { FieldContext } from './Fields.tsx';
import { capitalise, editor, format } from '../../strings/index.ts';

const HEADLINE = new Set(['title', 'summary', 'id', 'name', 'label']);

function Markdown({ text }: { text: string }) {
  // micromark escapes raw HTML, so this is safe to insert.
  return <div className="ed-markdown" dangerouslySetInnerHTML={{ __html: markdownHtml(text) }} />;
}

function Value({ schema, value, path, context }: { schema: JsonSchema; value: unknown; path: Path; context: FieldContext }): ReactNode {
  const control = controlFor(schema, path.at(-1));
  const target = context.references.get(pathPattern(path));
  if (value === undefined || value === null || value === '') return <span className="ed-preview-empty">{editor.notGivenYet}</span>;
  if (target && typeof value === 'string') return <>{context.choices(target).find((choice) => choice.id === value)?.label ?? value}</>;
  if (pathPattern(path) === 'steps/*/step' && typeof value === 'string') {
    const technique = String(getAt(context.root, [...path.slice(0, -1), 'technique']) ?? '');
    return <>{context.stepsOf(technique).find((step) => step.id === value)?.label ?? value}</>;
  }
  if (control.kind === 'choice') return <>{context.valueLabel(String(value))}</>;
  if (control.kind === 'choices' && Array.isArray(value)) return <>{value.map((v) => context.valueLabel(String(v))).join(', ')}</>;
  if (control.kind === 'list' && Array.isArray(value)) {
    const itemControl = controlFor(control.item);
    const List = pathPattern(path) === 'steps' ? 'ol' : 'ul';
    return (
      <List>
        {value.map((item, i) => (
          <li key={i}>
            {itemControl.kind === 'group' ? <Group properties={itemControl.properties} value={item} path={[...path, i]} context={context} compact /> : <Value schema={control.item} value={item} path={[...path, i]} context={context} />}
          </li>
        ))}
      </List>
    );
  }
  if (control.kind === 'group') return <Group properties={control.properties} value={value} path={path} context={context} compact />;
  if (control.kind === 'record' && typeof value === 'object') {
    return (
      <dl className="ed-preview-pairs">
        {Object.entries(value as Record<string, unknown>).map(([key, text]) => (
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

function Group({ properties, value, path, context, compact = false }: { properties: [string, JsonSchema][]; value: unknown; path: Path; context: FieldContext; compact?: boolean }): ReactNode {
  const data = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (compact) {
    const given = properties.filter(([name]) => data[name] !== undefined && data[name] !== '');
    // The item's name leads (a step's title, not its id); the rest follow.
    const leadIndex = Math.max(0, given.findIndex(([name]) => HEADLINE.has(name) && name !== 'id'));
    const [lead, ...rest] = [given[leadIndex], ...given.filter((_, i) => i !== leadIndex)].filter((item): item is [string, JsonSchema] => item !== undefined);
    if (!lead) return <span className="ed-preview-empty">{editor.notGivenYet}</span>;
    return (
      <>
        <strong>
          <Value schema={lead[1]} value={data[lead[0]]} path={[...path, lead[0]]} context={context} />
        </strong>
        {rest.map(([name, schema]) => (
          <span key={name} className="ed-preview-part">
            {' '}
            <span className="ed-preview-key">{format(editor.previewKey, { label: labelFor(name) })}</span> <Value schema={schema} value={data[name]} path={[...path, name]} context={context} />
          </span>
        ))}
      </>
    );
  }
  return (
    <>
      {properties
        .filter(([name]) => !HEADLINE.has(name))
        .map(([name, schema]) => (
          <section key={name} className="ed-preview-field">
            <h4>{labelFor(name)}</h4>
            <Value schema={schema} value={data[name]} path={[...path, name]} context={context} />
          </section>
        ))}
    </>
  );
}

export function Preview({ schema, data, body, examples, singular, context, note }: { schema: JsonSchema; data: Record<string, unknown>; body: string; examples: WorkedExample[] | null; singular: string; context: FieldContext; note?: string }): ReactNode {
  const control = controlFor(schema);
  const title = typeof data.title === 'string' && data.title ? data.title : typeof data.name === 'string' && data.name ? data.name : format(editor.untitled, { singular });
  return (
    <div className="ed-preview">
      <p className="ed-preview-type">{capitalise(singular)}</p>
      <h3>{title}</h3>
      {typeof data.summary === 'string' && data.summary && <p className="lede">{data.summary}</p>}
      {note && <p className="ed-preview-note">{note}</p>}
      {control.kind === 'group' && <Group properties={control.properties} value={data} path={[]} context={context} />}
      {examples && examples.length > 0 && (
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
      )}
      {!examples && body.trim() !== '' && (
        <section className="ed-preview-field">
          <h4>{editor.bodyLabel}</h4>
          <Markdown text={body} />
        </section>
      )}
    </div>
  );
}

export { Markdown };
