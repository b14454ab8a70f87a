import { Link } from '../../components/Link';
import { PageHeading } from '../../components/PageHeading';

export function NotFoundPage() {
  return (
    <section className="page">
      <PageHeading title="Page not found" />
      <p>There is no page at this address.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  );
}

export function ForbiddenPage() {
  return (
    <section className="page">
      <PageHeading title="Not available to you" />
      <p>Your roles do not give access to this page. Ask an organization admin if you need it.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  );
}
