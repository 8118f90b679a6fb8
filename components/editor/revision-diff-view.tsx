import type { RevisionComparison } from "@/lib/articles/compare-revisions";
import type { BodyChunk, FieldDiff, TextPart } from "@/lib/articles/revision-diff";

const insClass = "rounded-sm bg-green-100 text-green-950 no-underline dark:bg-green-900 dark:text-green-50";
const delClass = "rounded-sm bg-red-100 text-red-950 line-through dark:bg-red-900 dark:text-red-50";

function Parts({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index} className={insClass}>
            <span className="sr-only">[added: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index} className={delClass}>
            <span className="sr-only">[removed: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

function FromTo({ from, to }: { from: string; to: string }) {
  return (
    <>
      <del className={delClass}>
        <span className="sr-only">[was: </span>
        {from}
        <span className="sr-only">]</span>
      </del>{" "}
      → <ins className={insClass}>{to}</ins>
    </>
  );
}

function FieldChange({ change }: { change: FieldDiff }) {
  let detail: React.ReactNode;
  switch (change.field) {
    case "headline":
    case "standfirst":
      detail = <Parts parts={change.parts} />;
      break;
    case "bylines":
      detail = <FromTo from={change.from.join(", ") || "None"} to={change.to.join(", ") || "None"} />;
      break;
    case "tags":
      detail = (
        <>
          {change.added.length > 0 && (
            <span>
              Added: <ins className={insClass}>{change.added.join(", ")}</ins>{" "}
            </span>
          )}
          {change.removed.length > 0 && (
            <span>
              Removed: <del className={delClass}>{change.removed.join(", ")}</del>
            </span>
          )}
        </>
      );
      break;
    default:
      detail = <FromTo from={change.from} to={change.to} />;
  }
  return (
    <div data-field={change.field}>
      <dt className="text-xs font-bold uppercase tracking-wide text-stone-600 dark:text-stone-400">{change.label}</dt>
      <dd className="mb-2">{detail}</dd>
    </div>
  );
}

function Chunk({ chunk }: { chunk: BodyChunk }) {
  switch (chunk.kind) {
    case "same":
      return <p className="text-stone-600 dark:text-stone-400">{chunk.text}</p>;
    case "skipped":
      return <p className="text-center text-xs italic text-stone-500">{`… ${chunk.count} unchanged ${chunk.count === 1 ? "paragraph" : "paragraphs"} …`}</p>;
    case "added":
      return (
        <p className={`${insClass} block px-1`} data-change="added">
          <span className="sr-only">[added paragraph] </span>
          {chunk.text}
        </p>
      );
    case "removed":
      return (
        <p className={`${delClass} block px-1`} data-change="removed">
          <span className="sr-only">[removed paragraph] </span>
          {chunk.text}
        </p>
      );
    case "changed":
      return (
        <p data-change="changed">
          <Parts parts={chunk.parts} />
        </p>
      );
  }
}

/** A comparison of two revisions: changed fields by name, then the body paragraph by paragraph. */
export function RevisionDiffView({ comparison, lang }: { comparison: RevisionComparison; lang: string }) {
  const nothing = comparison.fields.length === 0 && !comparison.bodyChanged;
  return (
    <div className="space-y-3 text-sm" lang={lang}>
      {nothing && <p>These two revisions have the same content.</p>}
      {comparison.fields.length > 0 && (
        <dl aria-label="Changed details">
          {comparison.fields.map((change) => (
            <FieldChange key={change.field} change={change} />
          ))}
        </dl>
      )}
      {comparison.bodyChanged && (
        <section aria-label="Changes to the text" className="space-y-2 border-t border-stone-300 pt-2 dark:border-stone-700">
          <h4 className="text-xs font-bold uppercase tracking-wide text-stone-600 dark:text-stone-400">Text</h4>
          {comparison.body.map((chunk, index) => (
            <Chunk key={index} chunk={chunk} />
          ))}
        </section>
      )}
    </div>
  );
}
