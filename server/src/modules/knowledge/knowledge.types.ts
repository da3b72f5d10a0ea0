import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { Document } from './document.entity';

export const DocumentConnection = connectionType('Document', Document, "A page of a workspace's documents, newest first.");

@ObjectType({ description: 'What the viewer may do with this document (computed from the permission rules).' })
export class DocumentViewerCan {
  @Field({ description: 'Delete it: members the documents they added, owners and admins any.' })
  delete!: boolean;
}
