import { useEffect, useState } from 'react';

/**
 * False during the server render and the first client render, true after hydration. Islands
 * render nothing until then: without JavaScript the page's own static content stands alone, and
 * nothing the browser cannot use is shown.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
