import { noStaticParams } from "@/components/site/pages/in-language";
import { onDemandPage } from "@/components/site/pages/on-demand-page";
import * as page from "@/components/site/pages/most-read-page";

// Reads change all the time: rebuilt every minute, and at once when a story it
// lists changes (on-demand-page.tsx says why it is a catch-all).
export const revalidate = 60;
export const generateStaticParams = noStaticParams;

const route = onDemandPage("en", page);
export const generateMetadata = route.generateMetadata;
export default route.Page;
