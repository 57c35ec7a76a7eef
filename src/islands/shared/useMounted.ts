import { startTransition, useEffect, useState } from 'react';

/**
 * False during the server render and the first client render, true after hydration. Islands
 * render nothing until then: without JavaScript the page's own static content stands alone, and
 * nothing the browser cannot use is shown.
 *
 * The switch is a transition, so React renders the island's full content in small slices and the
 * page stays responsive while a long form (an audit's thirty questions) is built on a slow phone;
 * rendered in one go, it held the main thread for a quarter of a second.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  return mounted;
}
