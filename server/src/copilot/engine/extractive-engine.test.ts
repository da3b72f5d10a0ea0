import { describe, expect, it } from 'vitest';
import type { AnswerChunk, AnswerEngine, Citation, QuestionTerm, RetrievedPassage } from './answer-engine';
import { isAbortError } from './engine-errors';
import { composeAnswer, createExtractiveEngine, deltas } from './extractive-engine';
import { NO_ANSWER_SENTENCE } from './no-answer';
import type { AnswerSentence } from './rank-sentences';

const passage = (id: string, heading: string | null, content: string, documentTitle = 'Refund policy'): RetrievedPassage => ({
  id,
  documentId: `doc-${documentTitle}`,
  documentTitle,
  heading,
  content,
  rank: 0.5,
});

const PROCESSING = passage(
  'p-processing',
  'Refund policy > Processing times',
  'Approved refunds reach the original payment method within 5 to 10 business days. Bank transfers outside the EU can take up to 14 days. Refunds of EUR 1,000.50 or more need approval from the finance team.',
);
const ELIGIBILITY = passage(
  'p-eligibility',
  'Refund policy > Eligibility',
  'Customers can ask for a full refund within 30 days of their first payment. After 30 days, refunds are prorated for the unused months of an annual plan. Monthly plans are not refunded after the first 30 days.',
);
const REQUEST = passage(
  'p-request',
  'Refund policy > How to request a refund',
  '1. Open the billing page in the workspace settings.\n2. Choose "Request a refund" and give a short reason.\n3. Support confirms the request by email within 2 business days.',
);
const VACATION = passage(
  'p-vacation',
  null,
  'Every employee receives 25 days of paid vacation per calendar year. Vacation requests are approved by your manager in the HR portal.',
  'Employee handbook',
);

/** The same two passages in both retrieval orders: an answer must not depend on which came first. */
const bothOrders = (a: RetrievedPassage, b: RetrievedPassage) => [
  [a, b],
  [b, a],
];

async function collect(engine: AnswerEngine, question: string, passages: RetrievedPassage[], terms?: QuestionTerm[]) {
  const chunks: AnswerChunk[] = [];
  for await (const chunk of engine.answer({ question, passages, terms, signal: new AbortController().signal })) chunks.push(chunk);
  const deltas = chunks.filter((chunk) => chunk.type === 'delta').map((chunk) => chunk.text);
  const last = chunks.at(-1);
  const citations: Citation[] = last?.type === 'citations' ? last.citations : [];
  return { chunks, deltas, text: deltas.join(''), citations, last };
}

/** The numbers of the "[n]" markers, in order of first appearance. */
const markerNumbers = (text: string) => [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])))];

describe('extractive engine', () => {
  const engine = createExtractiveEngine();

  it('answers the sentence that asks, not the scene set before it', async () => {
    const { text, citations } = await collect(engine, 'My annual plan still has unused months after 30 days. How do I request one?', [
      ELIGIBILITY,
      REQUEST,
    ]);
    expect(text).toMatch(/Choose "Request a refund"/);
    expect(citations.map((citation) => citation.passageId)).toContain('p-request');
  });

  it('answers from the sentence that holds the answer and cites its passage', async () => {
    const { text, citations, deltas } = await collect(engine, 'How long do refunds take to arrive?', [ELIGIBILITY, PROCESSING, VACATION]);
    expect(text).toMatch(/^Approved refunds reach the original payment method within 5 to 10 business days[. ]/);
    expect(citations[0]).toEqual({
      index: 1,
      passageId: 'p-processing',
      quotes: ['Approved refunds reach the original payment method within 5 to 10 business days.'],
    });
    expect(text).toMatch(/days \[1\]\./);
    // The refund rules are named beside the answer (related-sources.ts); the vacation policy, which shares only a
    // loose synonym ("receives" for "arrive"), is not.
    expect(citations.map((citation) => citation.passageId)).toEqual(['p-processing', 'p-eligibility']);
    expect(text).not.toContain('vacation');
    expect(deltas.length).toBeGreaterThan(5);
  });

  it('combines passages, numbering citations in order of first use, and its citations match the text', async () => {
    const { text, citations } = await collect(engine, 'Can I get a refund after 30 days on a monthly plan, and how do I request one?', [
      REQUEST,
      VACATION,
      ELIGIBILITY,
    ]);
    expect(text).toContain('Monthly plans are not refunded after the first 30 days');
    expect(text).toContain('Choose "Request a refund"');
    expect(markerNumbers(text)).toEqual(citations.map((citation) => citation.index));
    expect(citations.map((citation) => citation.index)).toEqual([1, 2]);
    expect(new Set(citations.map((citation) => citation.passageId))).toEqual(new Set(['p-eligibility', 'p-request']));
    const firstCited = text.indexOf('Monthly plans') < text.indexOf('Choose') ? 'p-eligibility' : 'p-request';
    expect(citations[0]?.passageId).toBe(firstCited);
  });

  it('numbers the passages it quotes in retrieval order, whichever sentence scored best alone', async () => {
    const question = 'Can I get a refund after 30 days on a monthly plan, and how do I request one?';
    for (const passages of bothOrders(REQUEST, ELIGIBILITY)) {
      const { text, citations } = await collect(engine, question, passages);
      expect(citations.map((citation) => citation.passageId)).toEqual(passages.map((p) => p.id));
      expect(text.indexOf('[1]')).toBeLessThan(text.indexOf('[2]'));
    }
  });

  it('quotes, for each citation, the sentences of its passage that the answer says, as they read there', async () => {
    const wrapped = passage(
      'p-wrapped',
      'Refund policy > Request',
      'Refunds are requested from\n  the billing page.\n\n- Support answers   within 2 days.',
    );
    const { text, citations } = await collect(engine, 'Where are refunds requested and when does support answer?', [wrapped]);
    const [citation] = citations;
    expect(citation?.quotes?.length).toBeGreaterThan(0);
    const squash = (value: string) => value.replace(/\s+/g, '');
    for (const quote of citation?.quotes ?? []) {
      expect(squash(wrapped.content)).toContain(squash(quote));
      expect(text).toContain(quote.replace(/[.]$/, ''));
    }
  });

  it('keeps sentences of one passage in document order and gives the same answer every time', async () => {
    const question = 'What happens to refunds after 30 days?';
    const first = await collect(engine, question, [ELIGIBILITY, PROCESSING]);
    const second = await collect(engine, question, [ELIGIBILITY, PROCESSING]);
    expect(second.chunks).toEqual(first.chunks);
    const a = first.text.indexOf('Customers can ask');
    const b = first.text.indexOf('After 30 days');
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
  });

  it('says each sentence once when overlapping passages repeat it', async () => {
    const overlap = passage('p-overlap', 'Refund policy > Processing times', PROCESSING.content.split('. ').slice(0, 2).join('. '));
    const { text } = await collect(engine, 'How long do bank transfers outside the EU take?', [PROCESSING, overlap]);
    expect(text.match(/Bank transfers outside the EU/g)).toHaveLength(1);
  });

  it('says plainly when nothing matches, without suggesting sections that are not related', async () => {
    const { text, citations, last } = await collect(engine, 'What is the capital of France?', [PROCESSING, ELIGIBILITY, REQUEST, VACATION]);
    expect(text).toBe(
      `${NO_ANSWER_SENTENCE} Try other words, or add a document that covers it (if the workspace has no documents yet, start there).`,
    );
    expect(citations).toEqual([]);
    expect(last).toEqual({ type: 'citations', citations: [] });
  });

  it('refuses a question about something the workspace never mentions, names it, and suggests the related sections', async () => {
    // "How long do PayPal refunds take?": the refund passages share words, but PayPal is in no document.
    const terms = [
      { word: 'PayPal', passages: 0, inTitles: 0, weight: 3.2 },
      { word: 'refunds', passages: 4, inTitles: 2, weight: 0.9 },
      { word: 'take', passages: 1, inTitles: 0, weight: 2.1 },
    ];
    const { text, chunks } = await collect(engine, 'How long do PayPal refunds take?', [PROCESSING, ELIGIBILITY], terms);
    expect(text).toBe(`${NO_ANSWER_SENTENCE} The documents don't mention PayPal. Related sections: Processing times and Eligibility.`);
    expect(chunks.at(-1)).toEqual({ type: 'citations', citations: [] });
  });

  it('points to adding documents when no passage was found, and treats a question of stop words as unanswerable', async () => {
    const empty = await collect(engine, 'How do refunds work?', []);
    expect(empty.text.startsWith(`${NO_ANSWER_SENTENCE} Try other words, or add a document`)).toBe(true);
    const vague = await collect(engine, 'What is it?', [PROCESSING]);
    expect(vague.text.startsWith(NO_ANSWER_SENTENCE)).toBe(true);
  });

  it('stops with an AbortError, without citations, when aborted mid-stream', async () => {
    const controller = new AbortController();
    const received: AnswerChunk[] = [];
    const consume = async () => {
      for await (const chunk of engine.answer({
        question: 'How long do refunds take?',
        passages: [PROCESSING],
        signal: controller.signal,
      })) {
        received.push(chunk);
        if (received.length === 2) controller.abort();
      }
    };
    const error = await consume().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isAbortError(error)).toBe(true);
    expect(received).toHaveLength(2);
    expect(received.every((chunk) => chunk.type === 'delta')).toBe(true);
  });

  it('honours an abort during a demo delay at once, and an abort before the start', async () => {
    const slow = createExtractiveEngine({ delayMs: 60_000 });
    const controller = new AbortController();
    const iterator = slow
      .answer({ question: 'How long do refunds take?', passages: [PROCESSING], signal: controller.signal })
      [Symbol.asyncIterator]();
    const started = Date.now();
    const next = iterator.next();
    setImmediate(() => controller.abort());
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(5_000);

    const aborted = new AbortController();
    aborted.abort();
    const early = slow.answer({ question: 'x', passages: [], signal: aborted.signal })[Symbol.asyncIterator]();
    await expect(early.next()).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('composeAnswer and deltas', () => {
  const passages = [PROCESSING, ELIGIBILITY];

  it('cites each run of sentences once, before its final punctuation but after an abbreviation', () => {
    const composed = composeAnswer(
      [
        { passageIndex: 1, position: 0, text: 'Refunds are possible.', kind: 'sentence', language: null },
        { passageIndex: 1, position: 1, text: 'The desk is open until 7 p.m.', kind: 'sentence', language: null },
        { passageIndex: 0, position: 0, text: 'Plan: Pro; Price: 49 EUR', kind: 'sentence', language: null },
      ],
      passages,
    );
    expect(composed.text).toBe('Refunds are possible. The desk is open until 7 p.m. [1] Plan: Pro; Price: 49 EUR [2].');
    expect(composed.citations).toEqual([
      { index: 1, passageId: 'p-eligibility', quotes: ['Refunds are possible.', 'The desk is open until 7 p.m.'] },
      { index: 2, passageId: 'p-processing', quotes: ['Plan: Pro; Price: 49 EUR'] },
    ]);
  });

  it('ends a unit that closes with a bracket or quote but no punctuation of its own with a full stop', () => {
    const composed = composeAnswer(
      [
        { passageIndex: 0, position: 0, text: 'Default: 72000 (72 seconds)', kind: 'item', language: null },
        { passageIndex: 0, position: 1, text: 'Defines the keep-alive timeout.', kind: 'sentence', language: null },
        { passageIndex: 1, position: 0, text: 'The answer is "no."', kind: 'sentence', language: null },
        { passageIndex: 1, position: 1, text: 'Ask the desk (open late.)', kind: 'sentence', language: null },
      ],
      passages,
    );
    expect(composed.text).toBe(
      'Default: 72000 (72 seconds). Defines the keep-alive timeout [1]. The answer is "no." Ask the desk (open late.) [2]',
    );
  });

  it('quotes the prose units it used from each passage, in passage order, once each, without code', () => {
    const composed = composeAnswer(
      [
        { passageIndex: 0, position: 4, text: 'Run the build:', kind: 'sentence', language: null },
        { passageIndex: 0, position: 5, text: 'npm run build', kind: 'code', language: 'sh' },
        { passageIndex: 1, position: 0, text: 'Refunds are possible.', kind: 'sentence', language: null },
        { passageIndex: 0, position: 1, text: 'Output goes to dist.', kind: 'item', language: null },
      ],
      passages,
    );
    // Passage 0 is cited twice in the text ([1] … [1]) but has one citation whose quotes follow the passage.
    expect(composed.text.match(/\[1\]/g)).toHaveLength(2);
    expect(composed.citations).toEqual([
      { index: 1, passageId: 'p-processing', quotes: ['Output goes to dist.', 'Run the build:'] },
      { index: 2, passageId: 'p-eligibility', quotes: ['Refunds are possible.'] },
    ]);
  });

  it('names the option a sentence leaves to its heading ("When enabled, …" under "lowercaseHex"), and quotes the sentence as written', () => {
    const options = [
      passage('p-hex', 'jsesc > API > lowercaseHex', 'When enabled, hexadecimal digits are in lowercase.'),
      passage('p-quotes', 'jsesc > API > quotes', 'The default value for the quotes option is single.'),
      passage('p-caveats', 'jsesc > Caveats', 'When enabled, the output is no longer ASCII-safe.'),
      passage('p-wrap', 'jsesc > API > wrap', 'Set to true to wrap the output in quotes, as wrap: true does.'),
    ];
    const sentence = (passageIndex: number, position: number): AnswerSentence => ({
      passageIndex,
      position,
      text: options[passageIndex]?.content ?? '',
      kind: 'sentence',
      language: null,
    });
    const composed = composeAnswer([sentence(0, 0), sentence(1, 0), sentence(2, 0), sentence(3, 0)], options);
    expect(composed.text).toBe(
      'lowercaseHex: When enabled, hexadecimal digits are in lowercase [1]. The default value for the quotes option is single [2]. ' +
        'When enabled, the output is no longer ASCII-safe [3]. Set to true to wrap the output in quotes, as wrap: true does [4].',
    );
    expect(composed.citations[0]?.quotes).toEqual(['When enabled, hexadecimal digits are in lowercase.']);
  });

  it('names the property or constant an API entry describes in a noun phrase ("A special value …" under "worker.SHARE_ENV")', () => {
    const entries = [
      passage(
        'p-share',
        'Worker threads > worker.SHARE_ENV',
        'A special value that can be passed as the env option of the Worker constructor.',
      ),
      passage('p-id', 'Worker threads > worker.threadId', 'An integer identifier for the current thread.'),
      // A plain word heading, or a sentence that is no noun phrase, stays as written.
      passage('p-usage', 'Worker threads > Usage', 'A pool of workers is usually better.'),
      passage('p-data', 'Worker threads > worker.workerData', 'The data is cloned as if using postMessage().'),
    ];
    const composed = composeAnswer(
      entries.map((entry, passageIndex) => ({ passageIndex, position: 0, text: entry.content, kind: 'sentence' as const, language: null })),
      entries,
    );
    expect(composed.text).toBe(
      'worker.SHARE_ENV: A special value that can be passed as the env option of the Worker constructor [1]. ' +
        'worker.threadId: An integer identifier for the current thread [2]. A pool of workers is usually better [3]. ' +
        'The data is cloned as if using postMessage() [4].',
    );
  });

  it('names the call an API entry describes in a verb phrase, unless the sentence names it or points back', () => {
    const entries = [
      passage('p-unshift', 'fastq > API > queue.unshift(task, done)', 'Add a task at the beginning of the queue.'),
      passage('p-info', 'prettier > API > prettier.getFileInfo(file)', 'getFileInfo can be used by editor extensions.'),
      passage('p-decorate', 'fastify > decorate(name, value)', 'This list contains the names of other decorators.'),
    ];
    const composed = composeAnswer(
      entries.map((entry, passageIndex) => ({ passageIndex, position: 0, text: entry.content, kind: 'sentence' as const, language: null })),
      entries,
    );
    expect(composed.text).toBe(
      'queue.unshift(task, done): Add a task at the beginning of the queue [1]. getFileInfo can be used by editor extensions [2]. ' +
        'This list contains the names of other decorators [3].',
    );
  });

  it('cuts text into word groups that join back into it', () => {
    const text = 'One two  three\nfour five [1].';
    expect(deltas(text, 2)).toEqual(['One two  ', 'three\nfour ', 'five [1].']);
    expect(deltas(text, 1).join('')).toBe(text);
  });
});

describe('extractive engine: question wording', () => {
  const engine = createExtractiveEngine();
  const REMOTE = passage(
    'p-remote',
    'Working hours',
    'Remote work is possible up to three days per week. The office in Lyon is open from 8 a.m. to 7 p.m.',
    'Employee handbook',
  );

  it('reads "work" as a subject, not as the shape of the question, and matches close synonyms', async () => {
    const { citations, text } = await collect(engine, 'Can I work from home?', [VACATION, REMOTE]);
    expect(text.startsWith('Remote work is possible up to three days per week')).toBe(true);
    expect(citations).toEqual([{ index: 1, passageId: 'p-remote', quotes: ['Remote work is possible up to three days per week.'] }]);
  });
});

describe('extractive engine: answers the question asked', () => {
  const engine = createExtractiveEngine();
  const TIMEOUT = passage(
    'p-timeout',
    'Server options > server.timeout',
    'server.timeout\n\nHow long the server waits for a slow upstream before it gives up and answers with an error page to the client.\n\nThe default is 20 seconds.',
    'Server options',
  );
  const PORT = passage(
    'p-port',
    'Server options > server.port',
    '- Type: number\n- Default: 5173\n\nSpecify the server port. If the port is in use, the next free one is tried.',
    'Server options',
  );
  const SCAFFOLD = passage(
    'p-scaffold',
    'Getting started > Scaffolding',
    'To scaffold a new project, run:\n\n```sh\nnpm create vite@latest\n```\n\nThen follow the prompts.',
    'Getting started',
  );

  it('includes the sentence with the value next to the one that names the setting (cause 4)', async () => {
    const timeout = await collect(engine, 'What is the default timeout of the server for slow upstreams?', [TIMEOUT, PORT]);
    expect(timeout.text).toContain('The default is 20 seconds');
    const port = await collect(engine, 'Which port does the server use if I do not set one?', [PORT, TIMEOUT]);
    expect(port.text).toContain('Default: 5173');
    expect(port.citations).toMatchObject([{ index: 1, passageId: 'p-port' }]);
  });

  it('answers from the section the question names, not from a sentence of another section that names it too', async () => {
    const ownEntry = passage(
      'p-sort-mem',
      'Settings > Memory > sort_mem (integer)',
      'sort_mem (integer): Sets the memory a sort may use before it spills to disk. The default value is eight megabytes (8MB).',
      'Settings',
    );
    const otherEntry = passage(
      'p-spill-factor',
      'Settings > Memory > spill_factor (float)',
      'spill_factor (float): Multiplies the memory of hash tables. The default value is 1.5, which gives hash tables half again the usual sort_mem amount.',
      'Settings',
    );
    for (const passages of bothOrders(ownEntry, otherEntry)) {
      const answer = await collect(engine, 'What is the default value of sort_mem?', passages);
      expect(answer.text).toContain('eight megabytes (8MB)');
      expect(answer.text).not.toContain('1.5');
    }
  });

  it('does not answer with a lead-in whose code it will not show, nor read "non-default" as the default', async () => {
    const examples = passage(
      'p-examples',
      'CREATE INDEX > Examples',
      'To create an index with non-default collation:\n\n```\nCREATE INDEX title_idx_german ON films (title COLLATE "de_DE");\n```',
      'CREATE INDEX',
    );
    const types = passage(
      'p-types',
      'Indexes > Index Types',
      'Several index types are provided. By default, the CREATE INDEX command creates B-tree indexes, which fit the most common situations.',
      'Indexes',
    );
    for (const passages of bothOrders(examples, types)) {
      const answer = await collect(engine, 'Which index does CREATE INDEX create by default?', passages);
      expect(answer.text).toContain('B-tree');
      expect(answer.text).not.toContain('To create an index with non-default collation');
    }
  });

  it('answers "how many" with a lead-in that holds the number, though its code is not shown', async () => {
    const layout = passage(
      'p-layout',
      'Split view > Layout',
      'When the split view opens, the editor shows 3 panes arranged in the following way:\n\n```\n| LEFT | BASE | RIGHT |\n```',
      'Editor',
    );
    const options = passage(
      'p-options',
      'Split view > Options',
      'The editor shows the panes of the split view side by side. Panes can be resized with the mouse.',
      'Editor',
    );
    for (const passages of bothOrders(layout, options)) {
      const answer = await collect(engine, 'How many panes does the editor show in the split view?', passages);
      expect(answer.text).toContain('shows 3 panes');
    }
  });

  it("reads a definition's later sentences as about its term, and a heading that only qualifies the question as no subject", async () => {
    const csvFormat = passage(
      'p-csv',
      'COPY > File Formats > CSV Format',
      'The CSV format has no standard way to tell a NULL from an empty string. With the default settings, a NULL is written as an unquoted empty string. The values in each record are separated by the DELIMITER character.',
      'COPY',
    );
    const parameters = passage(
      'p-parameters',
      'COPY > Parameters',
      'DELIMITER: Specifies the character that separates columns within each row of the file. The default is a tab character in text format, a comma in CSV format.',
      'COPY',
    );
    for (const passages of bothOrders(csvFormat, parameters)) {
      const answer = await collect(engine, 'What is the default delimiter of COPY in CSV format?', passages);
      expect(answer.text).toContain('a comma in CSV format');
    }
  });

  it('reads the default inside a list item as the default of the term the item describes', async () => {
    const exec = passage(
      'p-exec',
      'Child process > child_process.exec(command[, options])',
      [
        '- cwd {string} Current working directory of the child process. Default: process.cwd().',
        '- env {Object} Environment key-value pairs. Default: process.env.',
        '- maxBuffer {number} Largest amount of data in bytes allowed on stdout or stderr. If exceeded, the child is terminated. Default: 1024 * 1024.',
        '- killSignal {string} Default: SIGTERM.',
      ].join('\n'),
      'Child process',
    );
    const answer = await collect(engine, 'What is the default maxBuffer of child_process.exec?', [exec]);
    expect(answer.text).toContain('1024 * 1024');
    expect(answer.text).not.toContain('process.cwd()');
  });

  it('does not take the value closing the entry above for the value of the entry it quotes', async () => {
    const options = passage(
      'p-create-server',
      'HTTP > createServer([options])',
      [
        '- joinDuplicateHeaders: Joins the field line values of multiple headers in a request. Default: true.',
        '- requestTimeout: Sets the timeout value in milliseconds for receiving the entire request from the client. See server.requestTimeout for more. Default: 300000.',
      ].join('\n'),
      'HTTP',
    );
    const { text } = await collect(engine, 'How long does the server wait to receive the entire request by default?', [options]);
    expect(text).toContain('Default: 300000');
    expect(text).not.toContain('Default: true');
  });

  it('looks for the value next to every unit it quotes, not only the first', async () => {
    const shutdown = passage(
      'p-shutdown',
      'Server > close',
      'On close, idle keep-alive connections are closed at once and open requests finish first. Connections that stay idle are closed when their keep-alive timeout ends.',
      'Server',
    );
    const keepAlive = passage(
      'p-keep-alive',
      'Server > keepAliveTimeout',
      '- Default: 72000 (72 seconds)\n\nDefines how long the server keeps an idle connection open, in milliseconds. It only applies to HTTP/1.',
      'Server',
    );
    const { text } = await collect(
      engine,
      'How long does the server keep an idle keep-alive connection open if I leave the settings alone?',
      [shutdown, keepAlive],
    );
    expect(text).toMatch(/^On close, idle keep-alive connections/);
    expect(text).toContain('Default: 72000 (72 seconds).');
  });

  it('adds the sentence before one whose first clause points back to it with a plural pronoun', async () => {
    const preprocessors = passage(
      'p-preprocessors',
      'Features > CSS Pre-processors',
      'Vite targets modern browsers only. That said, Vite has built-in support for .scss, .less and .styl files. There is no need to install Vite plugins for them, but the pre-processor itself must be installed.',
      'Features',
    );
    const { text } = await collect(engine, 'Which CSS pre-processors work without installing a Vite plugin?', [preprocessors]);
    expect(text).toContain('built-in support for .scss, .less and .styl files. There is no need');
  });

  it('adds the next sentence when its first clause names the quoted one as "it"', async () => {
    const parser = passage(
      'p-parser',
      'Options > Parser',
      'Prettier infers the parser from the file extension. Never put the parser option at the top level of your configuration file. Only use it inside overrides. Plugins add parsers of their own.',
      'Options',
    );
    const { text } = await collect(engine, 'Where does the parser option go in a configuration file?', [parser]);
    expect(text).toContain('Never put the parser option at the top level of your configuration file. Only use it inside overrides');
  });

  it('quotes a list item with the lead-in of its list and the sentence that completes it', async () => {
    const publicDirectory = passage(
      'p-public',
      'Static assets > The public directory',
      'If you have assets that are:\n\n- Never referenced in source code (e.g. robots.txt)\n- Copied as they are\n\nThen you can place the asset in the public directory under your project root. Its files are served at /.',
      'Static assets',
    );
    const { text } = await collect(engine, 'Where do I put a robots.txt file?', [publicDirectory]);
    expect(text).toBe(
      'If you have assets that are: Never referenced in source code (e.g. robots.txt). Then you can place the asset in the public directory under your project root [1].',
    );
  });

  it('reads a quantity written in words as the value a "how long" question asks for', async () => {
    const support = passage(
      'p-support',
      'Long Term Support',
      [
        'A new major release is supported by the maintainers and tested against every Node.js release line.',
        'Security fixes are backported during that time.',
        'The support period lasts six months from the release date.',
      ].join(' '),
      'Long Term Support',
    );
    const { text } = await collect(engine, 'For how long is a new major release supported after it ships?', [support]);
    expect(text).toContain('six months');
  });

  it('takes a value marked "(default)" in a list of choices as the default', async () => {
    const trailingSlash = passage(
      'p-trailing-slash',
      'Routes > Routes options',
      'prefixTrailingSlash: string used to determine how to handle passing / as a route with a prefix. Three choices exist.\n\n- both (default): Registers the route with and without the ending character.\n- slash: Registers it with the ending character only.',
      'Routes',
    );
    const { text } = await collect(engine, 'Which prefixTrailingSlash value is the default?', [trailingSlash]);
    expect(text).toContain('both (default)');
  });

  it('finds the value anywhere in the passage of the unit it quotes, nearest first', async () => {
    const objectWrap = passage(
      'p-object-wrap',
      'Options > Object Wrap',
      [
        'First available in v3.5.0',
        'Configure how objects are wrapped when they could fit on one line.',
        'By default, objects stay multi-line if there is a newline before the first property.',
        'Valid options:\n\n- "preserve" - Keep as multi-line.\n- "collapse" - Fit to a single line when possible.',
        'Default: "preserve"; CLI Override: --object-wrap <preserve|collapse>; API Override: objectWrap: "<preserve|collapse>"',
      ].join('\n\n'),
      'Options',
    );
    const { text } = await collect(engine, 'Since which version can I use objectWrap?', [objectWrap]);
    expect(text).toContain('First available in v3.5.0');
  });

  it('reads a settings field as belonging to the setting its heading names', async () => {
    const watcher = passage(
      'p-watcher',
      'Server options > server.watch',
      'The watcher skips the .git folder and the cacheDir and outDir directories by default.',
      'Server options',
    );
    const cacheDir = passage(
      'p-cachedir',
      'Shared options > cacheDir',
      '- Type: string\n- Default: "node_modules/.vite"',
      'Shared options',
    );
    const { text, citations } = await collect(engine, 'What is the default value of the cacheDir option?', [watcher, cacheDir]);
    expect(text).toMatch(/^Default: "node_modules\/\.vite"/);
    expect(citations[0]?.passageId).toBe('p-cachedir');
  });

  it('never answers with code unless a command is asked for, then shows it as a code block', async () => {
    const prose = await collect(engine, 'What happens after scaffolding a project?', [SCAFFOLD]);
    expect(prose.text).not.toContain('npm create');
    const command = await collect(engine, 'Which command do I run to scaffold a new project?', [SCAFFOLD]);
    expect(command.text).toMatch(/To scaffold a new project, run: \[1\]\n\n```sh\nnpm create vite@latest\n```/);
  });

  it('answers "how do I" with what a lead-in opens (labels and code), and with the option a reference page names', async () => {
    const profile = passage(
      'p-profile',
      'Troubleshooting > Performance bottlenecks',
      'Start the Node.js inspector with your dev server to create a CPU profile:\n\ndev server\n\n```sh\nvite --profile --open\n```\n\nThen press p in the terminal.',
      'Troubleshooting',
    );
    const profiled = await collect(engine, 'How can I record a CPU profile of the dev server?', [profile]);
    expect(profiled.text).toContain('```sh\nvite --profile --open\n```');
    const pragma = passage(
      'p-pragma',
      'Options > Require pragma',
      'Prettier can restrict itself to only format files that contain a special comment, called a pragma, at the top of the file.\n\nDefault: false; CLI Override: --require-pragma; API Override: requirePragma: <bool>',
      'Options',
    );
    const option = await collect(engine, 'How do I make Prettier format only files with a special comment at the top?', [pragma]);
    expect(option.text).toContain('--require-pragma');
  });

  it('adds the sentence that a chosen "This …" sentence depends on', async () => {
    const cache = passage(
      'p-cache',
      'Caching',
      'Pre-bundled dependencies are cached in node_modules/.vite. This cache is only invalidated when the lockfile changes.',
      'Dependency pre-bundling',
    );
    const { text } = await collect(engine, 'When is the lockfile cache invalidated?', [cache]);
    expect(text).toContain('Pre-bundled dependencies are cached in node_modules/.vite.');
    expect(text).toContain('This cache is only invalidated when the lockfile changes');
  });

  it("refuses another product's question that shares the other words (cause 5), naming the product", async () => {
    const terms = [
      { word: 'default', passages: 12, inTitles: 1, weight: 1.1 },
      { word: 'port', passages: 6, inTitles: 2, weight: 1.6 },
      { word: 'MySQL', passages: 0, inTitles: 0, weight: 4.2 },
    ];
    const { text, chunks } = await collect(engine, 'What is the default port of MySQL?', [PORT, TIMEOUT], terms);
    expect(text).toMatch(/^I could not find this in the workspace's documents\. The documents don't mention MySQL\./);
    expect(chunks.at(-1)).toEqual({ type: 'citations', citations: [] });
  });

  it('answers a paraphrase whose unknown word is not a name (no false refusal)', async () => {
    const terms = [
      { word: 'chatty', passages: 0, inTitles: 0, weight: 4.2 },
      { word: 'port', passages: 6, inTitles: 2, weight: 1.6 },
      { word: 'server', passages: 20, inTitles: 4, weight: 0.7 },
    ];
    const { text } = await collect(engine, 'Which port is the chatty server on?', [PORT], terms);
    expect(text).toContain('Specify the server port');
  });

  it('answers "how do I" with the lead-in that says the same words above a command, and the command', async () => {
    const options = passage(
      'p-format-option',
      'pg_dump > Options > -F format',
      '-F format: Selects the format of the output.\n\n- p plain: Output a plain-text SQL script file (the default).\n- c custom: Output a custom-format archive suitable for input into pg_restore.',
      'pg_dump',
    );
    const examples = passage(
      'p-dump-examples',
      'pg_dump > Examples',
      'To dump a database called mydb into an SQL-script file:\n\n```\n$ pg_dump mydb > db.sql\n```\n\nTo dump a database into a custom-format archive file:\n\n```\n$ pg_dump -Fc mydb > db.dump\n```',
      'pg_dump',
    );
    const { text } = await collect(engine, 'How do I dump a database into a custom-format archive file?', [options, examples]);
    // The option's list of formats says less than the example's lead-in, which names every word of the question.
    expect(text).toMatch(/^To dump a database into a custom-format archive file: \[1\]\n\n```\n\$ pg_dump -Fc mydb > db\.dump\n```/);
  });

  it('looks for an amount of time next to the quoted sentence when it holds only another number', async () => {
    const rotation = passage(
      'p-rotation',
      'Where to Log > log_rotation_age',
      [
        'log_rotation_age: When logging_collector is enabled, this parameter determines the maximum amount of time to use an individual log file, after which a new log file is created.',
        'Since release 8.4, a new log file is created at the latest after this time even when the server is idle.',
        'If this value is specified without units, it is taken as minutes.',
        'The default is 24 hours.',
      ].join(' '),
      'Error Reporting and Logging',
    );
    const { text } = await collect(engine, 'After how much time is a new log file created?', [rotation]);
    expect(text).toContain('The default is 24 hours');
  });

  it('shows, for "how do I", the example that a quoted sentence says the result of ("This will copy …")', async () => {
    const example = passage(
      'p-copytree',
      'Directory and files operations > copytree example',
      [
        'An example that uses the ignore_patterns() helper:',
        '',
        '```',
        'from shutil import copytree, ignore_patterns',
        "copytree(source, destination, ignore=ignore_patterns('*.pyc', 'tmp*'))",
        '```',
        '',
        'This will copy everything except .pyc files and files or directories whose name starts with tmp.',
      ].join('\n'),
      'shutil',
    );
    const asked = await collect(engine, 'I want to copy a whole folder but leave out all the .pyc files. How do I do that?', [example]);
    expect(asked.text).toContain("ignore=ignore_patterns('*.pyc', 'tmp*')");
    expect(asked.text).toContain('This will copy everything except .pyc files');
    // Not asked how: the sentence alone.
    const told = await collect(engine, 'Which files are left out when copying with ignore_patterns?', [example]);
    expect(told.text).not.toContain('```');
  });

  it('answers "what range" with the sentence that gives two bounds, not one that only holds a number', async () => {
    const setPriority = passage(
      'p-priority',
      'os.setPriority([pid, ]priority)',
      [
        'Attempts to set the scheduling priority for the process specified by pid.',
        'The priority input must be an integer between -20 (high priority) and 19 (low priority).',
        'Due to differences between Unix priority levels and Windows priority classes, priority is mapped to one of six priority constants in os.constants.priority.',
        'When retrieving a process priority level, this range mapping may cause the return value to be slightly different on Windows.',
      ].join(' '),
      'OS',
    );
    const { text } = await collect(engine, 'What range of values is allowed for the priority passed to os.setPriority()?', [setPriority]);
    expect(text).toContain('between -20 (high priority) and 19 (low priority)');
  });

  it('shows the short list of values that finishes a quoted sentence ending on a colon, but no program', async () => {
    const boolean = passage(
      'p-boolean',
      'Boolean Type',
      'Boolean constants can be represented in SQL queries by the key words TRUE, FALSE, and NULL.\n\nThe datatype input function for type boolean accepts these string representations for the “true” state:\n\n```\ntrue\nyes\non\n1\n```\n\nand these representations for the “false” state:\n\n```\nfalse\nno\noff\n0\n```',
      'Boolean Type',
    );
    const { text } = await collect(engine, 'Which strings does the boolean input function accept for true?', [boolean]);
    expect(text).toContain('```\ntrue\nyes\non\n1\n```');
  });

  it('answers "how do I" with the lead-in that follows the quoted goal ("To accomplish this, …:") and its code', async () => {
    const child = passage(
      'p-child',
      'Child loggers',
      'Let\'s assume we want to have "module":"foo" added to every log line within a module foo.js.\n\nTo accomplish this, simply use a child logger:\n\n```js\nconst log = parentLogger.child({module: \'foo\'})\n```\n\nChild logger bindings are top-level fields on every log line emitted by the child logger.',
      'Child loggers',
    );
    const { text } = await collect(engine, 'How do I add a module field to every log line of a module?', [child]);
    expect(text).toContain('To accomplish this, simply use a child logger:');
    expect(text).toContain("```js\nconst log = parentLogger.child({module: 'foo'})\n```");
  });

  it('answers "what is …" with the sentence that says what it is', async () => {
    const transports = passage(
      'p-transports',
      'Transports',
      'Pino transports can be used for both transmitting and transforming log output. It is recommended that log transformation is performed in a separate worker thread, where transports operate asynchronously. A transport is a module that exports a function returning a writable stream.',
      'Transports',
    );
    const { text } = await collect(engine, 'What is a transport?', [transports]);
    expect(text).toMatch(/^A transport is a module that exports a function returning a writable stream/);
  });

  it('takes, between units that add as much, the one nearest what the answer already quotes', async () => {
    const redact = passage(
      'p-redact',
      'Options > redact (Array | Object)',
      [
        'Default: undefined',
        '',
        'As an object, the redact option specifies the paths that should have their values redacted from any log output.',
        '',
        '- paths (Array): Required.',
        '- censor (String|Function): Optional. When supplied as a String the censor option will overwrite keys that are to be redacted.',
        '- Default: "[Redacted]"',
        '- remove (Boolean): Optional. Instead of censoring the value, remove both the key and the value.',
      ].join('\n'),
      'API',
    );
    const terms = [
      { word: 'default', passages: 40, inTitles: 0, weight: 1.25 },
      { word: 'censor', passages: 3, inTitles: 0, weight: 3.9 },
      { word: 'used', passages: 60, inTitles: 0, weight: 0.78 },
      { word: 'redaction', passages: 8, inTitles: 1, weight: 2.73 },
    ];
    const { text } = await collect(engine, 'What is the default censor value used by redaction?', [redact], terms);
    expect(text).toContain('Default: "[Redacted]"');
    expect(text).not.toContain('Default: undefined');
  });

  it("gives the first pick its own default, even when another quoted option's default is in the answer", async () => {
    const retry = passage(
      'p-retry',
      'RetryHandler > RetryOptions',
      [
        '- maxRetries number (optional) - Maximum number of retries. Default: 5',
        "- methods string[] (optional) - Array of HTTP methods to retry. Default: ['GET', 'PUT', 'HEAD']",
        '- statusCodes number[] (optional) - Array of HTTP status codes to retry. Default: [429, 500, 502, 503, 504]',
        "- errorCodes string[] (optional) - Array of Error codes to retry. Default: ['ECONNRESET', 'ENOTFOUND']",
      ].join('\n'),
      'RetryHandler',
    );
    const { text } = await collect(engine, 'Which HTTP status codes are retried by default?', [retry]);
    expect(text).toContain('Default: [429, 500, 502, 503, 504]');
  });

  it('answers from a code comment that says what a setting or field is, when the prose does not', async () => {
    const result = passage(
      'p-result',
      'Basic example > RateLimiterRes object',
      [
        'The promise resolves with a RateLimiterRes object:',
        '',
        '```js',
        '{',
        '  msBeforeNext: 250, // Number of milliseconds before next action can be done',
        '  remainingPoints: 0, // Number of remaining points in current duration',
        '}',
        '```',
      ].join('\n'),
      'rate-limiter-flexible',
    );
    const intro = passage(
      'p-intro',
      'rate-limiter-flexible',
      'rate-limiter-flexible counts and limits the number of events.',
      'rate-limiter-flexible',
    );
    const { text, citations } = await collect(engine, 'What does msBeforeNext tell me?', [result, intro]);
    expect(text).toMatch(/^msBeforeNext: 250, \/\/ Number of milliseconds before next action can be done \[1\]/);
    expect(citations[0]?.quotes).toEqual(['msBeforeNext: 250, // Number of milliseconds before next action can be done']);
  });

  it('reads "turn off" as disable, not as its opposite', async () => {
    const cache = passage(
      'p-cache',
      'Caching > Disabling Cache',
      [
        'A loader that does not cache is sometimes desirable.',
        'Pass { cache: false } to disable the cache of a loader.',
        'A loader can also keep its cache enabled and clear it after each batch.',
      ].join(' '),
      'DataLoader',
    );
    const { text } = await collect(engine, 'How do I turn off the cache of a loader?', [cache]);
    expect(text).toMatch(/^Pass \{ cache: false \} to disable the cache of a loader\./);
  });

  it('answers "how do I" with the code of an examples section that has no sentence, led in by its name', async () => {
    const examples = passage(
      'p-long',
      'ms > Examples > Time Format Written-Out',
      ['```js', 'ms(60000, { long: true })      // "1 minute"', 'ms(2 * 60000, { long: true })  // "2 minutes"', '```'].join('\n'),
      'ms',
    );
    const intro = passage('p-intro', 'ms', 'Use this package to easily convert various time formats to milliseconds.', 'ms');
    const { text, citations } = await collect(engine, 'How do I get ms to write the time format out in words?', [examples, intro]);
    expect(text).toMatch(/^Time Format Written-Out \[1\]:\n\n```js\nms\(60000, \{ long: true \}\)/);
    expect(citations[0]?.passageId).toBe('p-long');
  });

  it('takes the default from the entry the question names, not from a sibling entry that shares its words', async () => {
    // Retrieved first: its heading holds the question's "init-script".
    const beat = {
      ...passage(
        'p-beat',
        'Daemonization > Init-script: celerybeat',
        '- CELERYBEAT_PID_FILE: Full path to the PID file. Default is /var/run/celeryd.pid.',
        'Daemonization',
      ),
      rank: 0.8,
    };
    const worker = passage(
      'p-worker',
      'Daemonization',
      '- CELERYD_PID_FILE: Full path to the PID file. Default is /var/run/celery/%n.pid',
      'Daemonization',
    );
    const { text } = await collect(engine, 'What is the default CELERYD_PID_FILE for the worker init-script?', [beat, worker]);
    expect(text).toContain('/var/run/celery/%n.pid');
    expect(text).not.toContain('celeryd.pid');
  });

  it("takes the default from a parameter's entry under the function the question names, not from another function's", async () => {
    const parameters = (call: string, extra: string) =>
      [
        `- ${call === 'parse' ? 'str {string} The URL query string to parse' : 'obj {Object} The object to serialize into a URL query string'}`,
        "- sep {string} The substring used to delimit key and value pairs in the query string. Default: '&'.",
        "- eq {string}. The substring used to delimit keys and values in the query string. Default: '='.",
        extra,
      ].join('\n');
    const stringify = {
      ...passage(
        'p-stringify',
        'Query string > querystring.stringify(obj[, sep[, eq[, options]]])',
        parameters(
          'stringify',
          '- encodeURIComponent {Function} The function to use when converting URL-unsafe characters. Default: querystring.escape().',
        ),
        'Query string',
      ),
      rank: 0.9,
    };
    const parse = passage(
      'p-parse',
      'Query string > querystring.parse(str[, sep[, eq[, options]]])',
      `${parameters('parse', '- maxKeys {number} Specifies the maximum number of keys to parse. Default: 1000.')}\n\nThe querystring.parse() method parses a URL query string (str) into a collection of key and value pairs.`,
      'Query string',
    );
    const { text, citations } = await collect(engine, 'What separator does querystring.stringify put between pairs by default?', [
      stringify,
      parse,
    ]);
    expect(text).toMatch(/^sep \{string\} The substring used to delimit key and value pairs in the query string\. Default: '&'/);
    expect(text).not.toContain('1000');
    expect(citations[0]?.passageId).toBe('p-stringify');
    // An option of a parameter is printed as an item of the same list: a part of the function too.
    const dir = passage(
      'p-dir',
      'Console > console.dir(obj[, options])',
      [
        '- obj <any>',
        '- options <Object>',
        "- showHidden <boolean> If true then the object's non-enumerable and symbol properties will be shown too. Default: false.",
        '- depth <number> Tells util.inspect() how many times to recurse while formatting the object. Default: 2.',
      ].join('\n'),
      'Console',
    );
    const depth = await collect(engine, 'How deep does console.dir() recurse into nested objects by default?', [dir]);
    expect(depth.text).toContain('how many times to recurse while formatting the object. Default: 2');
    // The section's other entries are not the function's parameters: its History table's rows stay out.
    const timeout = passage(
      'p-timeout',
      'Timers > setTimeout(callback[, delay[, ...args]])',
      [
        'Version: v18.0.0; Changes: Passing an invalid callback to the callback argument now throws ERR_INVALID_ARG_TYPE.',
        '- delay {number} The number of milliseconds to wait before calling the callback. Default: 1.',
      ].join('\n\n'),
      'Timers',
    );
    const delay = await collect(engine, 'What is the default delay of setTimeout when the callback is invalid?', [timeout]);
    expect(delay.text).toContain('Default: 1');
    expect(delay.text).not.toContain('v18.0.0');
  });

  it('quotes with a chosen sentence the next one that leaves its subject to it', async () => {
    const ok = passage(
      'p-ok',
      'node-fetch > Class: Response > response.ok',
      'Convenience property representing if the request ended normally. Will evaluate to true if the status was greater than or equal to 200 but smaller than 300.',
      'node-fetch',
    );
    const { text } = await collect(engine, 'What does response.ok mean?', [ok]);
    expect(text).toBe(
      'Convenience property representing if the request ended normally. Will evaluate to true if the status was greater than or equal to 200 but smaller than 300 [1].',
    );
  });

  it('finishes a definition with the item of its list that names the case asked about', async () => {
    const devNull = passage(
      'p-devnull',
      'OS > os.devNull',
      '- {string}\n\nThe platform-specific file path of the null device.\n\n- \\\\.\\nul on Windows\n- /dev/null on POSIX',
      'OS',
    );
    const { text } = await collect(engine, 'What is the path of the null device on POSIX?', [devNull]);
    expect(text).toBe('The platform-specific file path of the null device. /dev/null on POSIX [1].');
  });

  it("answers a yes-or-no question with the sentence that says no, though it only repeats the question's words", async () => {
    const commands = passage(
      'p-commands',
      'git-worktree > COMMANDS',
      [
        'repair: Repair worktree administrative files, if possible.',
        'Running repair in the main worktree will reestablish the connection from linked worktrees back to the main worktree.',
        'remove: Remove a worktree. Only clean worktrees can be removed. The main worktree cannot be removed.',
      ].join('\n\n'),
      'git-worktree',
    );
    const { text } = await collect(engine, 'Can the main worktree be removed?', [commands]);
    expect(text).toMatch(/^The main worktree cannot be removed \[1\]\./);
  });

  it('answers "what does X do" with the whole of a short entry, not only its first sentence', async () => {
    const options = passage(
      'p-options',
      'lru cache > Options',
      [
        '- maxAge: Maximum age in ms.',
        "- stale: By default, if you set a maxAge, it'll only actually pull stale items out of the cache when you get(key). (That is, it's not pre-emptively doing a setTimeout or anything.) If you set stale:true, it'll return the stale value before deleting it. If you don't set this, then it'll return undefined when you try to get a stale entry.",
        '- dispose: Function that is called on items when they are dropped from the cache.',
      ].join('\n'),
      'lru cache',
    );
    const { text } = await collect(engine, 'What does the stale option do?', [options]);
    expect(text).toContain("it'll return the stale value before deleting it");
    expect(text).not.toContain('dropped from the cache');
  });

  it("answers what an option does with the option's own entry, not with a sentence that repeats the question's words", async () => {
    const modes = passage(
      'p-modes',
      'git-reset(1) > DESCRIPTION > git reset [<mode>] [<commit>]',
      [
        'If <mode> is omitted, defaults to --mixed. The <mode> must be one of the following:',
        '',
        '--soft: Does not touch the index file or the working tree at all (but resets the head to <commit>, just like all modes do).',
        '',
        '--mixed: Resets the index but not the working tree and reports what has not been updated.',
      ].join('\n'),
      'git-reset(1)',
    );
    const discussion = passage(
      'p-discussion',
      'git-reset(1) > DISCUSSION',
      'For example, the first line of the first table means that if a file is in state A in the working tree, in state B in the index, in state C in HEAD and in state D in the target, then git reset --soft target will leave the file in the working tree in state A and in the index in state B.',
      'git-reset(1)',
    );
    // Retrieval ranks the discussion first (it holds every word of the question), with the manual's own term weights.
    const weights = { git: 0.27, reset: 1.12, soft: 2.09, index: 1.37, file: 1.17, working: 1.17, tree: 1.32 };
    const terms = Object.entries(weights).map(([word, weight]) => ({ word, weight, passages: 10, inTitles: 0 }));
    const { text } = await collect(
      engine,
      'What does git reset --soft do to the index file and the working tree?',
      [
        { ...discussion, rank: 27.9 },
        { ...modes, rank: 26.3 },
      ],
      terms,
    );
    expect(text).toMatch(/^--soft: Does not touch the index file or the working tree/);
    expect(text).not.toContain('--mixed');
  });

  it('answers "what does X do" with the sentence whose subject is the name the question writes', async () => {
    const config = passage(
      'p-config',
      'git-notes(1) > CONFIGURATION > notes.mergeStrategy',
      'notes.mergeStrategy: Which merge strategy to choose by default when resolving notes conflicts. Must be one of manual, ours, theirs, union, or cat_sort_uniq.',
      'git-notes(1)',
    );
    const strategies = passage(
      'p-strategies',
      'git-notes(1) > NOTES MERGE STRATEGIES',
      '"cat_sort_uniq" is similar to "union", but in addition to concatenating the local and remote versions, this strategy also sorts the resulting lines, and removes duplicate lines from the result.',
      'git-notes(1)',
    );
    // The manual's "merge" subcommand is an entry the question names by a word of its own, so the setting whose name
    // holds "merge" is not ruled out as another entry's.
    const commands = passage(
      'p-commands',
      'git-notes(1) > SUBCOMMANDS',
      'merge: Merge the given notes ref into the current notes ref.',
      'git-notes(1)',
    );
    const weights = { cat: 2.5, sort: 2.5, uniq: 2.5, notes: 0.64, merge: 1.68, strategy: 1.85 };
    const terms = Object.entries(weights).map(([word, weight]) => ({ word, weight, passages: 10, inTitles: 0 }));
    const { text } = await collect(
      engine,
      'What does the cat_sort_uniq notes merge strategy do?',
      [
        { ...strategies, rank: 53 },
        { ...config, rank: 46.6 },
        { ...commands, rank: 14.8 },
      ],
      terms,
    );
    expect(text).toMatch(/^"cat_sort_uniq" is similar to "union"/);
  });

  it('takes the default from the entry the question names by a plain word, not from an entry that mentions it', async () => {
    const options = passage(
      'p-options',
      'lru cache > Options',
      [
        '- max: The maximum size of the cache. Not setting this is kind of silly, but it defaults to Infinity.',
        '- length: Function that is used to calculate the length of stored items. The default is function(){return 1}, which is fine if you want to store max like-sized things.',
        '- stale: By default, if you set a maxAge, stale items are only pulled out of the cache when you get(key).',
      ].join('\n'),
      'lru cache',
    );
    const { text } = await collect(engine, 'What is the default max of an LRU cache?', [options]);
    expect(text).toContain('defaults to Infinity');
    expect(text).not.toContain('return 1');
    expect(text).not.toContain('By default, if you set a maxAge');
  });

  it('answers an option entry without the end of the entry printed above it', async () => {
    // A printed manual page cut into passages: this one opens with the last sentence of the entry before.
    const options = passage(
      'p-overlay',
      'git-restore(1) > OPTIONS',
      [
        'Just like git-checkout(1), this will detach HEAD of the submodule.',
        '',
        '--overlay, --no-overlay: In overlay mode, the command never removes files when restoring. In no-overlay mode, tracked files that do not appear in the --source tree are removed, to make them match <tree> exactly. The default is no-overlay mode.',
      ].join('\n'),
      'git-restore(1)',
    );
    const { text } = await collect(engine, 'Is overlay mode or no-overlay mode the default for `git restore`?', [options]);
    expect(text).toContain('The default is no-overlay mode');
    expect(text).not.toContain('detach HEAD');
  });

  it('gives the default stated in a word next to the setting that has it ("The default is one")', async () => {
    const workers = passage(
      'p-workers',
      'git-switch(1) > CONFIGURATION',
      'checkout.workers: The number of parallel workers to use when updating the working tree. The default is one, i.e. sequential execution. If set to a value less than one, Git will use as many workers as the number of logical cores available.',
      'git-switch(1)',
    );
    const { text } = await collect(engine, 'Unless I configure it, how many parallel workers does Git use to update the working tree?', [
      workers,
    ]);
    expect(text).toContain('The default is one');
  });

  it("reads a command asked about without one of its options as asking for that option's default", async () => {
    const source = passage(
      'p-source',
      'git-restore(1) > DESCRIPTION',
      [
        'Restore specified paths in the working tree with some contents from a restore source.',
        'The command can also be used to restore the content in the index with --staged, or restore both the working tree and the index with --staged --worktree.',
        'By default, if --staged is given, the contents are restored from HEAD, otherwise from the index.',
        'Use --source to restore from a different commit.',
      ].join(' '),
      'git-restore(1)',
    );
    // The manual's own term weights (retrieval's, from the workspace of three manual pages).
    const weights = { git: 0.22, restore: 1.87, staged: 2.35, used: 0.84, without: 2.97, source: 2.08, contents: 2.35, restored: 1.87 };
    const terms = Object.entries(weights).map(([word, weight]) => ({ word, weight, passages: 6, inTitles: 0 }));
    const { text } = await collect(
      engine,
      'When `git restore --staged` is used without `--source`, where are the contents restored from?',
      [source],
      terms,
    );
    expect(text).toMatch(/^By default, if --staged is given, the contents are restored from HEAD/);
  });

  it('answers what a setting written as code does with its own section, though its name is a common word', async () => {
    const define = passage(
      'p-define',
      'Shared Options > define',
      '- Type: Record<string, any>\n\nDefine global constant replacements. Entries will be defined as globals during dev and statically replaced during build.',
      'Shared Options',
    );
    const environment = passage(
      'p-environment',
      'Configuring Vite > Using Environment Variables in Config',
      'This means: variables defined in .env files are not automatically injected into process.env while your config is running, whatever the options.',
      'Configuring Vite',
    );
    // The manual's own term weights. Retrieval ranks the setting's section first (its heading is the name the question
    // writes as code), but the other passage's sentence holds all three words, "defined" for `define`.
    const weights = { define: 1.9, config: 1.45, option: 1.03 };
    const terms = Object.entries(weights).map(([word, weight]) => ({ word, weight, passages: 20, inTitles: 0 }));
    const { text, citations } = await collect(
      engine,
      'What does the `define` config option do?',
      [
        { ...define, rank: 15.1 },
        { ...environment, rank: 11.3 },
      ],
      terms,
    );
    expect(text).toMatch(/^Define global constant replacements/);
    expect(citations[0]?.passageId).toBe('p-define');
  });

  it('matches a command-line option named by a stop word (--all) in the sentences it reads', async () => {
    const octopus = passage(
      'p-octopus',
      'git-merge-base(1) > DISCUSSION',
      'Without the --octopus option, one merge base of the two commits is output.',
      'git-merge-base(1)',
    );
    const all = passage(
      'p-all',
      'git-merge-base(1) > DISCUSSION',
      'Without the --all option, it is unspecified which merge base is output.',
      'git-merge-base(1)',
    );
    const { text } = await collect(engine, 'Which merge base is output without --all?', [
      { ...octopus, rank: 2 },
      { ...all, rank: 1.9 },
    ]);
    expect(text).toMatch(/^Without the --all option, it is unspecified/);
  });

  it("takes the default from the table row the question names, not from another option's row that mentions it", async () => {
    const rows = passage(
      'p-rows',
      'html-to-text > Options',
      [
        'Option: maxColumnWidth; Default: 60; Description: Data table cell content will be wrapped to fit this width instead of the global wordwrap line limit.',
        '',
        'Option: wordwrap; Default: 80; Description: After how many chars a line break should follow.',
      ].join('\n'),
      'html-to-text',
    );
    const { text } = await collect(engine, 'What is the default wordwrap?', [rows]);
    expect(text).toMatch(/^Option: wordwrap; Default: 80/);
  });

  it("answers for a member named by its whole path from its owner's section, with the line that names it", async () => {
    const settings = passage(
      'p-settings',
      'Cluster > cluster.settings',
      [
        '- execArgv <string[]> List of string arguments passed to the Node.js executable. Default: process.execArgv.',
        '- exec <string> File path to worker file. Default: process.argv[1].',
        '- args <string[]> String arguments passed to worker. Default: process.argv.slice(2).',
      ].join('\n'),
      'Cluster',
    );
    // The index holds cluster.settings and exec, never the path the asker put together.
    const terms = [
      { word: 'cluster.settings.exec', passages: 0, inTitles: 0, weight: 6.2 },
      { word: 'default', passages: 58, inTitles: 11, weight: 1.4 },
    ];
    const { text } = await collect(engine, 'What does cluster.settings.exec default to?', [settings], terms);
    expect(text).toMatch(/^exec <string> File path to worker file\. Default: process\.argv\[1\] \[1\]/);
    // A path whose owner the passages never name is still a thing the documents do not mention.
    const missing = await collect(
      engine,
      'What does cluster.options.exec default to?',
      [settings],
      [
        { word: 'cluster.options.exec', passages: 0, inTitles: 0, weight: 6.2 },
        { word: 'default', passages: 58, inTitles: 11, weight: 1.4 },
      ],
    );
    expect(missing.text).toContain("The documents don't mention cluster.options.exec");
  });

  it("answers a default with the entry's own Default field, though its first line has a default and a value", async () => {
    const options = passage(
      'p-start',
      'REPL > repl.start([options])',
      [
        "- useColors {boolean} If true, specifies that the default writer function should include ANSI color styling. Default: checking color support on the output stream if the REPL instance's terminal value is true.",
        '- useGlobal {boolean} If true, specifies that the default evaluation function will use the JavaScript global as the context as opposed to creating a new separate context for the REPL instance. The node CLI REPL sets this value to true. Default: false.',
        '- ignoreUndefined {boolean} If true, specifies that the default writer will not output the return value of a command if it evaluates to undefined. Default: false.',
      ].join('\n'),
      'REPL',
    );
    const { text } = await collect(engine, 'What is the default value of useGlobal?', [options]);
    expect(text).toMatch(/^useGlobal \{boolean\} If true, .* Default: false \[1\]/);
  });

  it("takes a setting's value from its own paragraph, not from the paragraph above that ends with the same words", async () => {
    const configuration = passage(
      'p-configuration',
      'Diagnostic report > Configuration',
      [
        'reportOnFatalError triggers diagnostic reporting on fatal errors when true. Defaults to false.',
        'reportOnSignal triggers diagnostic reporting on signal when true. This is not supported on Windows. Defaults to false.',
        'filename specifies the name of the output file in the file system. URLs are not supported. Defaults to a composite filename that contains timestamp, PID, and sequence number.',
        'directory specifies the file system directory where the report will be written. URLs are not supported. Defaults to the current working directory of the Node.js process.',
      ].join('\n\n'),
      'Diagnostic report',
    );
    const directory = await collect(engine, "Where is a report written if I don't set a directory?", [configuration]);
    expect(directory.text).toMatch(
      /^directory specifies the file system directory where the report will be written\. Defaults to the current working directory of the Node\.js process \[1\]/,
    );
    const signal = await collect(engine, 'Is reportOnSignal on by default?', [configuration]);
    expect(signal.text).toMatch(/^reportOnSignal triggers diagnostic reporting on signal when true\. .*Defaults to false \[1\]/);
    expect(signal.text).not.toContain('fatal errors');
  });

  it('quotes with a short sentence the next one of its paragraph that says what it announced', async () => {
    const filename = passage(
      'p-filename',
      'Diagnostic report > Configuration',
      'filename specifies the name of the output file in the file system. Special meaning is attached to stdout and stderr. Usage of these will result in report being written to the associated standard streams. In cases where standard streams are used, the value in directory is ignored.',
      'Diagnostic report',
    );
    const { text } = await collect(engine, 'What is special about stdout and stderr as a report filename?', [filename]);
    expect(text).toContain(
      'Special meaning is attached to stdout and stderr. Usage of these will result in report being written to the associated standard streams',
    );
  });

  it('reads a member the question calls by its own name ("listen(0)") as named, beside an entry named by an ordinary word', async () => {
    const howItWorks = passage(
      'p-how',
      'Cluster > How it works',
      [
        'Because server.listen() hands off most of the work to the primary process, there are three cases where the behavior between a normal Node.js process and a cluster worker differs:',
        '',
        '- server.listen(handle) Listening on handles explicitly will cause the worker to use the supplied handle, rather than talk to the primary process.',
        '- server.listen(0) Normally, this will cause servers to listen on a random port. However, in a cluster, each worker will receive the same "random" port each time they do listen(0). In essence, the port is random the first time, but predictable thereafter.',
      ].join('\n'),
      'Cluster',
    );
    const listening = passage(
      'p-listening',
      "Cluster > Event: 'listening'",
      "- worker <cluster.Worker>\n- address <Object>\n\nAfter calling listen() from a worker, when the 'listening' event is emitted on the server, a 'listening' event will also be emitted on cluster in the primary.",
      'Cluster',
    );
    const { text } = await collect(engine, 'Why does every worker get the same port when they call listen(0)?', [howItWorks, listening]);
    expect(text).toContain('each worker will receive the same "random" port each time they do listen(0)');
  });

  it('answers from an entry named by the question\'s words when the entry it names by one word ("--auto") is another', async () => {
    const options = passage(
      'p-options',
      'git-gc(1) > OPTIONS',
      '--auto: With this option, git gc checks whether any housekeeping is required; if not, it exits without performing any work.',
      'git-gc(1)',
    );
    const configuration = passage(
      'p-configuration',
      'git-gc(1) > CONFIGURATION',
      [
        'gc.auto: When there are approximately more than this many loose objects in the repository, git gc --auto will pack them. The default value is 6700.',
        'gc.autoPackLimit: When there are more than this many packs that are not marked with *.keep file in the repository, git gc --auto consolidates them into one larger pack. The default value is 50.',
      ].join('\n\n'),
      'git-gc(1)',
    );
    const { text } = await collect(engine, 'How many packs can exist before git gc --auto consolidates them?', [configuration, options]);
    expect(text).toMatch(/^gc\.autoPackLimit: When there are more than this many packs .* The default value is 50 \[1\]/);
  });

  it('answers a question a FAQ asks in its heading with its bare "No.", and what follows it', async () => {
    const faq = passage(
      'p-faq',
      'dotenv > FAQ > Should I commit my .env file?',
      'No.\n\nUnless you encrypt it with dotenvx. Then we recommend you do.',
      'dotenv',
    );
    const deploy = passage(
      'p-production',
      'dotenv > Advanced > Production',
      'Create a .env.production file. Commit your .env.production file to code and deploy.',
      'dotenv',
    );
    const { text } = await collect(engine, 'Should I commit my .env file?', [faq, deploy]);
    expect(text).toMatch(/^No\. Unless you encrypt it with dotenvx \[1\]/);
    // Elsewhere a bare "No." is no sentence to quote.
    const stray = passage('p-stray', 'dotenv > Notes', 'No.\n\nCommit your .env.production file to code and deploy.', 'dotenv');
    expect((await collect(engine, 'Should I commit my .env file?', [stray])).text).not.toMatch(/^No\./);
  });

  it('answers "how" from an item of a bulleted list of facts without the rest of the list, as it would a procedure', async () => {
    const differences = passage(
      'p-differences',
      'Worker threads > Class: Worker',
      [
        '- The process.stdin, process.stdout, and process.stderr streams may be redirected by the parent thread.',
        '- The isMainThread property is set to false.',
        '- process.title cannot be modified.',
        '- process.env is a copy of the parent thread environment variables, unless SHARE_ENV is passed as the env option to share them.',
      ].join('\n'),
      'Worker threads',
    );
    const { text } = await collect(engine, 'How can a worker share environment variables with the parent thread?', [differences]);
    expect(text).toContain('process.env is a copy of the parent thread environment variables');
    expect(text).not.toContain('process.title cannot be modified');
    // The steps of a procedure still come together.
    const steps = await collect(engine, 'How do I request a refund?', [REQUEST]);
    expect(steps.text).toContain('Open the billing page');
    expect(steps.text).toContain('Support confirms the request');
  });
});
