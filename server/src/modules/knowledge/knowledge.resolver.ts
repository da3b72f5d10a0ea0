import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { suggestQuestions } from '../../copilot/engine/suggest-questions';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { Expensive } from '../../graphql/expensive';
import type { Page } from '../../shared/pagination';
import { User } from '../account/user.entity';
import { Document } from './document.entity';
import { DocumentPassage } from './document-passage.types';
import { AddDocumentInput } from './knowledge.inputs';
import { DocumentConnection } from './knowledge.types';

/** How much of a document's text a nested selection (a list, a citation) gets. */
export const TEXT_PREVIEW_CHARS = 2_000;

@Resolver(() => Document)
export class KnowledgeResolver {
  @Query(() => DocumentConnection, { description: "A workspace's documents, newest first, optionally filtered by title." })
  documents(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of a title.' }) search: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Document>> {
    return ctx.services.knowledge.list(workspaceId, first, after, search);
  }

  @Query(() => Document, { nullable: true, description: 'One document of a workspace of the viewer’s; null otherwise.' })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Document | null> {
    return ctx.services.knowledge.find(requireViewer(ctx).user, id);
  }

  @Query(() => [String], { description: "Questions to start with, drawn from the workspace's document titles and headings." })
  async suggestedQuestions(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return suggestQuestions(await ctx.services.knowledge.outline(workspaceId), 5, ctx.services.knowledge.searchLanguage);
  }

  @Mutation(() => Document, { description: 'Adds a document from pasted text or a file (OWNER, ADMIN, MEMBER).' })
  @UseMiddleware(Expensive)
  addDocument(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('input', () => AddDocumentInput) input: AddDocumentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Document> {
    return ctx.services.knowledge.add(requireViewer(ctx).user, workspaceId, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a document: members their own, OWNER and ADMIN any.' })
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.knowledge.delete(requireViewer(ctx).user, id);
    return true;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who added it; null once their account is gone.' })
  addedBy(@Root() document: Document, @Ctx() ctx: GraphQLContext): Promise<User> | null {
    return document.addedBy ? ctx.loaders.user.load(document.addedBy.id) : null;
  }

  @FieldResolver(() => DocumentPassage, {
    nullable: true,
    description: 'The passage at a position (a citation’s `passagePosition`), to show it in the text; null when there is none.',
  })
  passage(
    @Root() document: Document,
    @Arg('position', () => Int) position: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DocumentPassage | null> {
    return ctx.services.knowledge.passageAt(document, position);
  }

  @FieldResolver(() => String, {
    description: `The extracted text, for reading the document: in full when the document is read on its own (\`document(id)\`, \`addDocument\`); elsewhere (lists, citations) its first ${TEXT_PREVIEW_CHARS.toLocaleString('en-US')} characters.`,
  })
  async text(@Root() document: Document, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    // A citation names its document, and one answer cites several: asking for every cited document's full text
    // through 30 aliased conversations made a 3 KB query answer 217 MB. Only a root field's document is read whole.
    const isRootFieldResult = info.path.prev !== undefined && info.path.prev.prev === undefined;
    if (isRootFieldResult) return ctx.services.knowledge.text(document);
    const preview = await ctx.services.knowledge.text(document, TEXT_PREVIEW_CHARS + 1);
    return preview.length > TEXT_PREVIEW_CHARS ? `${preview.slice(0, TEXT_PREVIEW_CHARS)}…` : preview;
  }
}
