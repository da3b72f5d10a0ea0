import { existsSync, readFileSync } from 'node:fs';
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

/** A data set folder that cannot be run as it is: the message says what to fix. */
export class DatasetError extends Error {}

/**
 * A data set folder: `questions.json` ({ corpora, questions }) beside one folder per corpus holding its files. Checked
 * before the app starts, so that a wrong folder costs a line, not a database start and an upload.
 */
export function loadDataset(root = DATASET_DIR): Dataset {
  const questionsFile = path.join(root, 'questions.json');
  if (!existsSync(questionsFile)) {
    throw new DatasetError(`${questionsFile} does not exist: a data set folder holds questions.json and one folder per corpus.`);
  }
  let parsed: Partial<Omit<Dataset, 'root'>>;
  try {
    parsed = JSON.parse(readFileSync(questionsFile, 'utf8')) as Partial<Omit<Dataset, 'root'>>;
  } catch (error) {
    throw new DatasetError(`${questionsFile} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed.corpora) || !Array.isArray(parsed.questions)) {
    throw new DatasetError(`${questionsFile} must hold { "corpora": [...], "questions": [...] }.`);
  }
  const missing = parsed.corpora.flatMap((corpus) =>
    corpus.files.map((file) => path.join(root, corpus.id, file)).filter((file) => !existsSync(file)),
  );
  if (missing.length > 0) throw new DatasetError(`Files named in ${questionsFile} are missing: ${missing.join(', ')}`);
  return { root, corpora: parsed.corpora, questions: parsed.questions };
}

export function formatOf(file: string): 'html' | 'markdown' | 'pdf' | 'text' {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.pdf') return 'pdf';
  return 'text';
}
