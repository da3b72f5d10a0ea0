import type {
  DrawerProps,
  Menu as MantineMenu,
  Popover as MantinePopover,
  MenuProps,
  ModalProps,
  PopoverProps,
  TooltipProps,
} from '@mantine/core';
import {
  type ComponentType,
  cloneElement,
  createContext,
  isValidElement,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
} from 'react';
import { loadOnce } from '../../routing/loadOnce';

export type FloatingParts = typeof import('./floatingParts');

/**
 * Fetches Mantine's Tooltip, Menu, Popover, Modal and Drawer (`load`) once, and tells the stand-ins below when they
 * are there. A failed fetch is not kept: the next interaction tries again.
 */
export function createFloatingLoader(load: () => Promise<FloatingParts>) {
  let idleScheduled = false;
  const listeners = new Set<() => void>();
  const parts = loadOnce(load, () => {
    for (const listener of listeners) listener();
  });
  const preload = parts.load;

  return {
    preload,
    // Not the user's concern yet: the stand-ins stay as they are and an interaction retries.
    preloadQuietly: () => void preload().catch(() => undefined),
    /** Once, at the browser's first idle moment (after the page has painted). */
    preloadWhenIdle: () => {
      if (parts.current() || idleScheduled) return;
      idleScheduled = true;
      const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
      whenIdle(() => {
        preload().catch(() => {
          idleScheduled = false;
        });
      });
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    current: () => parts.current() ?? null,
  };
}

export type FloatingLoader = ReturnType<typeof createFloatingLoader>;

/** The app's one loader; a test can provide one whose code arrives when it says. */
export const appFloatingLoader = createFloatingLoader(() => import('./floatingParts'));
export const FloatingLoaderContext = createContext<FloatingLoader>(appFloatingLoader);

/**
 * The real components once loaded; asks for them at the first idle moment after the caller's first paint. The swap is
 * a transition: replacing every stand-in of the page at once is not urgent, and as one synchronous render (what an
 * external store's update is) it was one of the longest tasks after the chat's first paint. React renders a
 * transition in slices and lets input through between them.
 */
function useFloatingParts() {
  const loader = useContext(FloatingLoaderContext);
  const [parts, setParts] = useState(loader.current);
  useEffect(() => {
    const update = () => {
      const loaded = loader.current();
      if (loaded) startTransition(() => setParts(() => loaded));
    };
    // Loaded between this render and this effect: the notification has gone by.
    update();
    const unsubscribe = loader.subscribe(update);
    loader.preloadWhenIdle();
    return unsubscribe;
  }, [loader]);
  return { parts, loader };
}

// biome-ignore lint/suspicious/noExplicitAny: each stand-in passes its own props through to the real part.
type AnyComponent = ComponentType<any>;

/** The real part with `props` once loaded, else `before` (nothing by default). */
function DeferredPart({
  select,
  props,
  before = null,
}: {
  select: (parts: FloatingParts) => AnyComponent;
  props: object;
  before?: ReactNode;
}) {
  const { parts } = useFloatingParts();
  if (!parts) return before;
  const Real = select(parts);
  return <Real {...props} />;
}

// A menu or popover clicked before its code is there: its root opens it once loaded.
const OpenRequest = createContext<(() => void) | null>(null);

/** The target as it is, with its click also asking the root to open once loaded. */
function TargetBeforeLoad({ children }: { children?: ReactNode }) {
  const requestOpen = useContext(OpenRequest);
  if (!isValidElement(children)) return children;
  const element = children as ReactElement<{ onClick?: (event: MouseEvent) => void }>;
  return cloneElement(element, {
    onClick: (event: MouseEvent) => {
      element.props.onClick?.(event);
      requestOpen?.();
    },
  });
}

type RootProps = { opened?: boolean; defaultOpened?: boolean; children?: ReactNode };

/** Menu or Popover root: an uncontrolled one opens on load if its target was clicked before. */
function DeferredRoot({ select, props }: { select: (parts: FloatingParts) => AnyComponent; props: RootProps }) {
  const { parts, loader } = useFloatingParts();
  const [openOnLoad, setOpenOnLoad] = useState(false);
  // A controlled one opened by its owner needs its code now.
  useEffect(() => {
    if (props.opened && !parts) loader.preloadQuietly();
  }, [props.opened, parts, loader]);
  if (parts) {
    const Real = select(parts);
    return <Real {...props} defaultOpened={props.defaultOpened ?? openOnLoad} />;
  }
  const requestOpen = () => {
    setOpenOnLoad(true);
    loader.preloadQuietly();
  };
  return <OpenRequest.Provider value={requestOpen}>{props.children}</OpenRequest.Provider>;
}

/** A dialog: nothing while closed and not loaded; opening it fetches the code, then it opens. */
function DeferredOverlay({ select, props }: { select: (parts: FloatingParts) => AnyComponent; props: { opened: boolean } }) {
  const { parts, loader } = useFloatingParts();
  useEffect(() => {
    if (props.opened && !parts) loader.preloadQuietly();
  }, [props.opened, parts, loader]);
  if (!parts) return null;
  const Real = select(parts);
  return <Real {...props} />;
}

/*
 * Stand-ins for Mantine's components of the same names, with the same props: their code (floating-ui, the focus
 * trap, the scroll lock: ≈ 40 kB gzip) is fetched after the page has painted, when the browser is first idle, or at
 * once when the user opens a menu, a popover or a dialog before then. Until it arrives a tooltip is its target
 * alone, a menu or popover its target (a click opens it as soon as the code is there), a closed dialog nothing.
 */
export const Tooltip = (props: TooltipProps) => <DeferredPart select={(parts) => parts.Tooltip} props={props} before={props.children} />;

export const Menu = Object.assign((props: MenuProps) => <DeferredRoot select={(parts) => parts.Menu} props={props} />, {
  Target: ((props: { children?: ReactNode }) => (
    <DeferredPart select={(parts) => parts.Menu.Target} props={props} before={<TargetBeforeLoad>{props.children}</TargetBeforeLoad>} />
  )) as unknown as typeof MantineMenu.Target,
  Dropdown: ((props: object) => (
    <DeferredPart select={(parts) => parts.Menu.Dropdown} props={props} />
  )) as unknown as typeof MantineMenu.Dropdown,
  Item: ((props: object) => <DeferredPart select={(parts) => parts.Menu.Item} props={props} />) as unknown as typeof MantineMenu.Item,
  Label: ((props: object) => <DeferredPart select={(parts) => parts.Menu.Label} props={props} />) as unknown as typeof MantineMenu.Label,
  Divider: ((props: object) => (
    <DeferredPart select={(parts) => parts.Menu.Divider} props={props} />
  )) as unknown as typeof MantineMenu.Divider,
});

export const Popover = Object.assign((props: PopoverProps) => <DeferredRoot select={(parts) => parts.Popover} props={props} />, {
  Target: ((props: { children?: ReactNode }) => (
    <DeferredPart select={(parts) => parts.Popover.Target} props={props} before={<TargetBeforeLoad>{props.children}</TargetBeforeLoad>} />
  )) as unknown as typeof MantinePopover.Target,
  Dropdown: ((props: object) => (
    <DeferredPart select={(parts) => parts.Popover.Dropdown} props={props} />
  )) as unknown as typeof MantinePopover.Dropdown,
});

export const Modal = (props: ModalProps) => <DeferredOverlay select={(parts) => parts.Modal} props={props} />;
export const Drawer = (props: DrawerProps) => <DeferredOverlay select={(parts) => parts.Drawer} props={props} />;
