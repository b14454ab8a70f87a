import { useEffect, useRef, type ReactNode } from 'react';
import { navigationCount } from '../router';

interface PageHeadingProps {
  /** Used for document.title too, unless `documentTitle` is given. */
  title: string;
  documentTitle?: string;
  children?: ReactNode;
}

/**
 * The page's <h1>. Sets document.title, and after an in-app navigation moves focus to the
 * heading so screen reader and keyboard users start at the new page's top.
 */
export function PageHeading({ title, documentTitle, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${documentTitle ?? title} · Tandem`;
  }, [title, documentTitle]);

  useEffect(() => {
    if (navigationCount() > 0) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
