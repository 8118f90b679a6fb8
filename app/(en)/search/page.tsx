import { inLanguage } from "@/components/site/pages/in-language";
import * as page from "@/components/site/pages/search-page";

// Rendered per request: the query is in the address.
export const dynamic = "force-dynamic";

const route = inLanguage("en", page);
export const generateMetadata = route.generateMetadata;
export default route.Page;
