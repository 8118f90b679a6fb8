import { serializeJsonLd } from "@/lib/public/structured-data";

/**
 * Structured data for search engines. The JSON is escaped so that nothing in
 * it (a headline containing "</script>", say) can end the script element.
 */
export function JsonLd({ data }: { data: object }) {
  // serializeJsonLd escapes "<", so the content cannot leave the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
