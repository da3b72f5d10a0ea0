/** The GraphQL operations of the soak's mixed load: what the app's pages and actions send. */

export const MEMBERS_PAGE = `query WorkspaceMembers($slug: String!) {
  me { id name email }
  workspace(slug: $slug) {
    id name slug
    members(first: 20) { totalCount edges { node { id role joinedAt user { id name email avatarUrl } } } }
  }
}`;

export const DOCUMENTS_PAGE = `query Documents($workspaceId: ID!) {
  documents(workspaceId: $workspaceId, first: 20) {
    totalCount edges { node { id title status chunkCount sizeBytes createdAt addedBy { id name } } }
  }
}`;

export const CONVERSATIONS_PAGE = `query Conversations($workspaceId: ID!) {
  conversations(workspaceId: $workspaceId, first: 20) { totalCount edges { node { id title favorite updatedAt } } }
}`;

export const WORKSPACE_ID = 'query WorkspaceId($slug: String!) { workspace(slug: $slug) { id } }';

export const ADD_DOCUMENT = `mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {
  addDocument(workspaceId: $workspaceId, input: $input) { id status }
}`;
export const DELETE_DOCUMENT = 'mutation DeleteDocument($id: ID!) { deleteDocument(id: $id) }';

export const ASK = `mutation Ask($input: AskInput!) {
  askCopilot(input: $input) { conversation { id } question { id } answer { id status } }
}`;
export const RENAME_CONVERSATION = 'mutation Rename($id: ID!, $title: String!) { renameConversation(id: $id, title: $title) { id title } }';
export const FAVORITE_CONVERSATION =
  'mutation Favorite($id: ID!, $favorite: Boolean!) { setConversationFavorite(id: $id, favorite: $favorite) { id favorite } }';
export const DELETE_CONVERSATION = 'mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }';

export const WORKSPACE_USAGE =
  'subscription Usage($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { documents { used } questionsThisPeriod { used } } }';
export const ANSWER_STREAM = 'subscription Answer($messageId: ID!) { answerStream(messageId: $messageId) { seq delta status error } }';

/** The documents the questions are answered from: kept for the whole soak. */
export const SEED_DOCUMENTS = [
  {
    title: 'Travel policy',
    text: '# Travel policy\n\nEmployees book economy class for flights under six hours. Business class is allowed for flights longer than six hours.\n\nHotel costs are reimbursed up to 180 euros a night in most cities.\n\n## Expenses\n\nSubmit receipts within 30 days of the trip through the expenses tool.',
  },
  {
    title: 'On-call handbook',
    text: '# On-call\n\nThe on-call engineer answers pages within 15 minutes. A rotation lasts one week, from Monday 10:00 to the next Monday 10:00.\n\n## Escalation\n\nIf the primary does not acknowledge a page in 15 minutes, it escalates to the secondary, then to the engineering manager.',
  },
  {
    title: 'Security basics',
    text: '# Security basics\n\nPasswords must be at least 12 characters and stored in the company password manager. Laptops use full-disk encryption.\n\n## Incidents\n\nReport a lost laptop or a suspected phishing email to security@example.com at once.',
  },
  {
    title: 'Holidays',
    text: '# Holidays\n\nEveryone has 27 days of paid holiday a year, plus public holidays. Up to five unused days carry over to the next year.\n\n## Requests\n\nAsk your manager at least two weeks ahead for holidays longer than three days.',
  },
];

export const QUESTIONS = [
  'Which class do we fly on long flights?',
  'How much is reimbursed for a hotel night?',
  'How fast must the on-call engineer answer a page?',
  'Who gets a page when the primary does not acknowledge it?',
  'How long must a password be?',
  'Where do I report a lost laptop?',
  'How many days of holiday do we have?',
  'How many unused holiday days carry over?',
];

/** A small document added and deleted again by the mutation loop. */
export const scratchDocument = (n: number) => ({
  title: `Scratch note ${n}`,
  text: `# Scratch note ${n}\n\nA short note written during the soak, number ${n}. It mentions the quarterly planning meeting on Thursday.`,
});
