import { inLanguage, noStaticParams } from "@/components/site/pages/in-language";
import * as page from "@/components/site/pages/article-page";

// Cached on first visit; rebuilt when this story, a related story or its
// translation changes (lib/public/revalidate.ts), and every minute so the
// view count lags by at most about a minute.
export const revalidate = 60;
export const generateStaticParams = noStaticParams;

const route = inLanguage("en", page);
export const generateMetadata = route.generateMetadata;
export default route.Page;
