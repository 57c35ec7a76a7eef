/** A string of the table with elements where its placeholders stand (see lib/editor/template.ts). */
import { Fragment, type ReactNode } from 'react';
import { templateParts } from '../../lib/editor/template.ts';

export function Fill({ template, values }: { template: string; values: Record<string, ReactNode> }): ReactNode {
  return (
    <>
      {templateParts(template).map((part, i) => (
        <Fragment key={i}>{'text' in part ? part.text : (values[part.name] ?? `{${part.name}}`)}</Fragment>
      ))}
    </>
  );
}
