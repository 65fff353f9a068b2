// The site exactly as `astro.config.mjs` builds it, less the handbook check that runs
// first: lets the tests prove that the build's own Markdown pipeline refuses unsafe
// content even where the check would not have stopped it.
import site from '../../astro.config.mjs';

export default {
	...site,
	integrations: site.integrations.filter((integration) => integration.name !== 'handbook-gate'),
};
