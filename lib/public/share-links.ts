// Share links as plain addresses: following one opens the network's own share
// page. No script, button or pixel from any network is loaded on our pages.

export type ShareLink = { network: "facebook" | "telegram" | "x" | "email"; label: string; href: string };

export function shareLinks(params: { url: string; title: string }): ShareLink[] {
  const url = encodeURIComponent(params.url);
  const title = encodeURIComponent(params.title);
  return [
    { network: "facebook", label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${url}` },
    { network: "telegram", label: "Telegram", href: `https://t.me/share/url?url=${url}&text=${title}` },
    { network: "x", label: "X", href: `https://x.com/intent/post?url=${url}&text=${title}` },
    { network: "email", label: "Email", href: `mailto:?subject=${title}&body=${url}` },
  ];
}
