/**
 * Shared helpers for the browser tests, and the `test` every spec imports from here: Playwright's
 * own, with a watch on the Content Security Policy. Every page a test opens reports each
 * `securitypolicyviolation` (something the page's policy blocked: a script, a style, a request
 * to another host), and a test whose pages had any fails, naming the page, the directive and
 * what was blocked. ESLint keeps specs from importing `test` from '@playwright/test' directly.
 */
import { test as playwrightTest, expect, type BrowserContext, type Page } from '@playwright/test';
import { contentFolder, readPlaybook } from '../../src/core/playbook-folder.node.ts';

export { expect };

/** A violation of a page's Content Security Policy, as the page reported it. */
export interface PolicyViolation {
  /** The page's address. */
  page: string;
  /** The directive that blocked it, like "script-src-elem" or "img-src". */
  directive: string;
  /** What was blocked: an address, or "inline" / "eval" / "wasm-eval". */
  blocked: string;
  /** The first characters of a blocked inline script or style, where the browser gives them. */
  sample: string;
  /** Where in the page's code it happened, like "https://…/x.js:12". */
  source: string;
}

declare global {
  interface Window {
    playbookPolicyViolation?: (violation: Omit<PolicyViolation, 'page'>) => void;
  }
}

/** Listens for policy violations on every page and frame the context opens; returns the list they go into. */
export async function watchPolicy(context: BrowserContext): Promise<PolicyViolation[]> {
  const violations: PolicyViolation[] = [];
  await context.exposeBinding('playbookPolicyViolation', ({ frame }, violation: Omit<PolicyViolation, 'page'>) => {
    violations.push({ page: frame.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.playbookPolicyViolation?.({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` });
      },
      true,
    );
  });
  return violations;
}

/** One line for a violation, as a failure lists it. */
export function describeViolation(violation: PolicyViolation): string {
  const sample = violation.sample ? ` ("${violation.sample}")` : '';
  return `${violation.page}: the policy's ${violation.directive} blocked ${violation.blocked || 'something'}${sample} at ${violation.source}`;
}

export const test = playwrightTest.extend<{ policyViolations: PolicyViolation[] }>({
  policyViolations: [
    async ({ context }, use) => {
      const violations = await watchPolicy(context);
      await use(violations);
      expect(violations.map(describeViolation), 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** The base path the site is built under, like "/" or "/playbook/". */
export const BASE_PATH = readPlaybook(contentFolder())?.site.base ?? '/';

/** A sitemap URL (on the published host) as a path relative to the site's base, like "techniques/cold-call/". */
export function relativeToBase(url: string): string {
  const { pathname } = new URL(url);
  return pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : pathname.replace(/^\//, '');
}

/** Every page path in the built site's sitemap, relative to the site's base. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await page.request.get('sitemap-index.xml');
  if (!index.ok()) throw new Error(`sitemap-index.xml answered ${index.status()}`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const paths: string[] = [];
  for (const sitemap of locs(await index.text())) {
    const response = await page.request.get(relativeToBase(sitemap));
    if (!response.ok()) throw new Error(`${sitemap} answered ${response.status()}`);
    paths.push(...locs(await response.text()).map(relativeToBase));
  }
  return paths;
}
