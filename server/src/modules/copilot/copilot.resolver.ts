import { Arg, Ctx, ID, Int, Mutation, Resolver, Root, Subscription, UseMiddleware } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { Expensive } from '../../graphql/expensive';
import { AnswerEvent } from './answer-event.types';
import type { PublishedAnswerEvent } from './answer-event-log';
import { toCitation } from './citation.types';
import { AskInput } from './copilot.inputs';
import { AskPayload } from './copilot.payloads';
import { Message } from './message.entity';

@Resolver()
export class CopilotResolver {
  @Mutation(() => AskPayload, {
    description: 'Asks a question; returns at once with the question and a STREAMING answer to follow with answerStream.',
  })
  @UseMiddleware(Expensive)
  askCopilot(@Arg('input', () => AskInput) input: AskInput, @Ctx() ctx: GraphQLContext): Promise<AskPayload> {
    return ctx.services.copilot.ask(requireViewer(ctx).user, input);
  }

  @Mutation(() => Message, { description: 'Stops a streaming answer; the text so far is kept, with status STOPPED.' })
  @UseMiddleware(Expensive)
  stopAnswer(@Arg('messageId', () => ID) messageId: string, @Ctx() ctx: GraphQLContext): Promise<Message> {
    return ctx.services.copilot.stop(requireViewer(ctx).user, messageId);
  }

  @Mutation(() => AskPayload, { description: 'Produces a new answer to the same question, in the same conversation.' })
  @UseMiddleware(Expensive)
  regenerateAnswer(@Arg('messageId', () => ID) messageId: string, @Ctx() ctx: GraphQLContext): Promise<AskPayload> {
    return ctx.services.copilot.regenerate(requireViewer(ctx).user, messageId);
  }

  @Subscription(() => AnswerEvent, {
    description:
      'Ordered events of one answer: stored events after afterSeq first, then live ones; none lost or repeated. Ends after the final status event. Only for the author of the conversation.',
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      return ctx.services.copilot.streamFor(
        requireViewer(ctx).user,
        args.messageId as string,
        (args.afterSeq as number | null) ?? 0,
        ctx.forkEntityManager,
      );
    },
  })
  async answerStream(
    @Root() event: PublishedAnswerEvent,
    @Arg('messageId', () => ID) _messageId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'The last seq already received; 0 or omitted for all.' }) _afterSeq:
      | number
      | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnswerEvent> {
    const citations = event.citations
      ? await Promise.all(event.citations.map(async (stored) => toCitation(stored, await ctx.loaders.document.load(stored.documentId))))
      : null;
    return { ...event, citations };
  }
}
