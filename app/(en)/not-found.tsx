import type { Metadata } from "next";
import { NotFoundContent, notFoundMetadata } from "@/components/site/not-found-content";

export const metadata: Metadata = notFoundMetadata("en");

export default function NotFound() {
  return <NotFoundContent language="en" />;
}
