import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { CANDIDATE_BUDGET, RetrievalService } from './retrieval.service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const DOCUMENTS = [
  {
    title: 'Billing',
    text: '# Billing\n\nInvoices are sent on the first day of the month. The billing address printed on each invoice is the one in your company profile; change it under Settings > Company.',
  },
  {
    title: 'Address book',
    text: '# Address book\n\nThe address book keeps your contacts. Import contacts from a CSV file, or add them one by one. Contacts can be grouped with labels.',
  },
  {
    title: 'Refunds',
    text: '# Refunds\n\nA refund is paid within 5 days. A refund for a sale item is not possible; sale items can only be exchanged.\n\n# Exchanges\n\nExchanges are free within 30 days.',
  },
  {
    title: 'Server options',
    text: '# server.port\n\nSpecify the server port. The default is 5173.\n\n# server_timeout\n\nHow long the server waits for a request, in seconds. The default is 20 seconds.\n\n# trailingComma\n\nPrint trailing commas wherever possible in multi-line lists.',
  },
];

async function workspaceWith(client: GraphQLTestClient, documents: typeof DOCUMENTS): Promise<string> {
  const { createWorkspace } = await client.ok<{ createWorkspace: { id: string } }>(
    'mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }',
    { input: { name: `Retrieval ${Math.random().toString(36).slice(2, 8)}` } },
  );
  for (const document of documents) await client.ok(ADD_DOCUMENT, { workspaceId: createWorkspace.id, input: document });
  return createWorkspace.id;
}

const search = (workspaceId: string, question: string, limit?: number) =>
  new RetrievalService(app.orm.em.fork(), 'english').search(workspaceId, question, limit);

describe('retrieval', () => {
  let client: GraphQLTestClient;
  let workspaceId: string;
  beforeAll(async () => {
    client = app.client();
    await signUp(client);
    workspaceId = await workspaceWith(client, DOCUMENTS);
  });

  it('ranks by the body text: a title sharing one question word does not pull in its document', async () => {
    const { passages } = await search(workspaceId, 'Where does the billing address on invoices come from?');
    expect(passages[0]?.documentTitle).toBe('Billing');
    // "address" is in the Address book's title and text, but it holds none of the rarer words.
    expect(passages.findIndex((p) => p.documentTitle === 'Address book')).not.toBe(0);
  });

  it('keeps the meaning of -exclusions and "quoted phrases"', async () => {
    const excluded = await search(workspaceId, 'refund -sale');
    expect(excluded.passages.map((p) => p.content).join('\n')).not.toMatch(/sale/);
    const phrase = await search(workspaceId, '"sale items" refund');
    expect(phrase.passages.length).toBeGreaterThan(0);
    for (const passage of phrase.passages) expect(passage.content).toMatch(/sale item/);
    // A command-line option is a word, not an exclusion.
    expect((await search(workspaceId, 'what does --server-port do')).passages.length).toBeGreaterThan(0);
  });

  it('relaxes quoted phrases that no passage holds: all of them, then any one, then none', async () => {
    // Two examples quoted from two sections: no passage holds both, each holds one.
    const examples = await search(workspaceId, 'refunds like "sale items" or "30 days"');
    expect(examples.passages.map((p) => p.content.match(/sale item|30 days/)?.[0]).sort()).toEqual(['30 days', 'sale item']);
    // A quoted phrase the workspace never holds filters nothing: the question's other words still find the answer.
    const unheld = await search(workspaceId, 'how long does a "gift card" refund take');
    expect(unheld.passages[0]?.content).toMatch(/paid within 5 days/);
    // An exclusion stays a filter while the phrases are relaxed.
    const excluding = await search(workspaceId, 'how long does a "gift card" refund take -sale');
    expect(excluding.passages.length).toBeGreaterThan(0);
    expect(excluding.passages.map((p) => p.content).join('\n')).not.toMatch(/sale/);
  });

  it('finds identifiers by their whole name and by their parts', async () => {
    for (const question of ['server.port', 'what is the server port', 'server_timeout default', 'trailing comma', 'trailingComma']) {
      const { passages } = await search(workspaceId, question);
      expect(passages[0]?.documentTitle, question).toBe('Server options');
    }
    expect((await search(workspaceId, 'server_timeout')).passages[0]?.content).toMatch(/20 seconds/);
  });

  it('tells which question words the workspace never mentions, and how rare the others are', async () => {
    const { terms } = await search(workspaceId, 'What is the default port of MongoDB?');
    const byWord = new Map(terms.map((term) => [term.word, term]));
    expect(byWord.get('MongoDB')?.passages).toBe(0);
    expect(byWord.get('port')?.passages).toBeGreaterThan(0);
    expect(byWord.get('MongoDB')?.weight).toBeGreaterThan(byWord.get('port')?.weight ?? Number.POSITIVE_INFINITY);
    expect(byWord.has('the')).toBe(false);
  });

  it('lifts the section whose own heading names the question’s subject above passages that only repeat its words', async () => {
    const reference = await workspaceWith(client, [
      {
        title: 'Options',
        text: '# Options\n\n## define\n\nReplaces global constants at build time.\n\n## root\n\nThe project root folder.',
      },
      {
        title: 'Plugins',
        text: '# Plugins\n\nA plugin can define hooks. Define them in the plugins option; each plugin may define its own option names.',
      },
    ]);
    const { passages } = await search(reference, 'What does define do?');
    expect(passages[0]?.heading).toBe('Options > define');
  });

  it('lifts the section headed by a name the question writes as code, however common the word', async () => {
    const reference = await workspaceWith(client, [
      {
        title: 'Shared options',
        text: '# Shared options\n\n## define\n\n- Type: Record<string, any>\n\nDefine global constant replacements. Entries become globals during dev and are replaced statically during build. Values must be JSON-serializable strings or a single identifier.\n\n## root\n\nThe project root folder.',
      },
      {
        title: 'Config files',
        text: '# Environment variables\n\nValues from .env files that must influence the config, for example options defined from them, are loaded by hand in the config file.',
      },
      {
        title: 'Config reference',
        text: '# root\n\nThe config option root sets the project folder.\n\n# base\n\nThe config option base sets the public path.\n\n# mode\n\nThe config option mode sets the mode.\n\n# logLevel\n\nThe config option logLevel sets how much is logged.',
      },
    ]);
    // "define" is a common word (defined, defineConfig): weighed as a word, the passage that holds "config",
    // "options" and "defined" came first; written as code, it names the setting whose section it heads.
    const { passages } = await search(reference, 'What does the `define` config option do?');
    expect(passages[0]?.heading).toBe('Shared options > define');
    // Left out ("without `define`"), it is not what the question asks about.
    const leftOut = await search(reference, 'Which config options are defined without `define`?');
    expect(leftOut.passages[0]?.documentTitle).toBe('Config files');
  });

  it('among passages holding the same part of the question, puts first the one whose document holds the rest', async () => {
    const sameText = 'Refunds are paid back to the original card within ten days.';
    const guides = await workspaceWith(client, [
      // Sorted first by title, so without the document's lift it would win the tie.
      { title: 'A shop guide', text: `# Refunds\n\n${sameText}` },
      {
        title: 'B payments guide',
        text: `# Refunds\n\n${sameText}\n\n# Abroad\n\nCustomers abroad who paid by bank transfer wait for the international clearing.`,
      },
    ]);
    const { passages } = await search(guides, 'How long does a refund to an international bank transfer customer take?', 10);
    const refunds = passages.filter((passage) => passage.content.includes(sameText)).map((passage) => passage.documentTitle);
    expect(refunds).toEqual(['B payments guide', 'A shop guide']);
  });

  it('weighs an identifier as one word, not once per form it is indexed in', async () => {
    const settings = await workspaceWith(client, [
      { title: 'App types', text: '# App types\n\nThe app.type.json file lists spa, mpa or custom.' },
      { title: 'Logging', text: '# Logging\n\nThe request logger prints each request with its status.' },
    ]);
    // "app.type.json" is indexed as itself, apptypejson, app, type and json: counted per form, its passage (one of the
    // question's three subjects) outranked the one holding the other two. (A file name, so not a code name that the
    // question is about: see below.)
    const { passages } = await search(settings, 'Which request logger does app.type.json use?');
    expect(passages.map((p) => p.documentTitle)).toEqual(['Logging', 'App types']);
  });

  it('puts first the passages that name the code name a question asks about, over pages that repeat its other words', async () => {
    const parsers = await workspaceWith(client, [
      {
        title: 'Content type parsers',
        text: '# Content type parsers\n\nFastify parses JSON with its default content type parser. Add a custom parser for other types of content.',
      },
      {
        title: 'Bodies',
        text: '# Bodies\n\nThe body of a request is parsed by the content type parser registered for its content type. The index.html page is served as it is.',
      },
      { title: 'Hooks', text: '# Hooks\n\nA preParsing hook runs before the content type parser reads the body.' },
      {
        title: 'Parser options',
        text: "# Custom parser options\n\n- parseAs (string): 'string' or 'buffer', how the incoming data is collected. Default: 'buffer'.\n- bodyLimit (number): the largest payload accepted.",
      },
    ]);
    const { passages } = await search(parsers, 'What is the default parseAs of a custom content type parser?');
    expect(passages.slice(0, 2).map((p) => p.documentTitle)).toEqual(['Parser options', 'Content type parsers']);
    // A file name is not such a name: pages call a file by its kind as often as by its name.
    const files = await search(parsers, 'Which default content type parser handles index.html?');
    expect(files.passages[0]?.documentTitle).toBe('Content type parsers');
  });

  it('searches only the words the engine reads: a pronoun like "one" does not pull in a passage of its own', async () => {
    const ports = await workspaceWith(client, [
      { title: 'Ports', text: '# Ports\n\nThe server port is 5173.' },
      { title: 'Server', text: '# Server\n\nThe server port and the server host are set in the config file.' },
      { title: 'Choosing', text: '# Choosing\n\nPick one. If one fails, try one more, or one of the others: one is enough.' },
    ]);
    const { passages, terms } = await search(ports, "Which port does the server use if I don't set one?");
    expect(passages.map((p) => p.documentTitle)).not.toContain('Choosing');
    expect(terms.map((term) => term.word)).not.toContain('one');
  });

  it('weighs an everyday word ("go") less than its rarity in a small workspace says, a technical one in full', async () => {
    const remotes = await workspaceWith(client, [
      { title: 'Protocols', text: '# Protocols\n\nThe client talks to the remote over HTTP or SSH. HTTP keeps the connection open.' },
      { title: 'Pull', text: '# Pull\n\nPull fetches from the remote over HTTP and merges what it fetched.' },
      { title: 'Octopus', text: '# Octopus\n\nMerging many branches in one go is rarely done.' },
    ]);
    const { passages, terms } = await search(remotes, 'How do I make pull go through HTTP?');
    const weight = (word: string) => terms.find((term) => term.word === word)?.weight ?? 0;
    // "go" is in one passage of three, "HTTP" in two: the workspace alone would weigh "go" the most.
    expect(terms.find((term) => term.word === 'go')?.passages).toBeLessThan(terms.find((term) => term.word === 'HTTP')?.passages ?? 0);
    expect(weight('go')).toBeLessThan(weight('HTTP'));
    expect(passages[0]?.documentTitle).toBe('Pull');
    expect(passages.map((p) => p.documentTitle).indexOf('Octopus')).toBe(2);
  });

  it("gives the text before a document's first heading the document's title as its heading: the page's introduction", async () => {
    const store = await workspaceWith(client, [
      {
        title: 'tinystore',
        text: 'A small and fast state container with a hook-based API.\n\n# Recipes\n\nUse tinystore in a worker thread.\n\n# Middleware\n\nThe tinystore persist middleware saves state.',
      },
    ]);
    const { passages } = await search(store, 'What is tinystore?');
    expect(passages[0]?.content).toMatch(/^A small and fast state container/);
    expect(passages[0]?.heading).toBe('tinystore');
  });

  it('does not search the words that only frame a question: "what kind of", "if I leave it alone"', async () => {
    const indexes = await workspaceWith(client, [
      { title: 'Index types', text: '# Index types\n\nBy default, CREATE INDEX builds a B-tree index.' },
      { title: 'Kinds', text: '# Kinds\n\nEvery kind of index can be dropped. Pick the kind of index by the kind of query.' },
    ]);
    const framed = await search(indexes, 'What kind of index does CREATE INDEX build?');
    expect(framed.terms.map((term) => term.word)).not.toContain('kind');
    expect(framed.passages[0]?.documentTitle).toBe('Index types');
    const unset = await search(indexes, 'Which index does CREATE INDEX build if I leave it alone?');
    expect(unset.terms.map((term) => term.word)).toEqual(expect.arrayContaining(['default']));
    expect(unset.terms.map((term) => term.word)).not.toContain('leave');
  });

  it('gives the same passages in the same order whatever order the documents were added in', async () => {
    const reversed = await workspaceWith(client, [...DOCUMENTS].reverse());
    for (const question of ['default', 'refund exchange days', 'server', 'contacts labels invoices']) {
      const forward = await search(workspaceId, question, 20);
      const backward = await search(reversed, question, 20);
      const shape = (result: typeof forward) => result.passages.map((p) => [p.documentTitle, p.content, p.rank.toFixed(9)]);
      expect(shape(backward), question).toEqual(shape(forward));
    }
  });

  it('keeps the workspace statistics exact as documents come and go', async () => {
    const other = await workspaceWith(client, DOCUMENTS.slice(0, 2));
    const stats = () => app.sql<{ passages: number }>('select passages from workspace_search_stats where workspace_id = ?', [other]);
    const before = (await stats())[0]?.passages ?? 0;
    expect(before).toBeGreaterThan(0);
    const { addDocument } = await client.ok<{ addDocument: { id: string } }>(ADD_DOCUMENT, {
      workspaceId: other,
      input: { title: 'Zebra', text: 'Zebras are striped.' },
    });
    expect((await search(other, 'zebra')).terms[0]?.passages).toBe(1);
    await client.ok('mutation($id: ID!) { deleteDocument(id: $id) }', { id: addDocument.id });
    expect((await stats())[0]?.passages).toBe(before);
    expect((await search(other, 'zebra')).terms[0]?.passages).toBe(0);
    const leftovers = await app.sql('select * from workspace_search_terms where workspace_id = ? and lexeme = ?', [other, 'zebra']);
    expect(leftovers).toEqual([]);
  });

  it('ranks every matching passage, not an arbitrary first few hundred', async () => {
    // More passages match a common word than the candidate budget; the one that also holds a rare word still wins.
    const many = await workspaceWith(client, []);
    const filler = Array.from({ length: CANDIDATE_BUDGET + 50 }, (_, i) => `Common word number ${i} sits here.`).join('\n\n');
    await client.ok(ADD_DOCUMENT, { workspaceId: many, input: { title: 'Filler', text: filler } });
    await client.ok(ADD_DOCUMENT, { workspaceId: many, input: { title: 'Needle', text: 'The common word unicorn is here.' } });
    const { passages } = await search(many, 'common word unicorn');
    expect(passages[0]?.documentTitle).toBe('Needle');
  });

  it('indexes the words after an angle-bracketed word such as <script>, and reads them in questions', async () => {
    // PostgreSQL's parser takes `<script>` for a tag and skips the rest of the text: the passage would be unfindable.
    const tags = await workspaceWith(client, []);
    await client.ok(ADD_DOCUMENT, {
      workspaceId: tags,
      input: {
        title: 'Embedding',
        text: '# Embedding\n\nAdd a `<script>` element to the page head. The widget then reads its configuration from the data-config attribute.',
      },
    });
    await client.ok(ADD_DOCUMENT, {
      workspaceId: tags,
      input: { title: 'Styling', text: '# Styling\n\nThe page uses your brand colours for buttons and links.' },
    });
    expect((await search(tags, 'where does the widget read its configuration?')).passages[0]?.documentTitle).toBe('Embedding');
    expect((await search(tags, 'which <script> element goes in the page head?')).passages[0]?.documentTitle).toBe('Embedding');
  });

  it('counts a project named like a JavaScript file ("Node.js") as mentioned where the text writes its base name', async () => {
    const node = await workspaceWith(client, [
      { title: 'Installing', text: '# Installing\n\nThe bindings work only and are tested against Node >=18.0.0.' },
    ]);
    const { terms, passages } = await search(node, 'Which Node.js versions are the bindings tested against?');
    expect(terms.find((term) => term.word === 'Node.js')?.passages).toBe(1);
    expect(passages[0]?.content).toMatch(/Node >=18\.0\.0/);
    // A file is named whole ("bindings.js" is not "bindings"), and so is a dotted name of another kind.
    expect((await search(node, 'What does bindings.js export?')).terms.find((term) => term.word === 'bindings.js')?.passages).toBe(0);
    expect((await search(node, 'What is the default of server.port?')).terms.find((term) => term.word === 'server.port')?.passages).toBe(0);
  });

  it("searches a word in the workspace's spelling when the question spells it the other national way", async () => {
    const american = await workspaceWith(client, [
      { title: 'Blame', text: '# Blame\n\nLines from the same commit as the line above are highlighted. The color defaults to cyan.' },
      { title: 'Moves', text: '# Moves\n\nA moved line keeps the commit that first wrote it, whatever its author.' },
    ]);
    const found = await search(american, 'Which colour highlights lines from the same commit?');
    expect(found.question).toBe('Which color highlights lines from the same commit?');
    expect(found.terms.find((term) => term.word === 'color')?.passages).toBe(1);
    expect(found.passages[0]?.content).toMatch(/The color defaults to cyan/);
    // Pages in British spelling are searched as the asker wrote, and a question already in their spelling is kept.
    const british = await workspaceWith(client, [{ title: 'Theme', text: '# Theme\n\nThe colour of links follows the theme.' }]);
    expect((await search(british, 'What color are links?')).question).toBe('What colour are links?');
    expect((await search(british, 'What colour are links?')).question).toBe('What colour are links?');
  });
});
