import { type ReactNode, useEffect, useRef } from 'react';
import { commonMessages, fill, useMessages } from '../i18n/index.ts';
import { MessageWithData } from './message-with-data.tsx';

let firstPageOfVisit = true;

/**
 * A page's frame: its `<h1>`, which takes focus when the officer arrives from another page (a
 * screen-reader user hears where they arrived after a route change), the document title, and the page's own actions.
 * A title that names something in people's own words ("Review: {title}, version 2") passes the message
 * as `title` and the words as `titleData`: the heading marks their language (MessageWithData).
 */
export function Page({
  title,
  titleData,
  description,
  actions,
  children,
}: {
  title: string;
  titleData?: Record<string, string>;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const common = useMessages(commonMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const plainTitle = fill(title, titleData);
  useEffect(() => {
    document.title = `${plainTitle} · ${common('appName')}`;
  }, [plainTitle, common]);
  useEffect(() => {
    // The first page of a visit keeps the browser's own start (the skip link comes first); after that,
    // arriving on a page moves focus to its heading, as a screen reader expects after a link.
    if (firstPageOfVisit) {
      firstPageOfVisit = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {titleData ? <MessageWithData template={title} data={titleData} /> : title}
          </h1>
          {description ? <p className="page-description">{description}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </div>
  );
}

/** A titled part of a page (`<section>` labelled by its `<h2>`); `titleData` as for Page. */
export function Section({
  id,
  title,
  titleData,
  children,
}: {
  id: string;
  title: string;
  titleData?: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{titleData ? <MessageWithData template={title} data={titleData} /> : title}</h2>
      {children}
    </section>
  );
}
