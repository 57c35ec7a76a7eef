/**
 * The box around an island's table. A table that fits is left alone. One wider than the screen (on
 * a phone, say) scrolls sideways inside this box, never widening the page, and then:
 * - a hint above it says so ("↔ Scroll the table sideways to see all of it."), and the box's right
 *   edge fades out while more of the table is hidden that way, so the cut-off column reads as cut
 *   off, not as the table's end;
 * - the box becomes a labelled, focusable region described by the hint, so it can be scrolled from
 *   the keyboard with the arrow keys.
 * `wide` keeps a many-column table at a readable width and lets it scroll.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { shared } from '../../strings/index.ts';

interface Overflow {
  /** The table is wider than its box. */
  scrolls: boolean;
  /** Some of it is hidden to the right. */
  more: boolean;
}

export function TableWrap({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflow, setOverflow] = useState<Overflow>({ scrolls: false, more: false });
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      const more = scrolls && box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setOverflow((last) => (last.scrolls === scrolls && last.more === more ? last : { scrolls, more }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, []);
  const { scrolls, more } = overflow;
  return (
    <div className="table-scroll">
      {scrolls && (
        <p className="island-scroll-hint" id={hintId}>
          <span className="island-scroll-hint__arrow" aria-hidden="true">
            ↔
          </span>{' '}
          {shared.scrollHint}
        </p>
      )}
      <div className={`table-scroll__box${more ? ' table-scroll__box--more' : ''}`}>
        <div ref={ref} className={`table-wrap${wide ? ' table-wrap--wide' : ''}`} {...(scrolls ? { role: 'region', 'aria-label': label, 'aria-describedby': hintId, tabIndex: 0 } : {})}>
          {children}
        </div>
      </div>
    </div>
  );
}
