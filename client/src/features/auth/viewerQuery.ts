import { graphql } from '../../gql';

// Who is signed in. `me` is null for anonymous visitors; the route guard and the log-in flow read it.
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
    }
  }
`);
