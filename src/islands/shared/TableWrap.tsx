/**
 * The box around an island's table. A table that fits is left alone; one wider than the screen
 * (on a phone, say) scrolls sideways inside this box, never widening the page, and then the box
 * becomes a labelled, focusable region, so it can be scrolled from the keyboard, with a hint
 * saying so. `wide` keeps a many-column table at a readable width and lets it scroll.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { shared } from '../../strings/index.ts';

export function TableWrap({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {scrolls && <p className="island-scroll-hint">{shared.scrollHint}</p>}
      <div ref={ref} className={`table-wrap${wide ? ' table-wrap--wide' : ''}`} {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
        {children}
      </div>
    </>
  );
}
