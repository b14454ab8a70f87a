import { parseBody } from './trainingBody';

/** A training module's text as paragraphs and bullet lists (never as HTML). */
export function ModuleBody({ body }: { body: string }) {
  return (
    <div className="module-body">
      {parseBody(body).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{block.text}</p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
