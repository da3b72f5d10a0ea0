/**
 * Words as the extractive engine compares them: lower-cased, stop words dropped, reduced to a rough stem so that
 * "refunds", "refunded" and "refund" meet. The stemmer is deliberately crude (a few English suffix rules applied the
 * same way to questions and documents): it only has to map related forms together, never to produce real words.
 */

// biome-ignore format: a word list reads better packed
const STOPWORDS = new Set([
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been',
  'before', 'being', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'done', 'during',
  'each', 'either', 'else', 'for', 'from', 'further', 'get', 'gets', 'got', 'had', 'has', 'have', 'having', 'he', 'her',
  'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'know', 'let', 'like', 'may',
  'me', 'might', 'more', 'most', 'must', 'my', 'need', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once', 'one',
  'only', 'or', 'other', 'our', 'ours', 'out', 'over', 'own', 'please', 'same', 'say', 'says', 'she', 'should', 'so',
  'some', 'such', 'tell', 'than', 'that', 'the', 'their', 'theirs', 'them', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'until', 'up', 'us', 'very', 'want', 'was', 'we', 'were', 'what', 'when',
  'where', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'would', 'you', 'your', 'yours',
]);

const VOWEL = /[aeiouy]/;

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lower-cased words and numbers, in order ("EUR 1,000.50" gives "eur", "1,000.50"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function stripPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'able', 'ible', 'ing', 'ers', 'er', 'ed', 'ly'];

/** A crude stem: "policies" → "policy", "requesting" → "request", "approved"/"approval"/"approve" → "approv". */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let result = stripPlural(word);
  for (const suffix of SUFFIXES) {
    const rest = result.slice(0, -suffix.length);
    if (result.endsWith(suffix) && rest.length >= 3 && VOWEL.test(rest)) {
      result = rest;
      break;
    }
  }
  if (result.endsWith('al') && result.length > 5) result = result.slice(0, -2);
  // "setting" → "sett" → "set", "cancelled" → "cancell" → "cancel".
  if (result.length > 3 && result.at(-1) === result.at(-2) && !VOWEL.test(result.at(-1) ?? '')) result = result.slice(0, -1);
  if (result.endsWith('e') && result.length > 3) result = result.slice(0, -1);
  return result;
}

/** Stems of the words that carry meaning, in order, repeats kept. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((word) => !isStopword(word))
    .map(stem);
}

// Words a question and its answer often use for the same thing ("when will my refund ARRIVE" / "refunds REACH your
// account"). Small on purpose: each group must hold in any workplace document, or it adds noise.
const SYNONYM_GROUPS = [
  ['arrive', 'reach', 'receive'],
  ['cost', 'price', 'fee', 'charge'],
  ['cancel', 'terminate'],
  ['start', 'begin'],
  ['buy', 'purchase'],
  ['vacation', 'holiday', 'pto'],
  ['salary', 'wage', 'compensation'],
  ['help', 'support', 'assist'],
  ['delete', 'remove'],
  ['employee', 'staff', 'worker'],
  ['customer', 'client'],
  ['manager', 'supervisor'],
  ['remote', 'home'],
].map((group) => group.map(stem));

const RELATED = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  for (const term of group) RELATED.set(term, new Set([...(RELATED.get(term) ?? [term]), ...group]));
}

/** The stem itself and the stems of its synonyms. */
export function relatedStems(term: string): Set<string> {
  return RELATED.get(term) ?? new Set([term]);
}
