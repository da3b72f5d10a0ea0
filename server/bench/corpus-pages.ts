import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../eval/dataset';
import { extractText } from '../src/modules/knowledge/ingest/extract-text';
import { type Passage, splitPassages } from '../src/modules/knowledge/ingest/split-passages';

export interface CorpusPage {
  title: string;
  passages: Passage[];
}

/** The evaluation corpora's pages (48 of them), extracted and split into passages exactly as ingestion does. */
export async function loadCorpusPages(): Promise<CorpusPage[]> {
  const dataset = loadDataset();
  const pages: CorpusPage[] = [];
  for (const corpus of dataset.corpora) {
    for (const file of corpus.files) {
      const bytes = readFileSync(path.join(dataset.root, corpus.id, file));
      const extracted = await extractText({ filename: file, bytes });
      pages.push({ title: extracted.title, passages: splitPassages(extracted.text) });
    }
  }
  return pages;
}
