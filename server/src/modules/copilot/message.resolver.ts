import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { Citation, toCitation } from './citation.types';
import { Rating } from './copilot.enums';
import { Message } from './message.entity';

@Resolver(() => Message)
export class MessageResolver {
  @FieldResolver(() => [Citation], { description: 'The numbered sources the answer used.' })
  citations(@Root() message: Message, @Ctx() ctx: GraphQLContext): Promise<Citation[]> {
    return Promise.all(message.citations.map(async (stored) => toCitation(stored, await ctx.loaders.document.load(stored.documentId))));
  }

  @FieldResolver(() => Rating, { nullable: true, description: "The author's thumbs up or down on this answer." })
  viewerRating(@Root() message: Message): Rating | null {
    // Conversations are private: the viewer of a message is its author.
    return message.rating;
  }

  @FieldResolver(() => String, { nullable: true, description: "The author's comment with their rating." })
  viewerRatingComment(@Root() message: Message): string | null {
    return message.ratingComment;
  }

  @Mutation(() => Message, { description: 'Thumbs up or down on an answer, with an optional comment; null clears it.' })
  rateAnswer(
    @Arg('messageId', () => ID) messageId: string,
    @Arg('rating', () => Rating, { nullable: true }) rating: Rating | null,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Message> {
    return ctx.services.feedback.rate(requireViewer(ctx).user, messageId, rating, comment);
  }
}
