/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": typeof types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.HomeWorkspacesDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": typeof types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.WorkspaceLayoutDocument,
};
const documents: Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.HomeWorkspacesDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.WorkspaceLayoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;