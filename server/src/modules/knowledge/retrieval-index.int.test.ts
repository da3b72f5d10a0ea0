import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { RetrievalService, workspaceLexemeKeys } from './retrieval.service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A workspace with the given id and one document of these passages, written as ingestion writes them. */
async function workspaceOf(id: string, passages: string[]): Promise<string> {
  await app.sql(`insert into workspaces (id, name, slug, created_at, updated_at) values (?, 'Index', ?, now(), now())`, [
    id,
    `index-${id}`,
  ]);
  const [document] = await app.sql<{ id: string }>(
    `insert into documents (id, workspace_id, title, mime_type, size_bytes, content, status, chunk_count, created_at)
     values (gen_random_uuid(), ?, 'Animals', 'text/markdown', 1, '', 'READY', ?, now()) returning id`,
    [id, passages.length],
  );
  await app.sql(
    `insert into passages (id, document_id, workspace_id, position, heading, content, document_title, language)
     select gen_random_uuid(), ?, ?, ord - 1, null, content, 'Animals', 'english'
     from jsonb_array_elements_text(?::jsonb) with ordinality as t(content, ord)`,
    [document?.id, id, JSON.stringify(passages)],
  );
  return id;
}

const search = (workspaceId: string, question: string) =>
  new RetrievalService(app.orm.em.fork(), 'english').search(workspaceId, question, 20);

describe('retrieval through the (workspace, lexeme) index', () => {
  it('keeps workspaces apart, ids that share all but their first hex digits included', async () => {
    const zoo = await workspaceOf('aaaaaaaa-0000-4000-8000-0123456789ab', ['Zebras have black and white stripes.']);
    const farm = await workspaceOf('bbbbbbbb-0000-4000-8000-0123456789ab', ['Zebras eat grass on the farm.', 'Cows eat grass too.']);
    expect((await search(zoo, 'what do zebras eat?')).passages.map((p) => p.content)).toEqual(['Zebras have black and white stripes.']);
    expect((await search(farm, 'zebra stripes')).passages.map((p) => p.content)).toEqual(['Zebras eat grass on the farm.']);
  });

  it('builds the same keys in the statement as the index holds, quotes and backslashes included', async () => {
    const workspaceId = 'cccccccc-0000-4000-8000-00000000ABCD';
    const [row] = await app.sql<{ same: boolean }>(
      `select askbase_workspace_lexemes(?::uuid, $$'say"hi' 'back\\\\slash' 'plain'$$::tsvector) = ?::text[] as same`,
      [workspaceId, workspaceLexemeKeys(workspaceId, ['back\\slash', 'plain', 'say"hi'])],
    );
    expect(row?.same).toBe(true);
  });

  it('finds the candidates through that index, with no to_tsvector over the passages', async () => {
    // Enough passages that a plan reading every row of the table would cost more than the index probe.
    const many = Array.from({ length: 3000 }, (_, i) => `Routine entry ${i} about feeding the animals.`);
    const park = await workspaceOf('dddddddd-0000-4000-8000-000000000001', [...many, 'The okapi sleeps in the forest.']);
    await app.sql('analyze passages');
    const { statement } = await new RetrievalService(app.orm.em.fork(), 'english').rankingStatement(
      park,
      'where does the okapi sleep?',
      20,
    );
    if (!statement) throw new Error('the workspace holds the question’s words');
    // The statement's own text, parameters bound as the app binds them.
    const plan = await app.sql<{ 'QUERY PLAN': string }>(`explain ${statement.sql}`, statement.params);
    const text = plan.map((line) => line['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Bitmap Index Scan on passages_workspace_lexemes/);
    expect(text).not.toMatch(/Seq Scan on passages/);
    expect(text).not.toMatch(/to_tsvector/);
    expect((await search(park, 'where does the okapi sleep?')).passages[0]?.content).toBe('The okapi sleeps in the forest.');
  });

  it('keeps the vectors ranking reads in the row (storage main), so reading one is not a TOAST fetch', async () => {
    const rows = await app.sql<{ attname: string; attstorage: string }>(
      `select attname, attstorage from pg_attribute where attrelid = 'passages'::regclass
       and attname in ('body_vector', 'context_vector', 'heading_vector', 'content') order by attname`,
    );
    expect(rows).toEqual([
      { attname: 'body_vector', attstorage: 'm' },
      { attname: 'content', attstorage: 'x' },
      { attname: 'context_vector', attstorage: 'm' },
      { attname: 'heading_vector', attstorage: 'm' },
    ]);
  });
});
