import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** What static hosts (GitHub Pages, Netlify, S3 behind CloudFront) compress; Pagefind's own files arrive compressed already. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/** Serves a built site from `dir` on a free loopback port, the way a static host would: text gzipped when the browser accepts it. */
export async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			statSync(file);
		} catch {
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (
			COMPRESSED.has(extname(file)) &&
			/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
		) {
			response.writeHead(200, {
				'Content-Type': type,
				'Content-Encoding': 'gzip',
				Vary: 'Accept-Encoding',
			});
			createReadStream(file).pipe(createGzip()).pipe(response);
			return;
		}
		response.writeHead(200, { 'Content-Type': type });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
