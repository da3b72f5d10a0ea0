import { Mark } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A value only the company operating Askbase can fill in (its legal name, address, subprocessors): shown marked,
 * so a deployment cannot go live with the placeholder unnoticed.
 */
export function OperatorPlaceholder({ children }: { children: ReactNode }) {
  return (
    <Mark color="yellow" data-operator-placeholder>
      [OPERATOR: {children}]
    </Mark>
  );
}
