import { connectionType } from '../../graphql/connection';
import { Document } from './document.entity';

export const DocumentConnection = connectionType('Document', Document, "A page of a workspace's documents, newest first.");
