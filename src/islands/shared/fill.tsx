/**
 * A table string with elements in it: `fillNodes('{download} to keep them', { download: <button>… })`
 * gives the text around each placeholder with the element put in its place, so a sentence with a
 * button or a link inside stays one string in the table. It is templateParts (lib/template-parts.ts,
 * which the pages use) for React: text and numbers are filled in as `format` does.
 */
import { Fragment, isValidElement, type ReactNode } from 'react';
import { templateParts } from '../../lib/template-parts.ts';

export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const elements = Object.keys(values).filter((name) => isValidElement(values[name]));
  const texts = Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (typeof value === 'string' || typeof value === 'number' ? [[name, value]] : [])));
  return templateParts(template, elements, texts).map((part, index) =>
    typeof part === 'string' ? (part === '' ? null : <Fragment key={index}>{part}</Fragment>) : <Fragment key={index}>{values[part.name]}</Fragment>,
  );
}

/** fillNodes as a component: `<Fill template={editor.openIt} values={{ link: <a …> }} />`. */
export function Fill({ template, values }: { template: string; values: Record<string, ReactNode> }): ReactNode {
  return <>{fillNodes(template, values)}</>;
}
