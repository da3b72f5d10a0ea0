/** Where a page of a list stands (forward paging); graphql/connection.ts gives it its GraphQL type. */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A page of a list as services return it; the GraphQL connection types implement it. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}
