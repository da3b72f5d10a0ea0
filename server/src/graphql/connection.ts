import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Page, PageInfo as PageInfoShape } from '../shared/pagination';

@ObjectType({ description: 'Where a page of a list stands (Relay cursor connections, forward paging).' })
export class PageInfo implements PageInfoShape {
  @Field({ description: 'Whether a next page exists: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge on this page; null for an empty page.' })
  endCursor!: string | null;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge`s of `node`. */
export function connectionType<T extends object>(name: string, node: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this edge; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The items on this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether there is more, and where to continue.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return Connection;
}
