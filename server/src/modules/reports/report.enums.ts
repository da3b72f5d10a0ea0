import { registerEnumType } from 'type-graphql';

export enum ReportCategory {
  INCORRECT_DATA = 'INCORRECT_DATA',
  OUTDATED_SOURCE = 'OUTDATED_SOURCE',
  MISSING_ANSWER = 'MISSING_ANSWER',
  HARMFUL = 'HARMFUL',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(ReportCategory, { name: 'ReportCategory', description: 'What is wrong with a reported answer.' });
registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'Where a report is in the admins’ inbox.' });
