/**
 * An Astro integration that runs the content check before a build or the dev server starts.
 * In a build, any problem stops it with the full list, one line each, exactly as `npm run check`
 * prints them. In the dev server the problems are logged so the author sees them while editing.
 */
import type { AstroIntegration } from 'astro';
import { sharedContent } from './content-store.node.ts';
import { formatProblem } from '../core/problem.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'playbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems } = sharedContent().result;
        if (problems.length === 0) return;
        const lines = problems.map(formatProblem).join('\n');
        const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content`;
        if (command === 'build') {
          const error = new Error(`${summary}:\n${lines}`);
          error.stack = error.message; // the list is the message; a stack trace adds nothing
          throw error;
        }
        logger.error(`${summary}:\n${lines}`);
      },
    },
  };
}
