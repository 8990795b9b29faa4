import type { ReactNode } from 'react';
import { Icon } from './Icon';

/** A server or network error, announced as it appears. */
export function ErrorAlert({
  children,
  action,
}: {
  readonly children: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <div className="alert alert--error" role="alert">
      <Icon name="alert" />
      <div className="alert__body">{children}</div>
      {action}
    </div>
  );
}
