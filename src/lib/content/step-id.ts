/** The id of a technique's action step: its own `id`, or one made from its title. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function stepId(step: { id?: string; title: string }): string {
  return step.id ?? slugify(step.title);
}
