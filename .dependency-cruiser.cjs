/**
 * Import rules of the server: imports run downward only.
 *
 *   main.ts, app.ts, services.ts   composition root (may import anything)
 *   http/  graphql/  permissions/   transport and the permission map
 *   modules/<feature>/              features; only their GraphQL face (*.resolver.ts, *.types.ts, *.inputs.ts,
 *                                   *.payloads.ts) may import graphql/
 *   copilot/engine/                 answer engines: pure, no GraphQL, no ORM
 *   infra/                          database, jobs, mail, pub/sub, rate limits, logging
 *   shared/  errors/  config/       below everything
 *
 * Tests (*.test.ts) are left out of the layering rules: a test may reach for whatever it exercises.
 * `npm run depcruise` checks; CI runs it (.ci/run, step "dependency rules").
 */

const SRC = '^server/src/';
const TEST = '\\.test\\.ts$';
/** A module's GraphQL face: the files allowed to import graphql/. */
const GRAPHQL_FACE = '\\.(resolver|types|inputs|payloads)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'infra-stays-below',
      severity: 'error',
      comment:
        'infra/ is below the features and the transport: it must not import modules/, graphql/, permissions/ or http/. ' +
        'Allowed exception: infra/db/entities.ts, the ORM registry that lists every feature entity for MikroORM ' +
        '(composition; the entities are the modules’ own files).',
      from: { path: `${SRC}infra/`, pathNot: [TEST, `${SRC}infra/db/entities\\.ts$`] },
      to: { path: `${SRC}(modules|graphql|permissions|http)/` },
    },
    {
      name: 'shared-is-the-floor',
      severity: 'error',
      comment: 'shared/ is below both modules/ and graphql/: it imports nothing from the app, only other shared/ files.',
      from: { path: `${SRC}shared/`, pathNot: TEST },
      to: { path: SRC, pathNot: `${SRC}shared/` },
    },
    {
      name: 'errors-and-config-are-the-floor',
      severity: 'error',
      comment: 'errors/ and config/ sit with shared/ at the bottom: they import nothing above them.',
      from: { path: `${SRC}(errors|config)/`, pathNot: TEST },
      to: { path: SRC, pathNot: `${SRC}(errors|config|shared)/` },
    },
    {
      name: 'services-do-not-import-graphql',
      severity: 'error',
      comment:
        'Services, entities, policies and helpers of a module must not import graphql/, http/ or permissions/: ' +
        'what both layers need lives in shared/. Only a module’s GraphQL face (*.resolver.ts, *.types.ts, ' +
        '*.inputs.ts, *.payloads.ts) may import graphql/.',
      from: { path: `${SRC}modules/`, pathNot: [TEST, GRAPHQL_FACE] },
      to: { path: `${SRC}(graphql|http|permissions)/` },
    },
    {
      name: 'graphql-face-no-http-or-permissions',
      severity: 'error',
      comment: 'Even a module’s GraphQL face stays out of http/ and permissions/ (the map reads the modules, not the reverse).',
      from: { path: `${SRC}modules/`, pathNot: TEST },
      to: { path: `${SRC}(http|permissions)/` },
    },
    {
      name: 'nothing-imports-the-composition-root',
      severity: 'error',
      comment: 'main.ts, app.ts and services.ts wire everything together; nothing below them imports them (types excepted).',
      from: { path: SRC, pathNot: [TEST, `${SRC}(main|app|services)\\.ts$`, `${SRC}(graphql|http|permissions)/`] },
      to: { path: `${SRC}(main|app|services)\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'copilot/engine/ turns passages into answers: no GraphQL, no ORM, no feature modules, no database. ' +
        'The modules call it, never the reverse.',
      from: { path: `${SRC}copilot/engine/`, pathNot: TEST },
      to: {
        path: [
          `${SRC}(modules|graphql|permissions|http)/`,
          `${SRC}infra/db/`,
          '^(node_modules/)?@mikro-orm/',
          'node_modules/type-graphql/',
        ],
      },
    },
    {
      name: 'no-cycles-between-features',
      severity: 'error',
      comment:
        'A cycle that runs through two feature folders (modules/a → modules/b → modules/a) ties them together. ' +
        'Cycles inside one feature (entity ↔ entity, as MikroORM relations need) are fine.',
      from: { path: `${SRC}modules/([^/]+)/`, pathNot: TEST },
      to: { circular: true, path: `${SRC}modules/`, pathNot: `${SRC}modules/$1/`, viaOnly: { pathNot: TEST } },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    // Type-only imports count: `import type { Page } from '../../graphql/connection'` is an upward import too.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
