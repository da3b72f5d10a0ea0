import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serverRoot } from '../src/config/paths';

/** What a question asks for; unanswerable questions have no answer in their corpus. */
export type QuestionKind = 'default' | 'number' | 'procedure' | 'definition' | 'fact' | 'unanswerable';

export interface EvalQuestion {
  id: string;
  corpus: string;
  question: string;
  kind: QuestionKind;
  /** `page`: in the page's own words; `paraphrase`: worded away from them, as a user would. */
  wording: 'page' | 'paraphrase';
  /** `holdout` questions are the final check: never look at them while tuning. */
  split: 'dev' | 'holdout';
  gold: { file: string; evidence: string } | null;
  /** Case-insensitive regular expressions that must all match a correct answer. */
  answerPatterns: string[];
  missingTerms?: string[];
}

export interface Corpus {
  id: string;
  title: string;
  files: string[];
}

export interface Dataset {
  root: string;
  corpora: Corpus[];
  questions: EvalQuestion[];
}

export const DATASET_DIR = path.join(serverRoot, 'eval', 'dataset');

export function loadDataset(root = DATASET_DIR): Dataset {
  const parsed = JSON.parse(readFileSync(path.join(root, 'questions.json'), 'utf8')) as Omit<Dataset, 'root'>;
  return { root, ...parsed };
}

export function formatOf(file: string): 'html' | 'markdown' | 'pdf' | 'text' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.pdf') return 'pdf';
  return 'text';
}
