import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from './dataset';

const folders: string[] = [];
const folder = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'askbase-dataset-'));
  folders.push(root);
  return root;
};
afterEach(() => {
  for (const root of folders.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadDataset', () => {
  it('loads the committed data set', () => {
    const dataset = loadDataset();
    expect(dataset.corpora.length).toBeGreaterThan(0);
    expect(dataset.questions.length).toBeGreaterThan(0);
  });

  it('says what is wrong with a folder before anything starts', () => {
    const empty = folder();
    expect(() => loadDataset(empty)).toThrow(DatasetError);
    expect(() => loadDataset(empty)).toThrow(/questions\.json does not exist/);

    const broken = folder();
    writeFileSync(path.join(broken, 'questions.json'), '{ "corpora": ');
    expect(() => loadDataset(broken)).toThrow(/not valid JSON/);

    const wrongShape = folder();
    writeFileSync(path.join(wrongShape, 'questions.json'), '{ "questions": [] }');
    expect(() => loadDataset(wrongShape)).toThrow(/must hold/);

    const missingFile = folder();
    mkdirSync(path.join(missingFile, 'docs'));
    writeFileSync(path.join(missingFile, 'docs', 'a.md'), '# A');
    writeFileSync(
      path.join(missingFile, 'questions.json'),
      JSON.stringify({ corpora: [{ id: 'docs', title: 'Docs', files: ['a.md', 'b.md'] }], questions: [] }),
    );
    expect(() => loadDataset(missingFile)).toThrow(/missing: .*b\.md/);
  });
});
