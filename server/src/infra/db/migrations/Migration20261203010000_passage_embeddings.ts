import { Migration } from '@mikro-orm/migrations';

/**
 * Semantic retrieval (optional, EMBEDDINGS_BASE_URL): each passage's vector from the embeddings model, and which
 * model made it (vectors of two models are never compared; a new model re-embeds from null).
 *
 * A plain `real[]`, searched exactly within one workspace, and no pgvector: this machine and the embedded
 * PostgreSQL do not have the extension, and pgvector's `vector(n)` column fixes the dimensions in the schema while
 * the model is a setting. At the workspace sizes of the plans (2,000 documents) the exact scan is measured in
 * semantic-search.ts; an approximate index (pgvector HNSW) is the step to take when workspaces outgrow it.
 */
export class Migration20261203010000_passage_embeddings extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "passages" add column "embedding" real[] null, add column "embedding_model" text null;');
    // The semantic scan reads only the passages of one workspace that have a vector of the configured model.
    this.addSql('create index "passages_embedded" on "passages" ("workspace_id", "embedding_model") where "embedding" is not null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "passages_embedded";');
    this.addSql('alter table "passages" drop column if exists "embedding", drop column if exists "embedding_model";');
  }
}
