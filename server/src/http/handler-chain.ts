import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Express handlers run one after another as a single handler, with Express's own rules: `next(error)` or a thrown
 * error or a rejected promise goes to the error handlers, `next()` to the following handler, and after the last
 * one to whatever follows the chain. `router.use(path, a, b, c)` makes a layer per handler, and Express matches
 * the path and rewrites `req.url` again for each: for /graphql's six handlers that was a visible share of a small
 * request (issue 13, item 1). `next('route')` and `next('router')` leave the chain as they would leave the layers.
 */
export function handlerChain(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) {
        next(error);
        return;
      }
      const handler = handlers[index];
      index += 1;
      if (!handler) {
        next();
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        if (result instanceof Promise) result.catch((rejection: unknown) => next(rejection || new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
