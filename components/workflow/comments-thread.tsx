"use client";

import { useEffect, useId, useState } from "react";
import { buttonClass, describedBy, FieldErrors, hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/forms/form-feedback";
import { addCommentAction, listCommentsAction } from "@/lib/actions/comment-actions";
import type { CommentThread, StoryComment } from "@/lib/comments/list-comments";

type Feedback = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: string[] };

function CommentBody({ comment, timeZone }: { comment: StoryComment; timeZone: string }) {
  const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        <span className="font-bold text-stone-900 dark:text-stone-100">{comment.authorName}</span>{" "}
        <time dateTime={new Date(comment.createdAt).toISOString()}>{timeFormat.format(new Date(comment.createdAt))}</time>
      </p>
      <p className="mt-1 whitespace-pre-wrap break-words">{comment.body}</p>
    </>
  );
}

function CommentForm({
  articleId,
  parentId,
  label,
  submitLabel,
  onPosted,
  onCancel,
}: {
  articleId: string;
  parentId: string | null;
  label: string;
  submitLabel: string;
  onPosted(threads: CommentThread[], message: string): void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const [pending, setPending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const errors = feedback && !feedback.ok ? feedback.fieldErrors : undefined;

  async function submit() {
    setPending(true);
    setFeedback(null);
    try {
      const result = await addCommentAction({ articleId, parentId, body });
      if (result.ok) {
        setBody("");
        setFeedback({ ok: true, message: result.message });
        onPosted(result.threads, result.message);
      } else {
        setFeedback({ ok: false, message: result.error, fieldErrors: result.fieldErrors?.body });
      }
    } catch {
      setFeedback({ ok: false, message: "The server could not be reached. Your comment is still here; try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-body`} className={labelClass}>
        {label}
      </label>
      <p id={`${id}-hint`} className={hintClass}>
        Only the newsroom sees comments. Mention a colleague with @ and their name to notify them.
      </p>
      <textarea
        id={`${id}-body`}
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        className={inputClass}
        {...describedBy(`${id}-body`, errors, `${id}-hint`)}
      />
      <FieldErrors id={`${id}-body-errors`} errors={errors} />
      {feedback && !feedback.ok && !errors && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {feedback.message}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Posting…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className={secondaryButtonClass} onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** The newsroom's discussion of a story: threads with replies, and @mentions that notify. */
export function CommentsThread({ articleId }: { articleId: string }) {
  const [threads, setThreads] = useState<CommentThread[] | null | undefined>(undefined);
  const [timeZone, setTimeZone] = useState("UTC");
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");
  const headingId = useId();

  useEffect(() => {
    let cancelled = false;
    void listCommentsAction(articleId)
      .then((loaded) => {
        if (cancelled) return;
        setThreads(loaded?.threads ?? null);
        if (loaded) setTimeZone(loaded.timeZone);
      })
      .catch(() => {
        if (!cancelled) setThreads(null);
      });
    return () => {
      cancelled = true;
    };
  }, [articleId]);

  const posted = (next: CommentThread[], message: string) => {
    setThreads(next);
    setReplyTo(null);
    setStatus(message);
  };

  return (
    <section aria-labelledby={headingId} className="space-y-4 text-sm">
      <h2 id={headingId} className="font-serif text-lg font-bold">
        Comments
      </h2>
      <p role="status" className="sr-only">
        {status}
      </p>
      {status && <p className="text-green-900 dark:text-green-200">{status}</p>}
      {threads === undefined && <p className="text-stone-600 dark:text-stone-400">Loading comments…</p>}
      {threads === null && <p role="alert">The comments could not be loaded.</p>}
      {threads && threads.length === 0 && <p className="text-stone-600 dark:text-stone-400">No comments yet.</p>}
      {threads && threads.length > 0 && (
        <ol className="space-y-4">
          {threads.map((thread) => (
            <li key={thread.id} className="rounded border border-stone-300 p-3 dark:border-stone-700">
              <CommentBody comment={thread} timeZone={timeZone} />
              {thread.replies.length > 0 && (
                <ol className="mt-3 space-y-3 border-l-2 border-stone-300 pl-3 dark:border-stone-700" aria-label={`Replies to ${thread.authorName}`}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody comment={reply} timeZone={timeZone} />
                    </li>
                  ))}
                </ol>
              )}
              {replyTo === thread.id ? (
                <div className="mt-3">
                  <CommentForm articleId={articleId} parentId={thread.id} label="Your reply" submitLabel="Post reply" onPosted={posted} onCancel={() => setReplyTo(null)} />
                </div>
              ) : (
                <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => setReplyTo(thread.id)}>
                  Reply
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {threads !== null && <CommentForm articleId={articleId} parentId={null} label="New comment" submitLabel="Post comment" onPosted={posted} />}
    </section>
  );
}
