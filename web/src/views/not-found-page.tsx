import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="pad narrow">
      <title>Not found · Policy Graph</title>
      <h1>Not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to="/">Browse the controllers</Link>
      </p>
    </div>
  );
}
