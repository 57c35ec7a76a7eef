/**
 * The coaching trends island (/coaching/trends/): a PD lead loads many coaches' trends files (a
 * file picker, or dropped on the box) and sees which strands, techniques and steps are being set,
 * the median days from set to secure, the days between visits against the playbook's target, and
 * comparisons by school or group and by term. Every figure passes the privacy floor, and the page
 * says why one is withheld. Files are read in this browser, with progress for a long load, and
 * never sent anywhere or kept: leaving the page with files loaded asks first. A file that cannot be
 * used is listed with its reason; the rest still count.
 *
 * Props:
 * - base: the site's base path (for the playbook's catalogue).
 * - floor: the privacy floor; cycle: the target days between visits, inclusive.
 *
 * Its first state is rendered with the page, its controls disabled until they work; a style hides
 * it where JavaScript does not run, and the page says so instead.
 */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import '../../styles/islands.css';
import '../../styles/coaching.css';
import { addTrendFiles, emptyPool, trendReport, type TrendReport, type TrendsFailure } from '../../lib/coaching/trends.ts';
import { coaching as words, format, formatPlural } from '../../strings/index.ts';
import { fillNodes } from '../shared/fill.tsx';
import { useMounted } from '../shared/useMounted.ts';
import { TrendsReport } from './TrendsReport.tsx';
import { useCatalogue } from './useCatalogue.ts';

interface Props {
  base: string;
  floor: number;
  cycle: { shortest: number; longest: number };
}

interface Loaded {
  files: { name: string; text: string }[];
  failures: TrendsFailure[];
  report: TrendReport;
}

/** Lets the page draw (the progress bar) between files. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export default function Trends({ base, floor, cycle }: Props) {
  const mounted = useMounted();
  const catalogue = useCatalogue(base);
  const ready = mounted && catalogue.status === 'ready';
  const [loaded, setLoaded] = useState<Loaded>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [over, setOver] = useState(false);
  const [message, setMessage] = useState('');
  const settings = useMemo(
    () => ({ floor, cycle, strandOf: (technique: string) => (catalogue.status === 'ready' ? catalogue.catalogue.techniques.get(technique)?.strand : undefined) }),
    [floor, cycle, catalogue],
  );

  // The files live only in this page: leaving or reloading it with files loaded asks first.
  useEffect(() => {
    if (!loaded || loaded.files.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [loaded]);

  /** Reads every file into a new pool, a file at a time, showing progress. */
  async function pool(files: { name: string; text: string }[], total: number, read: (index: number) => Promise<{ name: string; text: string }>) {
    const into = emptyPool();
    const failures: TrendsFailure[] = [];
    const all = [...files];
    failures.push(...addTrendFiles(into, files));
    let shown = performance.now();
    for (let index = 0; index < total; index++) {
      const file = await read(index);
      all.push(file);
      failures.push(...addTrendFiles(into, [file]));
      // Redraw a few times a second, not after every file.
      if (performance.now() - shown > 100) {
        setProgress({ done: index + 1, total });
        await nextTask();
        shown = performance.now();
      }
    }
    setProgress(undefined);
    setLoaded({ files: all, failures, report: trendReport(into, settings) });
    return failures;
  }

  async function addFiles(list: FileList | File[]) {
    const chosen = [...list];
    if (chosen.length === 0 || !ready) return;
    setProgress({ done: 0, total: chosen.length });
    const before = loaded?.files ?? [];
    const failures = await pool(before, chosen.length, async (index) => ({ name: chosen[index]!.name, text: await chosen[index]!.text() }));
    const failed = failures.filter((failure) => chosen.some((file) => file.name === failure.name)).length;
    setMessage(format(words.trendsAdded, { added: formatPlural(words.trendsFiles, chosen.length), failed: failed > 0 ? formatPlural(words.trendsFailedCount, failed) : '', total: formatPlural(words.trendsFiles, before.length + chosen.length) }));
  }

  function removeAll() {
    setLoaded(undefined);
    setMessage(words.trendsCleared);
    document.getElementById('ct-files')?.focus();
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void addFiles(event.dataTransfer.files);
  };

  return (
    <section className="island coaching coaching-trends" aria-label={words.trendsIsland}>
      <div
        className={`island-drop island-controls${over ? ' island-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor="ct-files">{words.trendsAddFiles}</label>
        <input
          id="ct-files"
          type="file"
          multiple
          accept=".json,application/json"
          disabled={!ready || progress !== undefined}
          onChange={(event) => {
            if (event.target.files) void addFiles(event.target.files);
            event.target.value = '';
          }}
        />
        <p className="meta">{words.trendsDropHint}</p>
      </div>
      {mounted && catalogue.status === 'loading' && <p role="status">{words.loadingPlaybook}</p>}
      {catalogue.status === 'failed' && <p role="alert">{words.playbookFailed}</p>}
      <p className="sa-progress" role="status">
        {message}
      </p>
      {progress && (
        <p>
          <label htmlFor="ct-progress">{format(words.trendsReading, { done: progress.done, total: progress.total })}</label>
          <progress id="ct-progress" max={progress.total} value={progress.done} />
        </p>
      )}
      {loaded && loaded.files.length > 0 && (
        <div className="island-controls">
          {loaded.failures.length > 0 && (
            <details open className="gr-failures">
              <summary>{formatPlural(words.trendsFailuresHeading, loaded.failures.length)}</summary>
              <ul>
                {loaded.failures.map((failure, index) => (
                  <li key={`${failure.name}-${index}`}>{fillNodes(words.trendsFailure, { file: <strong>{failure.name}</strong>, reason: failure.summary })}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="island-button island-button--quiet" onClick={removeAll}>
            {words.trendsRemoveAll}
          </button>
        </div>
      )}
      {loaded && loaded.files.length > 0 && catalogue.status === 'ready' && !progress && <TrendsReport report={loaded.report} catalogue={catalogue.catalogue} />}
    </section>
  );
}
