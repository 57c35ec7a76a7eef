/**
 * A table string with elements in it: `fillNodes('{download} to keep them', { download: <button>… })`
 * gives the text around each placeholder with the element put in its place, so a sentence with a
 * button or a link inside stays one string in the table. Text values are put in as they are;
 * numbers are written in the playbook's language.
 */
import { Fragment, type ReactNode } from 'react';
import { formatNumber } from '../../strings/index.ts';

export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part === '' ? null : <Fragment key={index}>{part}</Fragment>;
    const value = Object.hasOwn(values, part) ? values[part] : `{${part}}`;
    return <Fragment key={index}>{typeof value === 'number' ? formatNumber(value) : value}</Fragment>;
  });
}
