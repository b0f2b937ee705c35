import { nodeBuild } from '../../tools/build/tsdown.js';

export default nodeBuild({ entry: ['src/index.ts'] });
