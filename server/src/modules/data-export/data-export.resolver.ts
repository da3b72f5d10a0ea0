import { Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireBrowserSession } from '../../graphql/context';
import { DataExport } from './data-export.entity';
import { dataExportDownloadPath } from './data-export.service';
import { DataExportStatus } from './data-export-status';

/** Account → Privacy: "Download my data". Browser sessions only: an API token can neither start nor fetch an export. */
@Resolver(() => DataExport)
export class DataExportResolver {
  @Query(() => DataExport, { nullable: true, description: "The viewer's most recent data export; null when there is none." })
  dataExport(@Ctx() ctx: GraphQLContext): Promise<DataExport | null> {
    return ctx.services.dataExports.latest(requireBrowserSession(ctx).user.id);
  }

  @Mutation(() => DataExport, {
    description:
      'Starts preparing an archive of everything about the viewer; poll `dataExport` for its progress. The link is also mailed. Once a minute: RATE_LIMITED with retryAfterSeconds otherwise.',
  })
  requestDataExport(@Ctx() ctx: GraphQLContext): Promise<DataExport> {
    return ctx.services.dataExports.request(requireBrowserSession(ctx).user.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to download the archive (a path on this server) while READY; it needs the same signed-in browser session.',
  })
  downloadUrl(@Root() dataExport: DataExport): string | null {
    return dataExport.status === DataExportStatus.READY ? dataExportDownloadPath(dataExport.id) : null;
  }
}
