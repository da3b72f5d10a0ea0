import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './NavItem.module.css';

type NavItemProps = {
  label: ReactNode;
  description?: ReactNode;
  /** The page shown is this item's (or one of its sub-pages): highlighted, and `aria-current="page"`. */
  active?: boolean;
  style?: CSSProperties;
} & ({ to: string } | { href: string; target?: string; rel?: string });

/**
 * A link of a navigation list, looking like Mantine's NavLink. Not NavLink itself: it imports its nested-links
 * machinery (Collapse, its height animations, the chevron; ≈ 5 kB gzip) whether a link has children or not, and
 * the frame's navigation and the chat's history load before the first paint of every signed-in page.
 */
export function NavItem({ label, description, active = false, style, ...target }: NavItemProps) {
  const shared = {
    className: `mantine-focus-auto ${classes.root}`,
    style,
    'data-active': active || undefined,
    'aria-current': active ? ('page' as const) : undefined,
  };
  const content = (
    <div className={classes.body}>
      <span className={classes.label}>{label}</span>
      {description && <span className={classes.description}>{description}</span>}
    </div>
  );
  return 'to' in target ? (
    <Link {...shared} to={target.to}>
      {content}
    </Link>
  ) : (
    <a {...shared} {...target}>
      {content}
    </a>
  );
}
