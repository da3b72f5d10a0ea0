import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { suggestQuestions } from '../../copilot/engine/suggest-questions';
import type { Page } from '../../graphql/connection';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { User } from '../account/user.entity';
import { Document } from './document.entity';
import { DocumentPassage } from './document-passage.types';
import { AddDocumentInput } from './knowledge.inputs';
import { DocumentConnection } from './knowledge.types';

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

  @FieldResolver(() => String, { description: 'The extracted text, for reading the document.' })
  text(@Root() document: Document, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.services.knowledge.text(document);
  }
}
