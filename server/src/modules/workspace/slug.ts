export const SLUG_MAX_LENGTH = 48;

/** "Ünïcode & Co. — Research" → "unicode-co-research": lower-case ASCII letters, digits and single dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH - 5)
    .replace(/-+$/g, '');
  return slug.length >= 2 ? slug : `workspace${slug ? `-${slug}` : ''}`;
}

/** A variant for when the plain slug is taken: short random suffix, still within the length limit. */
export function slugWithSuffix(slug: string, suffix: string): string {
  return `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
}
