import { readFileSync } from 'node:fs';
import path from 'node:path';

import nspell = require('nspell');

import { isEnglish } from './language';

/**
 * Whether a word is ordinary English, by the Hunspell English dictionaries (SCOWL, via `dictionary-en` and
 * `dictionary-en-gb`): "chatty", "phone", "wiping" and "realised" are; "brotli", "heroku" and "mongodb" are not. A
 * question word the workspace never mentions that is not ordinary English names something (a product, a format, a
 * tool) the documents do not cover; an ordinary one is more likely the asker's own wording for something they do
 * cover — in British spelling as much as in American ("behaviour", "initialise").
 *
 * Each dictionary (~50k stems with affix rules) is read once, on first use (~0.4 s, ~20 MB); the British one only
 * for a word the American one does not know. For other languages there is no dictionary here, and every word counts
 * as ordinary (no refusal rests on it).
 */
const checkers = new Map<string, nspell.Checker>();

function dictionary(name: 'dictionary-en' | 'dictionary-en-gb'): nspell.Checker {
  let checker = checkers.get(name);
  if (!checker) {
    // The dictionaries are ES modules whose only export reads these two files; reading them here keeps this CommonJS.
    const folder = path.dirname(require.resolve(name));
    checker = nspell({ aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic')) });
    checkers.set(name, checker);
  }
  return checker;
}

const knows = (checker: nspell.Checker, word: string) => checker.correct(word) || checker.correct(word.toLowerCase());
const inDictionary = (word: string) => knows(dictionary('dictionary-en'), word) || knows(dictionary('dictionary-en-gb'), word);

/**
 * The everyday words of people who write software, which the general dictionaries lack: "repo", "backend", "config",
 * "codebase". Someone asking about documentation uses them as ordinary words for things the pages call otherwise
 * ("repository", "server"), so one the workspace never mentions is their wording, not a subject the documents lack
 * ("The documents don't mention repo."). Words for roles and everyday things only: no product, format or protocol
 * (a question about YAML or Redis that the pages never mention is still refused on that name).
 */
// biome-ignore format: a word list reads better packed
const SOFTWARE_WORDS = new Set([
  'repo', 'repos', 'monorepo', 'codebase', 'backend', 'backends', 'frontend', 'frontends', 'config', 'configs', 'dev',
  'devs', 'env', 'envs', 'auth', 'localhost', 'async', 'middleware', 'middlewares', 'webhook', 'webhooks', 'dropdown',
  'api', 'apis', 'url', 'urls', 'admin', 'admins', 'signup', 'logout', 'timestamp', 'timestamps', 'metadata', 'runtime',
  'workflow', 'workflows', 'subfolder', 'subfolders', 'subdirectory', 'subdirectories', 'filename', 'filenames',
  'hostname', 'hostnames', 'dataset', 'datasets', 'init', 'cli', 'debugger', 'linter', 'linters', 'linting',
  'formatter', 'formatters', 'bundler', 'bundlers', 'minify', 'minified', 'refactor', 'refactoring', 'changelog',
  'subcommand', 'subcommands', 'stdout', 'stderr', 'stdin', 'regex', 'regexes', 'startup', 'plaintext', 'checkbox',
  'sidebar', 'toolbar', 'namespace', 'namespaces', 'param', 'params', 'args', 'dir', 'dirs', 'boolean', 'booleans',
  'username', 'usernames', 'lookup', 'lookups', 'walkthrough', 'hardcoded', 'hardcode', 'uninstall', 'uninstalled',
  'readme', 'readmes', 'id', 'ids', 'cpu', 'cpus', 'gpu', 'gpus', 'ram', 'ui', 'faq', 'faqs', 'todo', 'todos',
]);

/**
 * One of the everyday words of people who write software, however it is written: "README", "CPU" and "IDs" are
 * things every project has, not a product or a format the documents would be about ("The documents don't mention
 * CPU." for "How many CPU cores did the benchmark machine have?").
 */
export const isSoftwareWord = (word: string) => SOFTWARE_WORDS.has(word.toLowerCase());

/**
 * The negations of an ordinary English word are as ordinary ("untrusted", "unparsed", "nonexistent",
 * "misconfigured"), though the dictionaries list only the commonest. Not every prefix: "submodule" and "rebase" are
 * the names of things, as "subtree" or "prebuild" may be. The rest must be of four letters or more.
 */
const NEGATION_PREFIX = /^(?:un|non|mis)(\p{L}{4,})$/u;

export function isOrdinaryWord(word: string, language: string): boolean {
  if (!isEnglish(language)) return true;
  if (isSoftwareWord(word)) return true;
  if (inDictionary(word)) return true;
  const rest = word.toLowerCase().match(NEGATION_PREFIX)?.[1];
  return rest !== undefined && inDictionary(rest);
}

/**
 * The national spelling variants of the common word endings, British first: colour/color, initialise/initialize,
 * analyse/analyze, centre/center, licence/license, catalogue/catalog, cancelled/canceled.
 */
const SPELLINGS: Array<[fromBritish: RegExp, toAmerican: string, fromAmerican: RegExp, toBritish: string]> = [
  [/(\p{L}{2,})our(s|ed|ing|ite|ites|able|ful|less)?$/u, '$1or$2', /(\p{L}{2,})or(s|ed|ing|ite|ites|able|ful|less)?$/u, '$1our$2'],
  [/(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1iz$2', /(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1is$2'],
  [/(\p{L}{2,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2', /(\p{L}{2,})yz(e|es|ed|ing|er|ers)$/u, '$1ys$2'],
  [/(\p{L}{2,})tre(s)?$/u, '$1ter$2', /(\p{L}{2,})ter(s)?$/u, '$1tre$2'],
  [/(\p{L}{2,})ence(s)?$/u, '$1ense$2', /(\p{L}{2,})ense(s)?$/u, '$1ence$2'],
  [/(\p{L}{2,})ogue(s)?$/u, '$1og$2', /(\p{L}{2,})og(s)?$/u, '$1ogue$2'],
  [/(\p{L}+[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2', /(\p{L}+[aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
];

/**
 * The same word in the other national spelling, when it has one ("colour" → "color", "initialize" → "initialise"):
 * a word only one of the two dictionaries knows, and a variant only the other knows. Null otherwise, and for other
 * languages. Documentation is mostly written American and read everywhere; a question that says "colour" is about
 * the page's "color".
 */
export function spellingVariant(word: string, language: string): string | null {
  if (!isEnglish(language) || !/^\p{L}{4,}$/u.test(word)) return null;
  const lower = word.toLowerCase();
  if (!SPELLINGS.some(([fromBritish, , fromAmerican]) => fromBritish.test(lower) || fromAmerican.test(lower))) return null;
  const american = dictionary('dictionary-en');
  const british = dictionary('dictionary-en-gb');
  const inUs = knows(american, lower);
  const inGb = knows(british, lower);
  if (inUs === inGb) return null;
  for (const [fromBritish, toAmerican, fromAmerican, toBritish] of SPELLINGS) {
    const variant = inGb ? lower.replace(fromBritish, toAmerican) : lower.replace(fromAmerican, toBritish);
    if (variant === lower) continue;
    const [into, out] = inGb ? [american, british] : [british, american];
    if (knows(into, variant) && !knows(out, variant)) return variant;
  }
  return null;
}
