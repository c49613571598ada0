import express, { Router } from 'express';
import { DataSource } from 'typeorm';
import { dpvDocument } from '../analysis';
import { policyFactsFor } from '../dataloaders';
import { createLoaders } from '../dataloaders';

export const JSONLD_CONTENT_TYPE = 'application/ld+json';

/**
 * A router serving each controller's facts as JSON-LD in the W3C Data Privacy Vocabulary: `GET
 * /controllers/<slug>.jsonld`, with content type application/ld+json and the same document as the GraphQL field
 * `controller { dpv }`. An unknown slug answers 404 with the server's JSON error body (`errors[0].extensions.code` =
 * NOT_FOUND); a database failure is passed to express's error handling. Each request gets its own loaders (nothing is
 * cached between requests).
 */
export function jsonldRouter(dataSource: DataSource): Router {
  const router = express.Router();
  router.get('/controllers/:slug.jsonld', async (req, res, next) => {
    try {
      const loaders = createLoaders(dataSource);
      const controller = await loaders.controllerBySlug.load(req.params.slug);
      if (!controller) {
        // The server's error shape: { errors: [{ message, extensions: { code } }] }.
        const message = `No controller with slug ${JSON.stringify(req.params.slug)}.`;
        res.status(404).json({ errors: [{ message, extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const document = dpvDocument(await policyFactsFor(loaders, controller));
      res.type(JSONLD_CONTENT_TYPE).send(JSON.stringify(document, null, 2));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
