import type { Metadata } from "next";
import { ListingRoute, listingMetadata } from "@/components/site/pages/listing-page";

// Cached on first visit; rebuilt when a story it lists changes (lib/public/revalidate.ts) or after 300 s.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ lang: string; slug: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug, page } = await params;
  return listingMetadata({ kind: "tag", lang, slug, page });
}

export default async function Page({ params }: Props) {
  const { lang, slug, page } = await params;
  return <ListingRoute request={{ kind: "tag", lang, slug, page }} />;
}
