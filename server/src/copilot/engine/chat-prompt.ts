import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AnswerRequest, RetrievedPassage } from './answer-engine';
import { NO_ANSWER_SENTENCE } from './no-answer';

const MAX_HISTORY_MESSAGES = 6;
const MAX_HISTORY_CHARS = 1500;

export const SYSTEM_PROMPT = [
  "You are Askbase, an assistant that answers questions about a team's workspace documents.",
  'Answer only from the numbered passages in the last message; never use outside knowledge or guess.',
  'After each statement, cite the passages it comes from with their numbers in square brackets, like [1] or [2][3].',
  `If the passages do not answer the question, say exactly: "${NO_ANSWER_SENTENCE}" and, if useful, what the passages do cover.`,
  'Be concise: a few sentences, or a short list when the question asks for steps. Answer in the language of the question.',
].join('\n');

/** "[1] Refund policy — Billing > Refunds" followed by the passage text. */
export function formatPassage(passage: RetrievedPassage, number: number): string {
  const source = passage.heading ? `${passage.documentTitle} — ${passage.heading}` : passage.documentTitle;
  return `[${number}] ${source}\n${passage.content.trim()}`;
}

/**
 * Earlier turns, newest kept. Citation markers are removed from earlier answers: their numbers referred to the
 * passages of that turn, and left in they would look like references to this turn's passages.
 */
function historyMessages(history: AnswerRequest['history']): ChatCompletionMessageParam[] {
  return (history ?? []).slice(-MAX_HISTORY_MESSAGES).map((turn) => {
    const content = turn.content.replace(/\s*\[\d{1,3}\]/g, '').slice(0, MAX_HISTORY_CHARS);
    return turn.role === 'user' ? { role: 'user', content } : { role: 'assistant', content };
  });
}

/** The retrieval-augmented conversation sent to the model: instructions, earlier turns, passages with the question. */
export function buildChatMessages(request: AnswerRequest): ChatCompletionMessageParam[] {
  const passages =
    request.passages.length > 0
      ? request.passages.map((passage, i) => formatPassage(passage, i + 1)).join('\n\n')
      : '(No passage of the workspace matched this question.)';
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    ...historyMessages(request.history),
    { role: 'user', content: `Passages:\n\n${passages}\n\nQuestion: ${request.question.trim()}` },
  ];
}
