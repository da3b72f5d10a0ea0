import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { Citation } from '../copilot/citation.types';
import { Report } from './report.entity';

export const ReportConnection = connectionType('Report', Report, "A page of a workspace's reports, newest first.");

@ObjectType('ReportSnapshot', { description: 'What was reported: the question, the answer and its cited passages at that moment.' })
export class ReportSnapshotType {
  @Field({ description: 'The question asked.' })
  question!: string;

  @Field({ description: 'The answer as it was reported.' })
  answer!: string;

  @Field(() => [Citation], { description: 'Its cited passages, as they were.' })
  citations!: Citation[];

  @Field(() => ID, { nullable: true, description: 'The reported answer, while its conversation exists.' })
  messageId!: string | null;
}
