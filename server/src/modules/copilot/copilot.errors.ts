import { AppError, ErrorCode } from '../../errors/app-error';

export class AnswerAlreadyFinishedError extends AppError {
  constructor(status: string) {
    super(ErrorCode.CONFLICT, `This answer is already finished (${status}); there is nothing to stop.`, { status });
  }
}

export class AfterSeqOutOfRangeError extends AppError {
  constructor(afterSeq: number, lastSeq: number) {
    super(ErrorCode.BAD_USER_INPUT, `afterSeq ${afterSeq} is beyond the end of this answer (its last event is ${lastSeq}).`, {
      fieldErrors: [{ field: 'afterSeq', message: `Use a seq you received, at most ${lastSeq}.` }],
    });
  }
}
