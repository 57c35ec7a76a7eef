/**
 * Protocol timer island: start, pause, next step and reset, with the time left in the step and in
 * the whole protocol, each change of step shown on screen and announced through a live region
 * (and, if chosen, a short beep), and a large mode for a projector that the same button leaves.
 *
 * Props:
 * - title: the protocol's title.
 * - steps: the protocol's steps, each with its minutes, or null for an untimed step.
 *
 * The state machine is in src/lib/timer/timer.ts; this island reads the clock (Date.now) and
 * redraws a few times a second while running. It renders nothing until hydrated.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import '../styles/islands.css';
import { describeTotalLeft, formatClock, initialState, next, pause, reset, start, stepAnnouncement, stepsFromMinutes, tick, totalLeft, view, type TimerState } from '../lib/timer/timer.ts';
import { useMounted } from './shared/useMounted.ts';
import { format, timer as words } from '../strings/index.ts';

interface Props {
  title: string;
  steps: { title: string; minutes: number | null }[];
}

const STATUS_WORDS = { ready: words.statusReady, running: words.statusRunning, paused: words.statusPaused, finished: words.statusFinished } as const;

/** A sentence around one placeholder, split so the placeholder's value can be shown apart: "{time} left" gives ["", " left"]. */
function around(template: string, name: string): [string, string] {
  const at = template.indexOf(`{${name}}`);
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}

/** The clock as seen, inside the sentence a screen reader hears ("4:05 left in this step"): the words around it are visually hidden. */
function SpokenClock({ template, time }: { template: string; time: string }) {
  const [before, after] = around(template, 'time');
  return (
    <>
      {before && <span className="visually-hidden">{before}</span>}
      {time}
      {after && <span className="visually-hidden">{after}</span>}
    </>
  );
}

/** A short, quiet beep through Web Audio: two tones, a third of a second. Nothing is loaded. */
function beep(context: AudioContext) {
  const now = context.currentTime;
  [880, 660].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    const at = now + index * 0.18;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.17);
  });
}

export default function ProtocolTimer({ title, steps: rawSteps }: Props) {
  const mounted = useMounted();
  const steps = useMemo(() => stepsFromMinutes(rawSteps), [rawSteps]);
  const [state, setState] = useState<TimerState>(initialState);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const [large, setLarge] = useState(false);
  const [sound, setSound] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const lastIndex = useRef(0);
  const lastStatus = useRef<TimerState['status']>('ready');
  const largeButton = useRef<HTMLButtonElement>(null);

  // While running, read the clock four times a second and move on when a step's time runs out.
  useEffect(() => {
    if (state.status !== 'running') return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      setState((current) => tick(steps, current, time));
    }, 250);
    return () => clearInterval(timer);
  }, [state.status, steps]);

  // Announce a change of step, and the end.
  useEffect(() => {
    let changed = true;
    if (state.status === 'finished' && lastStatus.current !== 'finished') setAnnouncement(format(words.announceFinished, { title }));
    else if (state.index !== lastIndex.current) setAnnouncement(stepAnnouncement(steps, state.index));
    else changed = false;
    if (changed && state.status !== 'ready' && sound && audio.current) beep(audio.current);
    lastIndex.current = state.index;
    lastStatus.current = state.status;
  }, [state.index, state.status, steps, title, sound]);

  // In large mode the timer covers the page: Escape leaves it, and Tab stays inside it. A layout
  // effect, so the keys work from the moment large mode is drawn, not a frame later.
  const panel = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (!large) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setLarge(false);
        largeButton.current?.focus();
      } else if (event.key === 'Tab' && panel.current) {
        const focusable = [...panel.current.querySelectorAll<HTMLElement>('button:not([disabled]), input')];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [large]);

  if (!mounted) return null;

  const act = (action: (time: number) => TimerState) => {
    const time = Date.now();
    setNow(time);
    setState(action(time));
  };
  const shown = view(steps, state, now);
  const step = steps[shown.index]!;
  const total = totalLeft(steps, state, now);
  const toggleSound = (on: boolean) => {
    setSound(on);
    // The audio is set up on this click, as browsers allow sound only after the user acts.
    if (on && !audio.current && typeof AudioContext !== 'undefined') audio.current = new AudioContext();
    if (on && audio.current) {
      void audio.current.resume();
      beep(audio.current);
    }
  };
  const running = shown.status === 'running';
  const headingId = 'protocol-timer-heading';
  return (
    <section ref={panel} className={`island timer${large ? ' timer--large' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{large ? format(words.headingLarge, { title }) : words.heading}</h2>
      <p className="timer__step">{format(words.step, { number: shown.index + 1, total: steps.length, title: step.title })}</p>
      <p className="timer__clock" role="timer" aria-live="off">
        {shown.remainingMs !== null ? <SpokenClock template={words.leftInStep} time={formatClock(shown.remainingMs)} /> : <SpokenClock template={words.soFarInUntimedStep} time={formatClock(shown.elapsedMs)} />}
      </p>
      <p className="timer__status">
        {step.durationMs === null && shown.status !== 'finished' ? format(words.statusUntimed, { status: STATUS_WORDS[shown.status] }) : STATUS_WORDS[shown.status]}
      </p>
      <p className="timer__total">{shown.status === 'finished' ? words.totalFinished : describeTotalLeft(total)}</p>
      {/* The change of step, on screen as well as announced. */}
      <p className="timer__announce" data-lead={words.now} aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="island-buttons">
        {running ? (
          <button type="button" className="island-button" onClick={() => act((time) => pause(steps, state, time))}>
            {words.pause}
          </button>
        ) : (
          <button type="button" className="island-button" onClick={() => act((time) => start(steps, state, time))} disabled={shown.status === 'finished'}>
            {shown.status === 'paused' ? words.resume : words.start}
          </button>
        )}
        <button type="button" className="island-button" onClick={() => act((time) => next(steps, state, time))} disabled={shown.status === 'finished'}>
          {words.nextStep}
        </button>
        <button type="button" className="island-button island-button--quiet" onClick={() => act(() => reset())}>
          {words.reset}
        </button>
        <button ref={largeButton} type="button" className="island-button island-button--quiet" onClick={() => setLarge((value) => !value)}>
          {large ? words.leaveLargeDisplay : words.largeDisplay}
        </button>
        {large && <span className="timer__hint">{words.escapeHint}</span>}
      </div>
      <p className="timer__sound">
        <input type="checkbox" id="protocol-timer-sound" checked={sound} onChange={(event) => toggleSound(event.target.checked)} />{' '}
        <label htmlFor="protocol-timer-sound">{words.beep}</label>
      </p>
      <ol className="timer__steps">
        {steps.map((item, index) => (
          <li key={index} aria-current={index === shown.index ? 'step' : undefined}>
            {item.durationMs === null ? format(words.stepUntimed, { title: item.title }) : format(words.stepTimed, { title: item.title, time: formatClock(item.durationMs) })}
          </li>
        ))}
      </ol>
    </section>
  );
}
