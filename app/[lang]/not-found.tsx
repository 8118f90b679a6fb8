import Link from "next/link";

// Rendered inside the public layout; the language is not known here, so the
// message is given in both.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">The page you were looking for does not exist or is no longer published.</p>
      <p lang="km" className="mt-4">
        រកមិនឃើញទំព័រ។ ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬលែងបានចុះផ្សាយទៀតហើយ។
      </p>
      <p className="mt-6 font-sans">
        <Link href="/" className="underline">
          Back to the front page
        </Link>
        {" · "}
        <Link href="/km" lang="km" className="underline">
          ទំព័រដើម
        </Link>
      </p>
    </main>
  );
}
