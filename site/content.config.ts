import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    order: z.number().int().positive(),
    /** Activation ids (lab's catalog) drawn on the chapter's social preview image; a default set if absent. */
    figure: z.array(z.string()).min(1).max(4).optional(),
  }),
});

export const collections = { chapters };
