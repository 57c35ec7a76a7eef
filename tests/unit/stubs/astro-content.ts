/**
 * Stands in for Astro's virtual module `astro:content` in unit tests, which run outside Astro.
 * Tests of code that reads collections replace it with `vi.mock('astro:content', …)`, giving the
 * entries they want; calling it unmocked is a mistake in the test.
 */
export function getCollection(): never {
  throw new Error('astro:content is not available in unit tests: mock it with vi.mock("astro:content", …)');
}

export function render(): never {
  throw new Error('astro:content is not available in unit tests: mock it with vi.mock("astro:content", …)');
}
