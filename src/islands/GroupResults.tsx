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
// First, before any schema is made: zod must not try Function(), which the pages' policy forbids.
import '../lib/zod-jitless.ts';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import '../styles/islands.css';
import type { Instrument } from '../lib/audit/instrument.ts';
import { scaleRange } from '../lib/audit/instrument.ts';
import { compareGroups, loadGroupFiles, summariseGroup, type AttemptChoice, type GroupFile, type GroupLoad, type GroupSummary } from '../lib/audit/group.ts';
import { formatChange, formatDate, formatMean, formatSpread } from '../lib/audit/format.ts';
import { format, formatNumber, formatPlural, groupResults as words, shared } from '../strings/index.ts';
import { fillNodes } from './shared/fill.tsx';
import { groupReportCsv } from '../lib/audit/group-report.ts';
import { useMounted } from './shared/useMounted.ts';
import { downloadText } from './shared/download.ts';
import { ChangeTable } from './shared/ChangeTable.tsx';
import { TableWrap } from './shared/TableWrap.tsx';
import { BarChart } from './shared/BarChart.tsx';
import { DevelopLinks } from './shared/DevelopLinks.tsx';

interface Props {
  instruments: Instrument[];
}

interface Group {
  name: string;
  choice: AttemptChoice;
  files: GroupFile[];
  load: GroupLoad;
  summary: GroupSummary;
}

function computed(instrument: Instrument, name: string, choice: AttemptChoice, files: GroupFile[]): Group {
  const load = loadGroupFiles(files, instrument, choice);
  return { name, choice, files, load, summary: summariseGroup(instrument, load.members) };
}

/** The instrument most of these files are for, if it is one this site has. */
function detectInstrument(files: readonly GroupFile[], instruments: readonly Instrument[]): Instrument | undefined {
  const counts = new Map<string, number>();
  for (const file of files) {
    try {
      const value = JSON.parse(file.text) as { instrument?: { kind?: string; id?: string } };
      const key = `${value.instrument?.kind}/${value.instrument?.id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } catch {
      // A malformed file says nothing about which audit the others are for.
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best ? instruments.find((instrument) => `${instrument.kind}/${instrument.id}` === best[0]) : undefined;
}

export default function GroupResults({ instruments }: Props) {
  // The controls are in the page before its script runs; they are enabled once they work, so nothing chosen early is lost.
  const ready = useMounted();
  const [instrumentKey, setInstrumentKey] = useState(() => `${instruments[0]?.kind}/${instruments[0]?.id}`);
  const instrument = instruments.find((candidate) => `${candidate.kind}/${candidate.id}` === instrumentKey) ?? instruments[0];
  const [groups, setGroups] = useState<Group[]>(() => (instrument ? [computed(instrument, words.firstGroup, 'latest', []), computed(instrument, words.secondGroup, 'latest', [])] : []));
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
    return list.map((group) => computed(next, group.name, group.choice, group.files));
  }

  function chooseInstrument(key: string) {
    const next = instruments.find((candidate) => `${candidate.kind}/${candidate.id}` === key);
    if (!next) return;
    setInstrumentKey(key);
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
        setInstrumentKey(`${detected.kind}/${detected.id}`);
      }
    }
    const current = groups[index]!;
    const updated = computed(target, current.name, current.choice, [...current.files, ...read]);
    const others = groups.map((group, position) => (position === index ? updated : target === instrument ? group : computed(target, group.name, group.choice, group.files)));
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

  function updateGroup(index: number, change: Partial<Pick<Group, 'name' | 'choice' | 'files'>>) {
    setGroups((list) =>
      list.map((group, position) => {
        if (position !== index) return group;
        const merged = { ...group, ...change };
        return change.choice !== undefined || change.files !== undefined ? computed(instrument!, merged.name, merged.choice, merged.files) : merged;
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
          <select id="gr-instrument" disabled={!ready} value={instrumentKey} onChange={(event) => chooseInstrument(event.target.value)}>
            {instruments.map((candidate) => (
              <option key={`${candidate.kind}/${candidate.id}`} value={`${candidate.kind}/${candidate.id}`}>
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
          {fillNodes(words.printed, { title: <strong>{instrument.title}</strong>, date: formatDate(new Date().toISOString()) })}
        </p>
      )}
      {first.summary.people > 0 && <GroupReport idPrefix="gr-first" instrument={instrument} group={first} />}
      {second.summary.people > 0 && <GroupReport idPrefix="gr-second" instrument={instrument} group={second} />}
      {first.summary.people > 0 && second.summary.people > 0 && <GroupCompare instrument={instrument} first={first} second={second} />}
    </div>
  );
}

function GroupInput({
  index,
  ready,
  group,
  onFiles,
  onChange,
  onRemove,
}: {
  index: number;
  /** False until the island has hydrated: the controls are shown but disabled. */
  ready: boolean;
  group: Group;
  onFiles: (files: FileList | File[]) => void;
  onChange: (change: Partial<Pick<Group, 'name' | 'choice' | 'files'>>) => void;
  onRemove: (position: number) => void;
}) {
  const [over, setOver] = useState(false);
  const id = `gr-group-${index}`;
  const { members, failures } = group.load;
  const list = useRef<HTMLDetailsElement>(null);
  const fellBack = members.filter((member) => member.fellBack).length;
  /** Removes a file and keeps focus in the list: on the next file's Remove button, or the list's heading. */
  const remove = (position: number) => {
    onRemove(position);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.gr-files button');
      const next = buttons?.[Math.min(position, (buttons?.length ?? 1) - 1)];
      if (next) next.focus();
      else list.current?.querySelector<HTMLElement>('summary')?.focus();
    });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles(event.dataTransfer.files);
  };
  return (
    <section className="gr-group island-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{index === 0 ? words.firstGroup : words.secondGroupHeading}</h2>
      <p>
        <label htmlFor={`${id}-name`}>{words.nameLabel}</label>
        <input id={`${id}-name`} disabled={!ready} type="text" value={group.name} maxLength={100} onChange={(event) => onChange({ name: event.target.value })} />
      </p>
      <div
        className={`island-drop${over ? ' island-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid={`${id}-drop`}
      >
        <label htmlFor={`${id}-files`}>{words.addFiles}</label>
        <input
          id={`${id}-files`}
          disabled={!ready}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            if (event.target.files) onFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <p className="meta">{words.dropHint}</p>
      </div>
      <p>
        <label htmlFor={`${id}-choice`}>{words.choiceLabel}</label>
        <select id={`${id}-choice`} disabled={!ready} value={group.choice} onChange={(event) => onChange({ choice: event.target.value as AttemptChoice })}>
          <option value="latest">{words.choiceLatest}</option>
          <option value="first">{words.choiceFirst}</option>
        </select>
      </p>
      <p>
        {group.files.length === 0
          ? words.noFiles
          : format(words.groupFiles, {
              added: formatPlural(words.filesAdded, group.files.length),
              counted: formatPlural(words.filesCounted, members.length),
              failed: failures.length > 0 ? formatPlural(words.failedFiles, failures.length) : '',
            })}
      </p>
      {fellBack > 0 && (
        <p className="meta">
          {formatPlural(group.choice === 'latest' ? words.fellBackLatest : words.fellBackFirst, fellBack)}
        </p>
      )}
      {failures.length > 0 && (
        <details open className="gr-failures">
          <summary>{words.failuresHeading}</summary>
          <ul>
            {failures.map((failure) => (
              <li key={`${failure.name}-${failure.file}`}>
                {fillNodes(words.failure, { file: <strong>{failure.name}</strong>, reason: failure.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {group.files.length > 0 && (
        <details className="gr-file-list" ref={list}>
          <summary>{format(words.fileList, { count: group.files.length })}</summary>
          <ul className="gr-files">
            {group.files.map((file, position) => {
              const member = members.find((candidate) => candidate.file === position);
              return (
                <li key={`${file.name}-${position}`}>
                  <span>
                    {member?.owner ? format(words.fileOwner, { file: file.name, owner: member.owner }) : file.name} <span className="meta">{member ? words.counted : words.notUsed}</span>
                  </span>{' '}
                  <button type="button" className="island-button island-button--quiet gr-remove" onClick={() => remove(position)}>
                    {words.remove}
                    <span className="visually-hidden"> {file.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {group.files.length > 0 && (
        <button type="button" className="island-button island-button--quiet" onClick={() => onChange({ files: [] })}>
          {words.removeGroupFiles}
        </button>
      )}
    </section>
  );
}

function GroupReport({ idPrefix, instrument, group }: { idPrefix: string; instrument: Instrument; group: Group }) {
  const { summary } = group;
  const { min, max } = scaleRange(instrument);
  const bySection = instrument.sections.length > 1;
  const name = group.name || words.thisGroup;
  return (
    <section className="island-part" aria-labelledby={idPrefix}>
      <h2 id={idPrefix}>{format(words.resultsFor, { group: name })}</h2>
      <p>
        {formatPlural(group.choice === 'latest' ? words.peopleLatest : words.peopleFirst, summary.people)}
      </p>
      <BarChart
        id={`${idPrefix}-chart`}
        caption={format(bySection ? words.chartBySection : words.chartByCriterion, { group: name })}
        series={[name]}
        rows={bySection ? summary.sections.map((section) => ({ label: section.title, values: [section.mean] })) : summary.items.map((item) => ({ label: item.text, values: [item.mean] }))}
        min={min}
        max={max}
        rowHeader={bySection ? undefined : words.criterion}
        extra={
          bySection
            ? { header: words.peopleAnswered, cells: summary.sections.map((section) => formatNumber(section.people)) }
            : { header: words.answers, cells: summary.items.map((item) => formatNumber(item.n)) }
        }
      />
      <h3>{words.needsHeading}</h3>
      <p>{words.needsIntro}</p>
      <ol>
        {summary.lowest.map((item) => (
          <li key={item.id}>
            {item.text} <span className="meta">{formatPlural(words.needDetail, item.n, { section: item.sectionTitle, mean: formatMean(item.mean) })}</span> <DevelopLinks lead={words.developWith} links={item.develop} />
          </li>
        ))}
      </ol>
      <h3>{words.spreadHeading}</h3>
      <TableWrap wide label={format(words.spreadTable, { group: name })}>
        <table className="island-table">
          <caption>{format(words.spreadCaption, { group: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{words.item}</th>
              <th scope="col">{words.mean}</th>
              <th scope="col">{words.answers}</th>
              {instrument.scale.map((point) => (
                <th scope="col" key={point.value}>
                  {format(words.scalePoint, { value: point.value, label: point.label })}
                </th>
              ))}
              <th scope="col">{words.standardDeviation}</th>
            </tr>
          </thead>
          {instrument.sections.map((section) => (
            // One body per section, headed by the section's name, so the items read in their sections.
            <tbody key={section.id}>
              {bySection && (
                <tr className="gr-section-row">
                  <th scope="rowgroup" colSpan={instrument.scale.length + 4}>
                    {section.title}
                  </th>
                </tr>
              )}
              {summary.items
                .filter((item) => item.sectionId === section.id)
                .map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.text}</th>
                    <td>{formatMean(item.mean)}</td>
                    <td>{formatNumber(item.n)}</td>
                    {item.counts.map((count) => (
                      <td key={count.value}>{formatNumber(count.count)}</td>
                    ))}
                    <td>{formatSpread(item.sd)}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </TableWrap>
    </section>
  );
}

function GroupCompare({ instrument, first, second }: { instrument: Instrument; first: Group; second: Group }) {
  const comparison = compareGroups(first.summary, second.summary);
  const { min, max } = scaleRange(instrument);
  const a = first.name || words.firstGroup;
  const b = second.name || words.secondGroup;
  const bySection = instrument.sections.length > 1;
  const sentence = (item: (typeof comparison.items)[number]) =>
    format(words.changeSentence, { item: item.title, section: item.sectionTitle, first: formatMean(item.first), second: formatMean(item.second), change: formatChange(item.change) });
  return (
    <section className="island-part" aria-labelledby="gr-compare">
      <h2 id="gr-compare">
        {format(words.compareHeading, { first: a, second: b })}
      </h2>
      <p>
        {format(words.compareIntro, { first: a, second: b, firstPeople: formatPlural(words.people, first.summary.people), secondPeople: formatPlural(words.people, second.summary.people) })}
      </p>
      <h3>{words.biggestChanges}</h3>
      <ul>
        {comparison.rises.length === 0 && <li>{words.noRise}</li>}
        {comparison.rises.map((item) => (
          <li key={item.id}>{format(words.rise, { change: sentence(item) })}</li>
        ))}
        {comparison.falls.length === 0 && <li>{words.noFall}</li>}
        {comparison.falls.map((item) => (
          <li key={item.id}>{format(words.fall, { change: sentence(item) })}</li>
        ))}
      </ul>
      <BarChart
        id="gr-compare-chart"
        caption={format(bySection ? words.compareChartBySection : words.compareChartByCriterion, { first: a, second: b })}
        series={[a, b]}
        rows={(bySection ? comparison.sections : comparison.items).map((row) => ({ label: row.title, values: [row.first, row.second] }))}
        min={min}
        max={max}
        rowHeader={bySection ? undefined : words.criterion}
        extra={{ header: shared.changeChange, cells: (bySection ? comparison.sections : comparison.items).map((row) => formatChange(row.change)) }}
      />
      {bySection && (
        <details className="sa-details">
          <summary>{words.everyItemCompared}</summary>
          <ChangeTable
            caption={format(words.compareTable, { first: a, second: b })}
            first={a}
            second={b}
            rows={comparison.items.map((item) => ({ id: item.id, label: item.title, group: item.sectionTitle, first: formatMean(item.first), second: formatMean(item.second), change: item.change }))}
          />
        </details>
      )}
    </section>
  );
}
