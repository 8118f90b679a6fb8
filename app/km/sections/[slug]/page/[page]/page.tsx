import { inLanguage, noStaticParams } from "@/components/site/pages/in-language";
import { listingPage } from "@/components/site/pages/listing-page";

// Cached on first visit; rebuilt when a story it lists changes (lib/public/revalidate.ts) or after 300 s.
export const revalidate = 300;
export const generateStaticParams = noStaticParams;

const route = inLanguage("km", listingPage("section"));
export const generateMetadata = route.generateMetadata;
export default route.Page;
