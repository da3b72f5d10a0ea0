// What `graphiql/setup-workers/vite` does, written out here because importing that module breaks the Vite dev
// server in this setup (see STACK.md). Vite must see each worker as a `?worker` import to bundle it.
import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const environment: Environment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new JsonWorker(); // the variables and headers editors
      case 'graphql':
        return new GraphQLWorker(); // validation and completion for the query editor
      default:
        return new EditorWorker();
    }
  },
};

window.MonacoEnvironment = environment;
