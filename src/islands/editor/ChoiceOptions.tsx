/** The options of a select, under a heading each when they have groups (techniques by strand), in the order given. */
import type { ReactNode } from 'react';
import type { Choice } from './field-context.ts';

function ChoiceOption({ option }: { option: Choice }): ReactNode {
  return <option value={option.id}>{option.label === option.id ? option.id : `${option.label} (${option.id})`}</option>;
}

export function ChoiceOptions({ options }: { options: readonly Choice[] }): ReactNode {
  const groups = [...new Set(options.map((option) => option.group).filter((group): group is string => group !== undefined))];
  const ungrouped = options.filter((option) => option.group === undefined).map((option) => <ChoiceOption key={option.id} option={option} />);
  if (groups.length === 0) return ungrouped;
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {options
            .filter((option) => option.group === group)
            .map((option) => (
              <ChoiceOption key={option.id} option={option} />
            ))}
        </optgroup>
      ))}
      {ungrouped}
    </>
  );
}
