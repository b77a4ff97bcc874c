/** A lower-case ASCII slug: "Norrtälje kommun" → "norrtalje-kommun". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A short, readable handle for a plan, used on the command line: the
 * municipality and the years in the plan's name ("norrtalje-2024-2025"),
 * else the slugged name.
 */
export function derivePlanKey(organisation: string, name: string): string {
  const place = slugify(organisation.replace(/\bkommun(en)?\b/i, '').trim()) || slugify(organisation);
  const years = name.match(/\b(19|20)\d{2}\b/g);
  if (years && years.length > 0) {
    const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : years[0];
    return `${place}-${span}`.slice(0, 60);
  }
  return `${place}-${slugify(name)}`.slice(0, 60).replace(/-+$/, '');
}
