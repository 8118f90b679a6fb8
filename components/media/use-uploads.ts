"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MediaItem } from "@/lib/media/media-item";
import { uploadFile } from "./upload-file";

export type UploadEntry = {
  key: string;
  name: string;
  /** 0 to 1: the share of the file sent so far. */
  progress: number;
  status: "waiting" | "uploading" | "processing" | "done" | "failed";
  error?: string;
};

/** Files sent at once: enough to keep the line busy, few enough that each shows progress. */
const PARALLEL = 2;

let nextKey = 0;

/**
 * A queue of uploads with per-file progress. Every file gets its own request
 * and its own answer, so one refused file never stops the others.
 */
export function useUploads(onUploaded: (item: MediaItem) => void) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(0);
  const controller = useRef<AbortController | null>(null);
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);
  useEffect(() => {
    controller.current = new AbortController();
    return () => controller.current?.abort();
  }, []);

  const update = useCallback((key: string, change: Partial<UploadEntry>) => {
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }, []);

  // One worker takes files from the queue until it is empty; up to PARALLEL run at once.
  const runWorker = useCallback(async () => {
    running.current++;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { key, file } = next;
        update(key, { status: "uploading" });
        const outcome = await uploadFile(
          file,
          // Once every byte is sent the server still has to check and re-encode the image.
          (fraction) => update(key, { progress: fraction, status: fraction >= 1 ? "processing" : "uploading" }),
          controller.current?.signal,
        );
        if (outcome.ok) {
          update(key, { status: "done", progress: 1 });
          onUploadedRef.current(outcome.item);
        } else {
          update(key, { status: "failed", error: outcome.error });
        }
      }
    } finally {
      running.current--;
    }
  }, [update]);

  const addFiles = useCallback(
    (files: Iterable<File>) => {
      const added: UploadEntry[] = [];
      for (const file of files) {
        const key = `upload-${nextKey++}`;
        queue.current.push({ key, file });
        added.push({ key, name: file.name, progress: 0, status: "waiting" });
      }
      if (added.length === 0) return;
      setEntries((current) => [...added, ...current]);
      // Each call takes a file from the queue before its first await.
      while (running.current < PARALLEL && queue.current.length > 0) void runWorker();
    },
    [runWorker],
  );

  const clearFinished = useCallback(() => {
    setEntries((current) => current.filter((entry) => entry.status !== "done" && entry.status !== "failed"));
  }, []);

  return { entries, addFiles, clearFinished };
}
