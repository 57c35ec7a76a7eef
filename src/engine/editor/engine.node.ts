/**
 * The Node half of the editor's door into the engine (see engine.ts): what the build reads from
 * disk to give the editor page its data. Only build-time code imports this module, never an island.
 */
export { readContent, type RawEntry } from '../read.node.ts';
export { contentFolder, readPlaybook } from '../../core/playbook-folder.node.ts';
