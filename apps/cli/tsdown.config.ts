import { nodeBuild } from '../../tools/build/tsdown.js';

export default nodeBuild({ entry: ['src/cli.ts'], dts: false });
