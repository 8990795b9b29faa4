import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './navigation';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { readonly href: string };

/** A real link (it can be opened in a new tab or copied) that navigates in place on a plain click. */
export function Link({ href, onClick, ...rest }: Props) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || rest.target === '_blank') return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
