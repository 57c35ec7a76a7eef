/**
 * The options of a select, under a heading each when they have groups (techniques by strand), in
 * the order given. Each is named by its title; only two with one title are told apart by their ids.
 */
import type { ReactNode } from 'react';
import type { Choice } from './field-context.ts';

function ChoiceOption({ option, twin }: { option: Choice; twin: boolean }): ReactNode {
  return <option value={option.id}>{twin && option.label !== option.id ? `${option.label} (${option.id})` : option.label}</option>;
}

export function ChoiceOptions({ options }: { options: readonly Choice[] }): ReactNode {
  const counts = new Map<string, number>();
  for (const option of options) counts.set(option.label, (counts.get(option.label) ?? 0) + 1);
  const render = (option: Choice) => <ChoiceOption key={option.id} option={option} twin={(counts.get(option.label) ?? 0) > 1} />;
  const groups = [...new Set(options.map((option) => option.group).filter((group): group is string => group !== undefined))];
  const ungrouped = options.filter((option) => option.group === undefined).map(render);
  if (groups.length === 0) return ungrouped;
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {options.filter((option) => option.group === group).map(render)}
        </optgroup>
      ))}
      {ungrouped}
    </>
  );
}
