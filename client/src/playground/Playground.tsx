import './setupMonacoWorkers';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createPlaygroundFetcher } from './createPlaygroundFetcher';

const fetcher = createPlaygroundFetcher();

const DEFAULT_QUERY = `# Welcome to the Askbase GraphQL playground.
# You are signed in as the browser user; press the run button (or Ctrl+Enter).
query Me {
  me {
    id
    name
    email
  }
  workspaces {
    name
    slug
    viewerRole
  }
}
`;

export default function Playground() {
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />;
}
