/** A chooser of one of the playbook's techniques, grouped under their strands, with "none" first. */
import { techniquesByStrand, type Catalogue } from '../../lib/coaching/catalogue.ts';

export function TechniqueSelect({ id, catalogue, value, none, onChange, describedBy }: { id: string; catalogue: Catalogue; value: string; none: string; onChange: (technique: string) => void; describedBy?: string }) {
  const groups = techniquesByStrand(catalogue);
  // A technique the playbook no longer has stays chosen, under its id.
  const unknown = value && !catalogue.techniques.has(value);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy}>
      <option value="">{none}</option>
      {unknown && <option value={value}>{value}</option>}
      {groups.map((group) => (
        <optgroup key={group.strand} label={group.title}>
          {group.techniques.map((technique) => (
            <option key={technique.id} value={technique.id}>
              {technique.title}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
