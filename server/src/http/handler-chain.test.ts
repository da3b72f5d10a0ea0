import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { handlerChain } from './handler-chain';

const req = {} as Request;
const res = {} as Response;

/** Runs the chain and resolves with what it passed to the outer `next` (undefined: it went on; 'none': it stopped). */
function outcome(chain: RequestHandler): Promise<unknown> {
  return new Promise((resolve) => {
    chain(req, res, ((error?: unknown) => resolve(error)) as NextFunction);
    setTimeout(() => resolve('none'), 50);
  });
}

describe('handlerChain', () => {
  it('runs the handlers in order, then goes on past the chain', async () => {
    const ran: string[] = [];
    const step =
      (name: string): RequestHandler =>
      (_req, _res, next) => {
        ran.push(name);
        setImmediate(next);
      };
    expect(await outcome(handlerChain(step('a'), step('b'), step('c')))).toBeUndefined();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('stops where a handler answers without calling next', async () => {
    const ran: string[] = [];
    const chain = handlerChain(
      () => ran.push('answers'),
      () => ran.push('never'),
    );
    expect(await outcome(chain)).toBe('none');
    expect(ran).toEqual(['answers']);
  });

  it('hands an error passed to next, thrown, or rejected to the error handlers, skipping the rest', async () => {
    const failure = new Error('nope');
    const never: RequestHandler = () => {
      throw new Error('ran after an error');
    };
    expect(await outcome(handlerChain((_req, _res, next) => next(failure), never))).toBe(failure);
    expect(
      await outcome(
        handlerChain(() => {
          throw failure;
        }, never),
      ),
    ).toBe(failure);
    expect(await outcome(handlerChain(async () => Promise.reject(failure), never))).toBe(failure);
  });
});
