import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: a component of any props, as React.lazy itself accepts.
type PropsOf<C> = C extends ComponentType<infer P> ? P : any;

/**
 * `React.lazy` for a module's named export (pages and features export by name, lazy wants a default): the module
 * becomes a chunk of its own, fetched the first time the component renders. `preload()` starts that fetch earlier
 * (while the session check or the parent layout's chunk is still loading) so the chunks do not load one after the
 * other.
 */
export function lazyNamed<Module, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<ComponentType<PropsOf<Module[Name]>>> & { preload: () => Promise<Module> } {
  let loading: Promise<Module> | undefined;
  const preload = () => {
    loading ??= load();
    return loading;
  };
  const Component = lazy(async () => ({ default: (await preload())[name] as ComponentType<PropsOf<Module[Name]>> }));
  return Object.assign(Component, { preload });
}
