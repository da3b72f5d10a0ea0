import { ApolloLink } from '@apollo/client';
import { Observable, of } from 'rxjs';
import { lazyLink } from './createApolloClient';

const operation = {} as ApolloLink.Operation;
const forward = () => of({ data: null });

function answering(value: string) {
  return new ApolloLink(() => of({ data: { value } }));
}

describe('lazyLink', () => {
  it('loads the link on the first operation only, and operations wait for it', async () => {
    const load = vi.fn(async () => answering('loaded'));
    const link = lazyLink(load);
    expect(load).not.toHaveBeenCalled();

    const first = await new Promise((resolve) => link.request(operation, forward).subscribe(resolve));
    const second = await new Promise((resolve) => link.request(operation, forward).subscribe(resolve));

    expect(first).toEqual({ data: { value: 'loaded' } });
    expect(second).toEqual({ data: { value: 'loaded' } });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not start an operation unsubscribed while the link was loading', async () => {
    const request = vi.fn(() => new Observable<ApolloLink.Result>());
    let resolveLoad: (link: ApolloLink) => void = () => {};
    const link = lazyLink(() => new Promise((resolve) => (resolveLoad = resolve)));

    link.request(operation, forward).subscribe().unsubscribe();
    resolveLoad(new ApolloLink(request));
    await Promise.resolve();

    expect(request).not.toHaveBeenCalled();
  });

  it('reports a failed load to the operation and tries again with the next one', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValueOnce(answering('second try'));
    const link = lazyLink(load);

    const failure = await new Promise((resolve) => link.request(operation, forward).subscribe({ error: resolve }));
    const success = await new Promise((resolve) => link.request(operation, forward).subscribe(resolve));

    expect(failure).toEqual(new Error('chunk gone'));
    expect(success).toEqual({ data: { value: 'second try' } });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
