import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serverRoot } from '../src/config/paths';
import { startAskbase } from './app-process';
import { AskbaseUser, type ObservedAnswer, type UploadedDocument } from './askbase-api';
import { type Corpus, DatasetError, type EvalQuestion, loadDataset } from './dataset';
import { waitForPassageVectors } from './passage-vectors';
import { readSummary, regressions, summarise, table } from './report';
import { percentile, type QuestionResult, scoreAnswer } from './score';

/**
 * `npm run eval`: answer quality as numbers. Starts Askbase as `npm start` would (fresh embedded PostgreSQL, built-in
 * engine), uploads each corpus of eval/dataset through the public API into a workspace of its own, asks every
 * question through askCopilot + answerStream, and scores citations, answers and refusals (eval/score.ts). Each corpus
 * is uploaded a second time in reverse order and asked again: the answers must not depend on the order. With
 * EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL set (passed on to the server), questions wait until every passage of the
 * corpus has its vector.
 *
 *   --split dev|holdout|all   which questions to ask (default all; tune on dev only, holdout is the final check)
 *   --dataset <folder>        another data set laid out as eval/dataset (questions.json beside one folder per corpus):
 *                             your own documents and questions, or a blind check on a manual the engine was not tuned on
 *   --check                   fail when a figure falls more than 2 points below eval/baseline.json
 *   --update-baseline         write this run's figures to eval/baseline.json
 *   --show-misses             print the questions answered wrongly (dev ones only, unless --split holdout|all)
 */
const EVAL_DIR = path.join(serverRoot, 'eval');
const BASELINE = path.join(EVAL_DIR, 'baseline.json');
const LATEST = path.join(EVAL_DIR, 'results', 'latest.json');

interface CorpusRun {
  workspaceId: string;
  fileOfDocument: Map<string, string>;
}

async function uploadCorpus(user: AskbaseUser, root: string, corpus: Corpus, order: 'forward' | 'reverse'): Promise<CorpusRun> {
  const workspaceId = await user.createWorkspace(`${corpus.title} (${order})`);
  const files = order === 'forward' ? corpus.files : [...corpus.files].reverse();
  const fileOfDocument = new Map<string, string>();
  for (const file of files) {
    const uploaded: UploadedDocument = await user.upload(workspaceId, file, readFileSync(path.join(root, corpus.id, file)));
    fileOfDocument.set(uploaded.id, file);
  }
  return { workspaceId, fileOfDocument };
}

/** Same words, same passages cited (by file and text): document ids differ between the two workspaces. */
function sameAnswer(a: ObservedAnswer, b: ObservedAnswer, runA: CorpusRun, runB: CorpusRun): boolean {
  const cited = (answer: ObservedAnswer, run: CorpusRun) =>
    JSON.stringify([...answer.citations].sort((x, y) => x.index - y.index).map((c) => [run.fileOfDocument.get(c.documentId), c.passage]));
  return a.text === b.text && cited(a, runA) === cited(b, runB);
}

/** The report goes to standard output, progress to standard error. */
const print = (text: string) => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'all' },
      dataset: { type: 'string' },
      check: { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      'show-misses': { type: 'boolean', default: false },
    },
  });
  const ownDataset = values.dataset !== undefined;
  // The committed baseline holds the figures of eval/dataset: another data set's would be compared with the wrong ones.
  if (ownDataset && (values.check || values['update-baseline'])) {
    throw new Error('--check and --update-baseline compare with the figures of eval/dataset: leave out --dataset.');
  }
  const dataset = ownDataset ? loadDataset(path.resolve(values.dataset as string)) : loadDataset();
  const wanted = (question: EvalQuestion) => values.split === 'all' || question.split === values.split;
  const app = await startAskbase();
  const results: QuestionResult[] = [];
  let repeats = 0;
  let identical = 0;
  let ingestMs = 0;
  let vectorWaitMs = 0;
  const started = Date.now();
  try {
    const user = new AskbaseUser(app.baseUrl);
    await user.signUp(`eval-${Date.now()}@example.com`);
    for (const corpus of dataset.corpora) {
      const questions = dataset.questions.filter((question) => question.corpus === corpus.id && wanted(question));
      const ingestStarted = Date.now();
      const forward = await uploadCorpus(user, dataset.root, corpus, 'forward');
      const reverse = await uploadCorpus(user, dataset.root, corpus, 'reverse');
      const uploaded = Date.now();
      // As the server does, semantic retrieval is on only with both variables (it passes this environment on).
      if (process.env.EMBEDDINGS_BASE_URL && process.env.EMBEDDINGS_MODEL) {
        await waitForPassageVectors(app.databaseUrl, [forward.workspaceId, reverse.workspaceId], process.env.EMBEDDINGS_MODEL);
      }
      ingestMs += Date.now() - ingestStarted;
      vectorWaitMs += Date.now() - uploaded;
      for (const question of questions) {
        const answer = await user.ask(forward.workspaceId, question.question);
        results.push(scoreAnswer(question, answer, forward.fileOfDocument));
        const again = await user.ask(reverse.workspaceId, question.question);
        repeats++;
        if (sameAnswer(answer, again, forward, reverse)) identical++;
      }
      process.stderr.write(`${corpus.id}: ${questions.length} questions asked\n`);
    }
  } finally {
    await app.stop();
  }
  const summary = summarise(results, repeats === 0 ? null : Math.round((identical / repeats) * 1000) / 10);
  print(table(summary));
  print(
    `\n${results.length} questions in ${Math.round((Date.now() - started) / 1000)} s; first chunk p95 ${percentile(
      results.map((r) => r.firstChunkMs),
      95,
    )} ms; ingestion ${Math.round(ingestMs / 1000)} s (waiting for passage vectors ${Math.round(vectorWaitMs / 1000)} s)`,
  );
  mkdirSync(path.dirname(LATEST), { recursive: true });
  writeFileSync(LATEST, `${JSON.stringify({ summary, results }, null, 2)}\n`);
  print(`Saved ${path.relative(process.cwd(), LATEST)}`);

  if (values['show-misses']) {
    const visible = results.filter((result) => values.split !== 'all' || result.split === 'dev');
    for (const result of visible) {
      const miss = result.answerable ? !result.correct || !result.top3 : !result.refused;
      if (!miss) continue;
      print(`\n[${result.id} ${result.kind}/${result.wording}/${result.format}] ${result.question}`);
      print(`  top1=${result.top1} top3=${result.top3} correct=${result.correct} refused=${result.refused}`);
      print(`  cited: ${result.cited.map((c) => `${c.file} > ${c.heading ?? ''}`).join(' | ')}`);
      print(`  answer: ${result.answer.slice(0, 500)}`);
    }
  }
  if (values['update-baseline']) {
    if (values.split !== 'all') throw new Error('The baseline holds the figures of a full run: use --split all.');
    writeFileSync(BASELINE, `${JSON.stringify({ summary }, null, 2)}\n`);
    print(`Updated ${path.relative(process.cwd(), BASELINE)}`);
  }
  if (values.check) {
    const baseline = readSummary(BASELINE);
    if (!baseline) throw new Error(`No baseline at ${BASELINE}: run with --update-baseline first.`);
    const problems = regressions(summary, baseline);
    if (problems.length > 0) {
      console.error(`\nAnswer quality fell below the committed baseline:\n- ${problems.join('\n- ')}`);
      process.exitCode = 1;
    } else print('\nNo figure fell more than 2 points below the committed baseline.');
  }
}

main().catch((error) => {
  // A wrong folder or option is the user's to fix: its message is enough. Anything else keeps its stack.
  const usage = error instanceof DatasetError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(usage ? `eval: ${(error as Error).message}` : error);
  process.exit(1);
});
