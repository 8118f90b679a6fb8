import { notFound } from "next/navigation";

// Any public path no route claims renders the public not-found page, inside the public layout.
export default function MissingPage() {
  notFound();
}
