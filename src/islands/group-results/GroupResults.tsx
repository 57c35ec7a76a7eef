/**
 * Group results island: load many exported self-audit files (file picker or drag and drop) and
 * see the group's means per section and item, the spread of answers per item and the lowest
 * items as common development needs; load a second group (July against September, say) to
 * compare. Files are read in the browser and never sent anywhere. A file that fails is listed
 * with its reason; the rest still count. Each file can be removed on its own; leaving or
 * reloading the page while files are loaded asks first (they are not kept anywhere). The results
 * print as a report and download as CSV.
 *
 * Props:
 * - instruments: every audit and self-review rubric, develop-next links resolved.
 *
 * Its first state (no files yet) is rendered with the page, so nothing shifts when it hydrates; a
 * style hides it where JavaScript does not run, and the page says so instead.
 */
import { useEffect, useState } from 'react';
import '../../styles/islands.css';
import type { Instrument } from '../../lib/audit/instrument.ts';
import { detectInstrument } from '../../lib/audit/group.ts';
import { groupReportCsv } from '../../lib/audit/group-report.ts';
import { format, formatDate, formatPlural, groupResults as words } from '../../strings/index.ts';
import { fillNodes } from '../shared/fill.tsx';
import { useMounted } from '../shared/useMounted.ts';
import { downloadText } from '../shared/download.ts';
import { groupOf, instrumentKey, type Group, type GroupChange } from './group.ts';
import { GroupInput } from './GroupInput.tsx';
import { GroupReport } from './GroupReport.tsx';
import { GroupCompare } from './GroupCompare.tsx';

interface Props {
  instruments: Instrument[];
}

export default function GroupResults({ instruments }: Props) {
  // The controls are in the page before its script runs; they are enabled once they work, so nothing chosen early is lost.
  const ready = useMounted();
  const [chosenKey, setChosenKey] = useState(() => instruments[0] ? instrumentKey(instruments[0]) : '');
  const instrument = instruments.find((candidate) => instrumentKey(candidate) === chosenKey) ?? instruments[0];
  const [groups, setGroups] = useState<Group[]>(() => (instrument ? [groupOf(instrument, words.firstGroup, 'latest', []), groupOf(instrument, words.secondGroup, 'latest', [])] : []));
  const [status, setStatus] = useState('');
  const loaded = groups.some((group) => group.files.length > 0);

  // The files live only in this page: leaving or reloading it with files loaded asks first.
  useEffect(() => {
    if (!loaded) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [loaded]);

  if (!instrument) return <p>{words.noAudits}</p>;

  function recompute(next: Instrument, list: Group[]): Group[] {
    return list.map((group) => groupOf(next, group.name, group.choice, group.files));
  }

  function chooseInstrument(key: string) {
    const next = instruments.find((candidate) => instrumentKey(candidate) === key);
    if (!next) return;
    setChosenKey(key);
    setGroups((list) => recompute(next, list));
  }

  async function addFiles(index: number, fileList: FileList | File[]) {
    const files = [...fileList];
    if (files.length === 0) return;
    setStatus(formatPlural(words.reading, files.length));
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    let target = instrument!;
    let switched = '';
    if (groups.every((group) => group.files.length === 0)) {
      const detected = detectInstrument(read, instruments);
      if (detected && detected !== target) {
        target = detected;
        switched = format(words.switchedAudit, { title: detected.title });
        setChosenKey(instrumentKey(detected));
      }
    }
    const current = groups[index]!;
    const updated = groupOf(target, current.name, current.choice, [...current.files, ...read]);
    const others = groups.map((group, position) => (position === index ? updated : target === instrument ? group : groupOf(target, group.name, group.choice, group.files)));
    setGroups(others);
    const failed = updated.load.failures.length;
    const added = format(words.added, {
      group: updated.name,
      added: formatPlural(words.filesAdded, files.length),
      counted: formatPlural(words.filesCounted, updated.load.members.length),
      failed: failed > 0 ? formatPlural(words.filesFailed, failed) : '',
    });
    setStatus(switched ? `${added} ${switched}` : added);
  }

  function removeFile(index: number, position: number) {
    const group = groups[index]!;
    const name = group.files[position]?.name ?? words.theFile;
    updateGroup(index, { files: group.files.filter((_, at) => at !== position) });
    setStatus(format(words.removed, { group: group.name, file: name }));
  }

  function updateGroup(index: number, change: GroupChange) {
    setGroups((list) =>
      list.map((group, position) => {
        if (position !== index) return group;
        const merged = { ...group, ...change };
        return change.choice !== undefined || change.files !== undefined ? groupOf(instrument!, merged.name, merged.choice, merged.files) : merged;
      }),
    );
  }

  const [first, second] = groups as [Group, Group];
  const withPeople = groups.filter((group) => group.summary.people > 0);
  const downloadReport = () => {
    const named = withPeople.map((group, index) => ({ name: group.name || (index === 0 ? words.firstGroup : words.secondGroup), summary: group.summary }));
    downloadText(`${instrument.id}-${words.fileGroupResults}-${new Date().toISOString().slice(0, 10)}.csv`, groupReportCsv(instrument, named), 'text/csv');
  };
  return (
    <div className="island group-results">
      <div className="island-controls">
        <p>
          <label htmlFor="gr-instrument">{words.auditLabel}</label>
          <select id="gr-instrument" disabled={!ready} value={chosenKey} onChange={(event) => chooseInstrument(event.target.value)}>
            {instruments.map((candidate) => (
              <option key={instrumentKey(candidate)} value={instrumentKey(candidate)}>
                {candidate.kind === 'rubric' ? format(words.rubricOption, { title: candidate.title }) : candidate.title}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p className="sa-progress" role="status">
        {status}
      </p>
      <div className="gr-groups">
        {groups.map((group, index) => (
          <GroupInput key={index} index={index} ready={ready} group={group} onFiles={(files) => addFiles(index, files)} onChange={(change) => updateGroup(index, change)} onRemove={(position) => removeFile(index, position)} />
        ))}
      </div>
      {withPeople.length > 0 && (
        <div className="island-part island-controls gr-report">
          <h2>{words.reportHeading}</h2>
          <p>{words.reportIntro}</p>
          <div className="island-buttons">
            <button type="button" className="island-button" onClick={() => window.print()}>
              {words.printReport}
            </button>
            <button type="button" className="island-button" onClick={downloadReport}>
              {words.downloadReport}
            </button>
          </div>
          <p className="meta">{words.notKept}</p>
        </div>
      )}
      {withPeople.length > 0 && (
        <p className="sa-print-only">
          {fillNodes(words.printed, { title: <strong>{instrument.title}</strong>, date: formatDate(new Date()) })}
        </p>
      )}
      {first.summary.people > 0 && <GroupReport idPrefix="gr-first" instrument={instrument} group={first} />}
      {second.summary.people > 0 && <GroupReport idPrefix="gr-second" instrument={instrument} group={second} />}
      {first.summary.people > 0 && second.summary.people > 0 && <GroupCompare instrument={instrument} first={first} second={second} />}
    </div>
  );
}
