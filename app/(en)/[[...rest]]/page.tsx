import { noStaticParams } from "@/components/site/pages/in-language";
import { onDemandPage } from "@/components/site/pages/on-demand-page";
import * as page from "@/components/site/pages/home-page";

// The front page, and the 404 for any address no other route claims
// (on-demand-page.tsx says why it is a catch-all). Rendered on first visit,
// then served from the cache; rebuilt when a story changes
// (lib/public/revalidate.ts) and every minute for the most-read list.
export const revalidate = 60;
export const generateStaticParams = noStaticParams;

const route = onDemandPage("en", page);
export const generateMetadata = route.generateMetadata;
export default route.Page;
