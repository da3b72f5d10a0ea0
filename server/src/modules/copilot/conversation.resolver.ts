import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import type { Page } from '../../shared/pagination';
import { Conversation } from './conversation.entity';
import { ConversationConnection, MessageConnection } from './copilot.types';
import { Message } from './message.entity';

@Resolver(() => Conversation)
export class ConversationResolver {
  @Query(() => ConversationConnection, { description: "The viewer's conversations in a workspace, most recently active first." })
  conversations(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Words from titles or messages.' }) search: string | null,
    @Arg('favoritesOnly', () => Boolean, { nullable: true, description: 'Only favourites.' }) favoritesOnly: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Conversation>> {
    return ctx.services.conversations.list(requireViewer(ctx).user, workspaceId, first, after, { search, favoritesOnly });
  }

  @Query(() => Conversation, { nullable: true, description: "One of the viewer's conversations; null for anyone else's." })
  conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Conversation | null> {
    return ctx.services.conversations.find(requireViewer(ctx).user, id);
  }

  @Query(() => [Message], { description: "The viewer's saved questions in a workspace, newest first." })
  savedQueries(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: GraphQLContext): Promise<Message[]> {
    return ctx.services.conversations.savedQueries(requireViewer(ctx).user, workspaceId);
  }

  @Mutation(() => Conversation, { description: 'Renames a conversation of the viewer’s.' })
  renameConversation(
    @Arg('id', () => ID) id: string,
    @Arg('title', () => String) title: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.rename(requireViewer(ctx).user, id, title);
  }

  @Mutation(() => Boolean, { description: 'Deletes a conversation of the viewer’s with its messages.' })
  async deleteConversation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.conversations.delete(requireViewer(ctx).user, id);
    return true;
  }

  @Mutation(() => Conversation, { description: 'Marks or unmarks a conversation as a favourite.' })
  setConversationFavorite(
    @Arg('id', () => ID) id: string,
    @Arg('favorite', () => Boolean) favorite: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Conversation> {
    return ctx.services.conversations.setFavorite(requireViewer(ctx).user, id, favorite);
  }

  @Mutation(() => Message, { description: 'Keeps a question in (or removes it from) the saved queries.' })
  setQuerySaved(
    @Arg('messageId', () => ID) messageId: string,
    @Arg('saved', () => Boolean) saved: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Message> {
    return ctx.services.conversations.setQuerySaved(requireViewer(ctx).user, messageId, saved);
  }

  @FieldResolver(() => MessageConnection, { description: 'Messages, oldest first.' })
  messages(
    @Root() conversation: Conversation,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Message>> {
    return ctx.services.conversations.messages(conversation, first, after);
  }
}
