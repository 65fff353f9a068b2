import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * What every page's head leaves out: the Open Graph and Twitter card tags, which only make a
 * preview when a page is shared on social media (this handbook is for the team that runs
 * the work, and is not shared there), and the generator tags, which name the versions of
 * the tools it is built with. The title, the description, the icon and the feed stay.
 * Some 0.8 KB on every page.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter(({ tag, attrs }) => {
		if (tag !== 'meta') return true;
		const name = String(attrs?.['property'] ?? attrs?.['name'] ?? '');
		return !/^(og:|twitter:|generator$)/.test(name);
	});
});
