/**
 * Adds `<link rel="modulepreload">` to index.html for lazily loaded modules and every chunk they
 * import, so a phone opening the QR code's link fetches the app and the join page together with the
 * entry instead of after it. Vite itself preloads only what the entry imports statically.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Each module is the end of a lazily imported source path, e.g. `/src/pages/JoinPage.tsx`. */
export function preloadChunk(...modules: string[]): Plugin {
  return {
    name: 'majlis:preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files: string[] = [];
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.includes(fileName) || chunk?.type !== 'chunk') return;
          files.push(fileName);
          for (const dep of chunk.imports) visit(dep);
        };
        for (const module of modules) {
          const chunk = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(module),
          );
          if (!chunk) throw new Error(`preloadChunk: no chunk for ${module}`);
          visit(chunk.fileName);
        }
        const tags: HtmlTagDescriptor[] = files
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head',
          }));
        return tags;
      },
    },
  };
}
