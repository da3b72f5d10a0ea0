import type { ReportCategory, ReportStatus } from '../../gql/graphql';

const CATEGORY_LABELS: Record<ReportCategory, string> = {
  INCORRECT_DATA: 'Incorrect information',
  OUTDATED_SOURCE: 'Outdated source',
  MISSING_ANSWER: 'Missing answer',
  HARMFUL: 'Harmful or inappropriate',
  OTHER: 'Something else',
};

export const REPORT_CATEGORIES = Object.keys(CATEGORY_LABELS) as ReportCategory[];

export function reportCategoryLabel(category: ReportCategory): string {
  return CATEGORY_LABELS[category] ?? category;
}

const STATUS_LABELS: Record<ReportStatus, { label: string; color: string }> = {
  OPEN: { label: 'Open', color: 'orange' },
  RESOLVED: { label: 'Resolved', color: 'teal' },
  DISMISSED: { label: 'Dismissed', color: 'gray' },
};

export function reportStatusLabel(status: ReportStatus): string {
  return STATUS_LABELS[status].label;
}

export function reportStatusColor(status: ReportStatus): string {
  return STATUS_LABELS[status].color;
}
